/**
 * One suite shard, run (shell): the adapter's programs in their process groups with the shard's
 * workers and cores, the failed tests again when the suite has retries, and the job record
 * (DESIGN.md, Contracts) written beside the result files, also when there are none. The action
 * runs one of these per matrix job; the local orchestrator runs one per suite at once.
 *
 * The shard's folder (locally TestResults/<run-id>/<suite>-<shard>/) holds its result files,
 * parallel-tests-job.json and output.log.
 */
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { SuiteConfig } from '../config/config.js';
import { describeError, EXIT, InputError } from '../errors.js';
import { type Exec, execProcess } from '../exec.js';
import { readResultFile } from '../results/collect.js';
import {
  JOB_RECORD_FILE,
  JOB_RECORD_VERSION,
  type JobRecord,
  stringifyJobRecord,
} from '../results/job-record.js';
import { isFailing, type TestCase } from '../results/model.js';
import {
  buildInvocations,
  canRetry,
  failedTestIds,
  type Invocation,
  ToolMissing,
  type Tools,
} from './adapters/index.js';
import { renderCommandLine } from './command-line.js';
import { probeTools } from './probe.js';
import { cpuList, type ProcessOutcome, runProcess } from './process.js';
import { parseSelectionFile, type Selection } from './selection.js';

export const LOG_FILE = 'output.log';

export interface ShardOptions {
  suite: SuiteConfig;
  /** The config file's folder: where the suite's programs start. */
  baseDir: string;
  /** 1-based. */
  shard: number;
  shards: number;
  workers: number | 'auto';
  /** Cores the shard was given. */
  cores: number;
  /** Pin to these core numbers (locally, from the allocation), when taskset is there. */
  cpus?: readonly number[];
  /** The plan's selection file for this shard (absolute), when it has one. */
  testsFile?: string;
  /** The shard's own folder (absolute): results, record and log go here. */
  outDir: string;
  /** Where it runs: the runner's name on GitHub, the host name locally. */
  runner: string;
  /** The environment the programs inherit (the suite's env and ours go on top). */
  env: NodeJS.ProcessEnv;
  /** Tools already probed (the orchestrator probes once, before anything starts). */
  tools?: Tools;
  /** The taskset program, when there is one. */
  taskset?: string;
  /** Stops every program of the shard (Ctrl-C). */
  signal?: AbortSignal;
  /** Milliseconds between TERM and KILL when the shard is stopped. */
  graceMs?: number;
  /** Why it cannot run here (e.g. no Docker for its server): only the record is written. */
  notRun?: string;
}

export interface ShardDeps {
  exec?: Exec;
  /** Every line the programs print, and ours (the command lines, retries), as they come. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** The folder of parallel_tests_select.py; default: beside this module (src/run or dist). */
  pluginDir?: string;
}

export type ShardStatus = 'passed' | 'failed' | 'error' | 'not-run';

export interface ShardOutcome {
  record: JobRecord;
  /** 0 passed, 1 test failures, 2 bad input, 3 infrastructure (crashed, timed out, no results, tool missing). */
  exitCode: number;
  status: ShardStatus;
  /** Absolute paths of every result file the shard wrote (each attempt's). */
  resultFiles: string[];
  logFile: string;
  recordFile: string;
  warnings: string[];
  /** Tests that failed and passed on a retry. */
  flaky: string[];
  /** The tests that failed for good, by the last attempt. */
  failing: number;
  /** Test cases read from the first attempt's files: tests done, for progress. */
  tests: number;
}

