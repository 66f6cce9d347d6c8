/**
 * The plan command, for the CLI and the action: read the config, earlier timings and the
 * current test lists (shell), plan (pure), write the shard files once.
 */
import { mkdir, open, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { loadConfig, readText } from '../config/load.js';
import { InputError } from '../errors.js';
import { splitAssignment, splitBySuite } from '../plan/assign.js';
import { type JobSample, jobSampleOf } from '../plan/cost-model.js';
import { durationsFromResults, parseTestDurations } from '../plan/durations.js';
import { renderPlanExplanation } from '../plan/explain.js';
import { type Plan, planRun } from '../plan/plan.js';
import { type PlanJson, toPlanJson } from '../plan/plan-json.js';
import { idStyleOf, testIdsOf } from '../plan/test-ids.js';
import { collectResults } from '../results/collect.js';
import { renderSelectionFile } from '../run/selection.js';
import { readHistory, snapshotOf, type TimingHistory } from './history.js';

export interface PlanSettings {
  cwd: string;
  configPath: string;
  /** Earlier timings, oldest first: "FILE-OR-GLOB" or "SUITE=FILE-OR-GLOB". */
  timings: string[];
  /** Current test lists: "FILE" or "SUITE=FILE", one test id a line. */
  tests: string[];
  shards?: number;
  hostCores?: number;
  shardDir: string;
  /** The timing history (from aggregate): restored, then read before `timings` when it exists. */
  history?: TimingHistory;
  /** Shard files for one machine or another CI: no GitHub matrix limit (plan.ts MAX_LOCAL_SHARDS). */
  local?: boolean;
}

export interface PlanOutcome {
  plan: Plan;
  explanation: string;
  /** What the matrix job reads: stable keys, no timestamps. */
  json: PlanJson;
  /** The cache entry the timing history came from; null when none was found; absent without a store. */
  restored?: string | null;
}

function checkSuite(config: Config, suite: string | undefined, arg: string): void {
  if (suite !== undefined && !config.suites.some((s) => s.name === suite)) {
    throw new InputError(
      `"${arg}": no suite "${suite}" in ${config.file} (suites: ${config.suites.map((s) => s.name).join(', ')})`,
    );
  }
}

/**
 * Whether a timings argument names a regular file whose content begins with `{` (pytest-split's
 * durations, whatever the file is called: `main.test_durations` was read as XML). Only the first
 * bytes are read: a result file can be a gigabyte.
 */
async function startsWithBrace(file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false;
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
      return buffer
        .subarray(0, bytesRead)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimStart()
        .startsWith('{');
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** One timings argument as durations per suite (a .test_durations file, or result files). */
async function readTimings(
  arg: string,
  config: Config,
  cwd: string,
  warnings: string[],
  jobs: Map<string, JobSample[]>,
): Promise<Map<string, Map<string, number>>> {
  const { suite, target } = splitAssignment(arg);
  checkSuite(config, suite, arg);
  let entries: Map<string, number>;
  const literal = path.resolve(cwd, target);
  if (await startsWithBrace(literal)) {
    // pytest-split's durations (a JSON object), whatever the file is called.
    entries = parseTestDurations(await readText(literal, 'timings'), target);
  } else {
    const collected = await collectResults([target], { cwd, jobRecords: true });
    if (collected.unmatched.length > 0) throw new InputError(`timings "${target}": no file matches`);
    const broken = collected.files.filter((f) => f.error !== undefined);
    // A timings file that yields nothing is bad input: planning on counts instead would be silent.
    const unread = broken.filter((f) => f.cases.length === 0);
    if (unread.length > 0 && unread.length === collected.files.length) {
      throw new InputError(
        `timings "${target}": ${unread.map((f) => `${f.path}: ${f.error}`).join('; ')} (expected JUnit/TRX result files or a pytest-split durations JSON object)`,
      );
    }
    for (const f of broken) warnings.push(`timings ${f.path}: ${f.error} (what it held still counts)`);
    const framework = suite && idStyleOf(config.suites.find((s) => s.name === suite)!.framework);
    entries = snapshotOf(collected.files, framework || undefined);
    addJobSamples(collected, config, cwd, jobs);
  }
  if (suite !== undefined) return new Map([[suite, entries]]);
  const { bySuite, unassigned } = splitBySuite(entries, config.suites);
  if (unassigned > 0)
    warnings.push(`timings "${target}": ${unassigned} test ids fit no suite (give SUITE=${target})`);
  return bySuite;
}

/**
 * The job records beside the timings' result files, each with the tests its own result files
 * hold: the evidence the cost model is fitted on (cost-model.ts fitCostModel).
 */
function addJobSamples(
  collected: Awaited<ReturnType<typeof collectResults>>,
  config: Config,
  cwd: string,
  jobs: Map<string, JobSample[]>,
): void {
  if (collected.jobs.length === 0) return;
  const byPath = new Map<string, (typeof collected.files)[number]>();
  for (const f of collected.files) if (f.cases.length > 0) byPath.set(path.resolve(cwd, f.path), f);
  for (const job of collected.jobs) {
    const suite = config.suites.find((s) => s.name === job.record.suite);
    if (suite === undefined || job.record.error !== undefined) continue;
    const folder = path.resolve(cwd, path.dirname(job.path));
    const mine = new Set(job.record.results.map((r) => path.resolve(folder, r)));
    const files = [...mine].flatMap((file) => byPath.get(file) ?? []);
    if (files.length === 0) continue;
    const style = idStyleOf(suite.framework);
    const sample = jobSampleOf(job.record, durationsFromResults(files, style), style);
    if (sample === undefined) continue;
    const list = jobs.get(suite.name);
    if (list) list.push(sample);
    else jobs.set(suite.name, [sample]);
  }
}

async function readTestLists(
  args: string[],
  config: Config,
  cwd: string,
  warnings: string[],
): Promise<Map<string, string[]>> {
  const lists = new Map<string, string[]>();
  for (const arg of args) {
    const { suite, target } = splitAssignment(arg);
    checkSuite(config, suite, arg);
    const ids = testIdsOf(await readText(path.resolve(cwd, target), 'test list'));
    const bySuite = suite
      ? new Map([[suite, new Map(ids.map((id) => [id, true]))]])
      : splitBySuite(
          ids.map((id) => [id, true] as [string, boolean]),
          config.suites,
        ).bySuite;
    if (!suite) {
      const placed = [...bySuite.values()].reduce((n, m) => n + m.size, 0);
      if (placed < ids.length)
        warnings.push(
          `test list "${target}": ${ids.length - placed} ids fit no suite (give SUITE=${target})`,
        );
    }
    for (const [name, map] of bySuite) lists.set(name, [...(lists.get(name) ?? []), ...map.keys()]);
  }
  return lists;
}

/**
 * Removes the shard files an earlier plan wrote into the same folder (`<dir>/<suite>/shard-N.txt`):
 * left there, a re-plan into fewer shards kept two catch-all files beside the new ones. Only
 * those names are touched.
 */
async function clearShardFiles(dir: string, suites: readonly string[]): Promise<void> {
  for (const suite of suites) {
    let names: string[];
    try {
      names = await readdir(path.join(dir, suite));
    } catch {
      continue;
    }
    for (const name of names)
      if (/^shard-\d+\.txt$/.test(name)) await rm(path.join(dir, suite, name), { force: true });
  }
}

export async function runPlan(settings: PlanSettings): Promise<PlanOutcome> {
  const { config } = await loadConfig(settings.cwd, settings.configPath);
  const warnings: string[] = [];
  let restored: string | null | undefined;
  // Per suite, its snapshots oldest first: the history, then the timings arguments in order.
  const timings = new Map<string, Map<string, number>[]>();
  const add = (bySuite: Map<string, Map<string, number>>) => {
    for (const [suite, durations] of bySuite) {
      const list = timings.get(suite);
      if (list) list.push(durations);
      else timings.set(suite, [durations]);
    }
  };
  if (settings.history !== undefined) {
    const hit = await settings.history.restore();
    restored = hit ?? null;
    const history = await readHistory(settings.history.file, (message) => warnings.push(message));
    for (const snapshot of history) add(splitBySuite(snapshot, config.suites).bySuite);
  }
  const jobs = new Map<string, JobSample[]>();
  for (const arg of settings.timings) add(await readTimings(arg, config, settings.cwd, warnings, jobs));
  const tests = await readTestLists(settings.tests, config, settings.cwd, warnings);
  const hostCores = settings.hostCores ?? config.host.cores ?? os.availableParallelism();
  const plan = planRun({
    config,
    hostCores,
    timings,
    tests,
    jobs,
    shardDir: settings.shardDir,
    ...(settings.shards !== undefined ? { shards: settings.shards } : {}),
    ...(settings.local ? { local: true } : {}),
  });
  plan.warnings = [...warnings, ...plan.warnings];
  await clearShardFiles(
    path.resolve(settings.cwd, settings.shardDir),
    config.suites.map((s) => s.name),
  );
  for (const file of plan.files) {
    const target = path.resolve(settings.cwd, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, renderSelectionFile({ mode: file.mode, tests: file.tests }));
  }
  return {
    plan,
    explanation: renderPlanExplanation(plan),
    json: toPlanJson(plan),
    ...(restored !== undefined ? { restored } : {}),
  };
}
