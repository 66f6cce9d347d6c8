/**
 * One matrix job of the generated workflow (the action's `command: run`), and the report job's
 * side of its artifact: the suite shard the matrix entry names, run by runShard (the same code
 * the local orchestrator runs per suite) into `results/<suite>/<artifact name>/`, uploaded as
 * one artifact (DESIGN.md, Contracts); the report job downloads every such artifact into the
 * same folders, so the suite's `results` globs and the job records find them where they were.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Count } from '../config/config.js';
import { loadConfig } from '../config/load.js';
import { describeError, InfrastructureError, InputError } from '../errors.js';
import { artifactName, JOB_RECORD_FILE } from '../results/job-record.js';
import { runShard, type ShardOutcome } from '../run/shard.js';
import {
  ARTIFACT_PREFIX,
  type ArtifactEntry,
  type ArtifactStore,
  latestAttempts,
} from '../stores/artifact-store.js';
import { type AggregateOutcome, runAggregate } from './aggregate.js';

/** Where a job's folder goes below the workspace, in the test job and in the report job alike. */
export const JOB_RESULTS_DIR = 'results';

export interface ShardJobSettings {
  cwd: string;
  configPath: string;
  suite: string;
  shard: number;
  shards: number;
  /** The plan's selection file for this shard, relative to cwd; none runs the whole suite. */
  testsFile?: string;
  /** From the matrix; default the suite's own (its workers, or auto). */
  workers?: Count;
  /** Cores the job was given; default this runner's. */
  cores?: number;
  /** GITHUB_RUN_ATTEMPT: a re-run's artifact gets its own name. */
  attempt: number;
  /** The runner's name for the job record. */
  runner: string;
  /** Days the artifact is kept; the repository's default when unset. */
  retentionDays?: number;
  env: NodeJS.ProcessEnv;
}

export interface ShardJobDeps {
  /** None: nothing is uploaded, and the log says so. */
  store?: { store: ArtifactStore; description: string };
  log: (line: string) => void;
  warn: (message: string) => void;
  /** Each line of the suite's output (and runShard's own), as it comes. */
  onLine: (line: string) => void;
  signal?: AbortSignal;
}

export interface ShardJobOutcome {
  shard: ShardOutcome;
  /** The shard's own results read back: totals for the step's outputs and its console report. */
  report: AggregateOutcome;
  /** The job's folder (absolute): results, job record, log. */
  dir: string;
  artifact: string;
  /** The most severe of the shard's and its results'. */
  exitCode: number;
}

function suiteNamed(names: readonly string[], wanted: string, file: string): void {
  if (!names.includes(wanted))
    throw new InputError(`${file}: no suite named "${wanted}" (suites: ${names.join(', ')})`);
}