function defaultPluginDir(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The files an invocation wrote: its named files, and what its globs match that changed since it
 * started (an older file from an earlier run is not this run's). Files outside the shard's folder
 * are copied in, so the record, the artifact and aggregate find them together.
 */
async function gatherResults(invocation: Invocation, outDir: string, since: Date): Promise<string[]> {
  const found: string[] = [];
  for (const pattern of invocation.results) {
    const matches = isDynamicPattern(pattern)
      ? (await glob([pattern], { absolute: true, dot: true })).sort()
      : [pattern];
    for (const file of matches) {
      if (path.basename(file) === JOB_RECORD_FILE) continue;
      let info: Awaited<ReturnType<typeof stat>>;
      try {
        info = await stat(file);
      } catch {
        continue;
      }
      if (!info.isFile() || info.mtimeMs < since.getTime() - 1000) continue;
      let target = file;
      if (path.relative(outDir, file).startsWith('..')) {
        target = path.join(outDir, path.basename(file));
        for (let n = 2; found.includes(target) || (await exists(target)); n++)
          target = path.join(outDir, `${path.parse(file).name}-${n}${path.extname(file)}`);
        await copyFile(file, target);
      }
      if (!found.includes(target)) found.push(target);
    }
  }
  return found;
}

async function readCases(files: readonly string[]): Promise<{ cases: TestCase[]; broken: string[] }> {
  const cases: TestCase[] = [];
  const broken: string[] = [];
  for (const file of files) {
    const result = await readResultFile(file, file);
    if (!result) continue;
    cases.push(...result.cases);
    if (result.error !== undefined) broken.push(`${path.basename(file)}: ${result.error}`);
  }
  return { cases, broken };
}

interface Attempt {
  outcomes: ProcessOutcome[];
  files: string[];
  cases: TestCase[];
  broken: string[];
  argv: string[];
}

export async function runShard(options: ShardOptions, deps: ShardDeps = {}): Promise<ShardOutcome> {
  const { suite, outDir } = options;
  const exec = deps.exec ?? execProcess;
  await mkdir(outDir, { recursive: true });
  const logFile = path.join(outDir, LOG_FILE);
  const recordFile = path.join(outDir, JOB_RECORD_FILE);
  await writeFile(logFile, '');
  const start = new Date();
  const warnings: string[] = [];
  const say = async (line: string) => {
    deps.onLine?.(line, 'stderr');
    await writeFile(logFile, `${line}\n`, { flag: 'a' });
  };
  const workers = options.workers;
  const record: JobRecord = {
    version: JOB_RECORD_VERSION,
    suite: suite.name,
    shard: options.shard,
    shards: options.shards,
    framework: suite.framework,
    workers: workers === 'auto' ? options.cores : workers,
    cores: options.cores,
    ...(options.cpus && options.taskset ? { cpus: cpuList(options.cpus) } : {}),
    runner: options.runner,
    start: start.toISOString(),
    end: start.toISOString(),
    exit: null,
    command: [],
    results: [],
  };
  const finish = async (
    status: ShardStatus,
    exitCode: number,
    extra: {
      files?: string[];
      error?: string;
      flaky?: string[];
      failing?: number;
      tests?: number;
      cpu?: number;
    } = {},
  ): Promise<ShardOutcome> => {
    record.end = new Date().toISOString();
    record.results = (extra.files ?? []).map((f) => path.relative(outDir, f).split(path.sep).join('/'));
    if (extra.cpu !== undefined) record.cpuSeconds = Math.round(extra.cpu * 100) / 100;
    if (extra.error !== undefined) record.error = extra.error;
    await writeFile(recordFile, stringifyJobRecord(record));
    for (const w of warnings) await say(`parallel-tests: warning: ${w}`);
    if (extra.error !== undefined) await say(`parallel-tests: ${extra.error}`);
    return {
      record,
      exitCode,
      status,
      resultFiles: extra.files ?? [],
      logFile,
      recordFile,
      warnings,
      flaky: extra.flaky ?? [],
      failing: extra.failing ?? 0,
      tests: extra.tests ?? 0,
    };
  };

  if (options.notRun !== undefined)
    return finish('not-run', EXIT.infrastructure, { error: `not run: ${options.notRun}` });
  let selection: { file: string; selection: Selection } | undefined;
  let tools: Tools;
  try {
    if (options.testsFile !== undefined) {
      let text: string;
      try {
        text = await readFile(options.testsFile, 'utf8');
      } catch (err) {
        throw new InputError(`tests file ${options.testsFile}: ${describeError(err)}`);
      }
      selection = { file: options.testsFile, selection: parseSelectionFile(text, options.testsFile) };
    }
    tools = options.tools ?? (await probeTools(suite, workers, { exec, env: options.env }));
  } catch (err) {
    const code = err instanceof InputError ? EXIT.badInput : EXIT.infrastructure;
    return finish('error', code, { error: describeError(err) });
  }

  const base = {
    suite,
    shard: options.shard,
    shards: options.shards,
    workers,
    cores: options.cores,
    baseDir: options.baseDir,
    resultsDir: outDir,
    ...(selection ? { selection } : {}),
    pluginDir: deps.pluginDir ?? defaultPluginDir(),
    ...(options.env.PYTHONPATH ? { pythonPath: options.env.PYTHONPATH } : {}),
    tools,
  };
  const deadline = start.getTime() + suite.timeoutMinutes * 60_000;
  let timedOut = false;

  const attempt = async (retry?: { attempt: number; tests: string[] }): Promise<Attempt> => {
    const built = buildInvocations(base, retry);
    warnings.push(...built.warnings.filter((w) => !warnings.includes(w)));
    for (const f of built.files) await writeFile(f.path, f.text);
    const outcomes: ProcessOutcome[] = [];
    const files: string[] = [];
    for (const invocation of built.invocations) {
      if (options.signal?.aborted || timedOut) break;
      const argv = [invocation.command, ...invocation.args];
      await say(`$ ${renderCommandLine(argv, invocation.env)}`);
      const since = new Date();
      const outcome = await runProcess({
        command: invocation.command,
        args: invocation.args,
        env: { ...options.env, ...invocation.env },
        cwd: invocation.cwd,
        ...(options.cpus && options.taskset
          ? { pin: { cpus: cpuList(options.cpus), taskset: options.taskset } }
          : {}),
        timeoutMs: Math.max(1, deadline - Date.now()),
        ...(options.graceMs !== undefined ? { graceMs: options.graceMs } : {}),
        logFile,
        ...(deps.onLine ? { onLine: deps.onLine } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      outcomes.push(outcome);
      if (outcome.timedOut) timedOut = true;
      files.push(...(await gatherResults(invocation, outDir, since)));
      if (outcome.error !== undefined) break;
    }
    const { cases, broken } = await readCases(files);
    const first = built.invocations[0];
    return { outcomes, files, cases, broken, argv: first ? [first.command, ...first.args] : [] };
  };

  let first: Attempt;
  try {
    first = await attempt();
  } catch (err) {
    if (err instanceof ToolMissing)
      return finish('not-run', EXIT.infrastructure, { error: `not run: ${err.message}` });
    return finish('error', err instanceof InputError ? EXIT.badInput : EXIT.infrastructure, {
      error: describeError(err),
    });
  }
  record.command = first.argv;
  const attempts = [first];
  const allFiles = [...first.files];
  let failing = failedTestIds(suite.framework, first.cases);
  const everFailed = new Set(failing);
  const lastExit = (a: Attempt) => {
    const exits = a.outcomes.map((o) => o.exit);
    return exits.includes(null) ? null : exits.length === 0 ? null : Math.max(...(exits as number[]));
  };
  const cleanRun = (a: Attempt) =>
    a.outcomes.length > 0 && a.outcomes.every((o) => !o.timedOut && !o.stopped && o.error === undefined);

  // Retries: only after a complete run that failed tests, and only where they can be selected alone.
  if (suite.retries > 0 && failing.length > 0 && cleanRun(first) && !canRetry(suite.framework))
    warnings.push(`retries: ${suite.framework} tests cannot be selected one by one here; no retry`);
  for (let n = 2; n <= suite.retries + 1 && failing.length > 0 && canRetry(suite.framework); n++) {
    const previous = attempts[attempts.length - 1]!;
    if (!cleanRun(previous) || options.signal?.aborted) break;
    await say(`parallel-tests: retry ${n - 1} of ${suite.retries}: ${failing.length} failed test(s) again`);
    const next = await attempt({ attempt: n, tests: failing });
    attempts.push(next);
    allFiles.push(...next.files);
    if (next.files.length === 0) break;
    // Still failing: failed again, or listed but not in this attempt's results at all.
    const ran = new Set(
      failedTestIds(
        suite.framework,
        next.cases.map((c) => ({ ...c, status: 'failed' as const })),
      ),
    );
    const failedAgain = new Set(failedTestIds(suite.framework, next.cases));
    failing = failing.filter((id) => failedAgain.has(id) || !ran.has(id));
  }
  const flaky = [...everFailed].filter((id) => !failing.includes(id)).sort();
  const last = attempts[attempts.length - 1]!;
  record.exit = lastExit(last);
  const cpu = attempts
    .flatMap((a) => a.outcomes)
    .reduce<number | undefined>(
      (sum, o) => (sum === undefined || o.cpuSeconds === undefined ? undefined : sum + o.cpuSeconds),
      0,
    );
  const outcomes = attempts.flatMap((a) => a.outcomes);
  const tail = (o: ProcessOutcome) => (o.tail.length > 0 ? `; last output:\n${o.tail.join('\n')}` : '');
  const common = {
    files: allFiles,
    flaky,
    failing: failing.length,
    tests: first.cases.length,
    ...(cpu !== undefined ? { cpu } : {}),
  };

  const spawnFailure = outcomes.find((o) => o.error !== undefined);
  if (spawnFailure)
    return finish('error', EXIT.infrastructure, {
      ...common,
      error: `could not start: ${spawnFailure.error}`,
    });
  if (options.signal?.aborted || outcomes.some((o) => o.stopped))
    return finish('error', EXIT.infrastructure, {
      ...common,
      error: 'stopped (interrupted) before it finished',
    });
  const timeout = outcomes.find((o) => o.timedOut);
  if (timeout)
    return finish('error', EXIT.infrastructure, {
      ...common,
      error: `timed out after ${suite.timeoutMinutes} min (timeout-minutes); its process tree was stopped, the results it wrote still count${tail(timeout)}`,
    });
  if (first.files.length === 0) {
    const o = first.outcomes[first.outcomes.length - 1];
    const how = o ? (o.signal ? `killed by ${o.signal}` : `exit ${o.exit}`) : 'nothing ran';
    // An empty include shard (the plan listed no test) ran nothing on purpose.
    if (first.outcomes.length === 0) return finish('passed', EXIT.passed, common);
    return finish('error', EXIT.infrastructure, {
      ...common,
      error: `wrote no result file (${how})${o ? tail(o) : ''}`,
    });
  }
  if (first.broken.length > 0) warnings.push(...first.broken.map((b) => `result file ${b}`));
  // pytest exit 5: nothing was selected (an empty shard, a -m that matches nothing): said, not failed.
  const emptyExit = buildInvocations(base).invocations[0]?.emptyExit;
  if (
    emptyExit !== undefined &&
    first.outcomes.every((o) => o.exit === emptyExit) &&
    first.cases.length === 0
  ) {
    warnings.push(`suite "${suite.name}" shard ${options.shard}: no test was selected (exit ${emptyExit})`);
    return finish('passed', EXIT.passed, common);
  }
  if (failing.length > 0) return finish('failed', EXIT.testFailures, common);
  const failingCases = last.cases.filter(isFailing).length;
  if (failingCases > 0 && attempts.length === 1) return finish('failed', EXIT.testFailures, common);
  const bad = first.outcomes.find((o) => o.exit !== 0);
  if (bad && attempts.length === 1) {
    // It failed (exit or signal) and its results show no failing test: the runner itself broke.
    const how = bad.signal ? `was killed by ${bad.signal}` : `exited ${bad.exit}`;
    return finish('error', EXIT.infrastructure, {
      ...common,
      error: `${how} but its results show no failed test${tail(bad)}`,
    });
  }
  return finish('passed', EXIT.passed, common);
}