export async function runShardJob(settings: ShardJobSettings, deps: ShardJobDeps): Promise<ShardJobOutcome> {
  if (settings.shard > settings.shards)
    throw new InputError(`shard ${settings.shard} of ${settings.shards}: the shard must be at most shards`);
  const { config, baseDir } = await loadConfig(settings.cwd, settings.configPath);
  suiteNamed(
    config.suites.map((s) => s.name),
    settings.suite,
    config.file,
  );
  const suite = config.suites.find((s) => s.name === settings.suite)!;
  const artifact = artifactName(
    { suite: suite.name, shard: settings.shard, shards: settings.shards },
    settings.attempt,
  );
  const dir = path.resolve(settings.cwd, JOB_RESULTS_DIR, suite.name, artifact);
  const cores = settings.cores ?? os.availableParallelism();
  const shard = await runShard(
    {
      suite,
      baseDir,
      shard: settings.shard,
      shards: settings.shards,
      workers: settings.workers ?? suite.workers,
      cores,
      ...(settings.testsFile !== undefined
        ? { testsFile: path.resolve(settings.cwd, settings.testsFile) }
        : {}),
      outDir: dir,
      runner: settings.runner,
      env: settings.env,
      ...(deps.signal ? { signal: deps.signal } : {}),
    },
    { onLine: (line) => deps.onLine(line) },
  );
  for (const w of shard.warnings) deps.warn(w);

  // The tests decide the step; an upload that fails is a warning (the results are still in dir).
  if (deps.store) {
    try {
      const up = await deps.store.store.upload(artifact, dir, {
        ...(settings.retentionDays !== undefined ? { retentionDays: settings.retentionDays } : {}),
      });
      deps.log(
        `uploaded ${artifact}: ${up.files} file(s), ${up.bytes} bytes, ${up.location} (${deps.store.description})`,
      );
    } catch (err) {
      deps.warn(`artifact ${artifact} was not uploaded: ${describeError(err)}; its files stay in ${dir}`);
    }
  } else {
    deps.warn(
      `no artifact store (no artifact service for this job, PARALLEL_TESTS_ARTIFACTS_DIR unset): ${artifact} was not uploaded; its files stay in ${dir}`,
    );
  }

  const report = await runAggregate(
    {
      patterns: [path.join(dir, JOB_RECORD_FILE), ...shard.resultFiles],
      cwd: settings.cwd,
      allowEmpty: true,
    },
    async () => [],
  );
  return { shard, report, dir, artifact, exitCode: Math.max(shard.exitCode, report.exitCode) };
}

/** `parallel-tests-<suite>-<shard>-of-<shards>[-attempt-N]` → its suite. */
export function suiteOfArtifact(name: string): string | undefined {
  return /^parallel-tests-(.+)-[1-9]\d*-of-[1-9]\d*(?:-attempt-[1-9]\d*)?$/.exec(name)?.[1];
}

export interface DownloadedJobs {
  entries: ArtifactEntry[];
  /** Absolute paths: each job's record and the result files it lists, to read beside the user's globs. */
  files: string[];
}

/**
 * Every job artifact of this run (the newest attempt of each job up to `attempt`) into
 * `<cwd>/results/<suite>/<artifact name>/`, and the files their records name. A store that
 * cannot list, or an artifact that cannot be fetched, throws: a report without a job's results
 * cannot say the rest passed.
 */
export async function downloadJobArtifacts(
  store: ArtifactStore,
  options: { cwd: string; attempt: number; log: (line: string) => void; warn: (message: string) => void },
): Promise<DownloadedJobs> {
  const entries = latestAttempts(await store.list(ARTIFACT_PREFIX), options.attempt);
  const files: string[] = [];
  const kept: ArtifactEntry[] = [];
  for (const entry of entries) {
    const suite = suiteOfArtifact(entry.name);
    if (suite === undefined) {
      options.warn(
        `artifact ${entry.name} is not a test job's (parallel-tests-<suite>-<shard>-of-<shards>): left out`,
      );
      continue;
    }
    const dir = path.resolve(options.cwd, JOB_RESULTS_DIR, suite, entry.name);
    try {
      await store.download(entry, dir);
    } catch (err) {
      throw new InfrastructureError(`artifact ${entry.name}: download failed: ${describeError(err)}`);
    }
    kept.push(entry);
    const record = path.join(dir, JOB_RECORD_FILE);
    files.push(record);
    try {
      const listed = (JSON.parse(await readFile(record, 'utf8')) as { results?: unknown }).results;
      if (Array.isArray(listed))
        for (const f of listed)
          if (typeof f === 'string' && !f.startsWith('..') && !path.isAbsolute(f))
            files.push(path.join(dir, f));
    } catch {
      // No readable record: aggregate reads the path and names the problem.
    }
    options.log(`downloaded ${entry.name} into ${path.relative(options.cwd, dir)}`);
  }
  if (kept.length === 0) options.warn('no test job uploaded an artifact (parallel-tests-*) in this run');
  return { entries: kept, files };
}
