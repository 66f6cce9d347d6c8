/**
 * The plan command, for the CLI and the action: read the config, earlier timings and the
 * current test lists (shell), plan (pure), write the shard files once.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { loadConfig, readText } from '../config/load.js';
import { InputError } from '../errors.js';
import { fileStyle, splitBySuite } from '../plan/assign.js';
import { renderPlanExplanation } from '../plan/explain.js';
import { type Plan, planRun } from '../plan/plan.js';
import { idFramework, parseTestDurations } from '../plan/timings.js';
import { collectResults } from '../results/collect.js';
import { renderSelectionFile } from '../run/selection.js';
import { readHistory, snapshotOf } from './timings.js';

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
  /** A timing history file (from aggregate); read before `timings` when it exists. */
  historyPath?: string;
}

export interface PlanOutcome {
  plan: Plan;
  explanation: string;
  /** What the matrix job reads: stable keys, no timestamps. */
  json: PlanJson;
}

export interface PlanJson {
  matrix: Plan['matrix'];
  suites: {
    suite: string;
    runner: string[];
    jobs: number;
    'workers-per-job': number;
    shards: number;
    matched: number;
    estimated: number;
    dropped: number;
    'total-seconds': number;
    'lower-bound-seconds': number;
    'makespan-seconds': number;
  }[];
  allocation: { suite: string; cores: number[]; workers: number; overflow: number }[];
  warnings: string[];
}

function splitAssignment(arg: string): { suite?: string; target: string } {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)=(.+)$/.exec(arg);
  return m ? { suite: m[1]!, target: m[2]! } : { target: arg };
}

function checkSuite(config: Config, suite: string | undefined, arg: string): void {
  if (suite !== undefined && !config.suites.some((s) => s.name === suite)) {
    throw new InputError(
      `"${arg}": no suite "${suite}" in ${config.file} (suites: ${config.suites.map((s) => s.name).join(', ')})`,
    );
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** One timings argument as durations per suite (a .test_durations file, or result files). */
async function readTimings(
  arg: string,
  config: Config,
  cwd: string,
  warnings: string[],
): Promise<Map<string, Map<string, number>>> {
  const { suite, target } = splitAssignment(arg);
  checkSuite(config, suite, arg);
  let entries: Map<string, number>;
  if (/\.json$|(^|\/)\.test_durations$/.test(target)) {
    entries = parseTestDurations(await readText(path.resolve(cwd, target), 'timings'), target);
  } else {
    const collected = await collectResults([target], { cwd });
    if (collected.unmatched.length > 0) throw new InputError(`timings "${target}": no file matches`);
    const broken = collected.files.filter((f) => f.error !== undefined);
    for (const f of broken) warnings.push(`timings ${f.path}: ${f.error} (what it held still counts)`);
    const framework = suite && idFramework(config.suites.find((s) => s.name === suite)!.framework);
    entries = snapshotOf(collected.files, framework ? () => framework : fileStyle);
  }
  if (suite !== undefined) return new Map([[suite, entries]]);
  const { bySuite, unassigned } = splitBySuite(entries, config.suites);
  if (unassigned > 0)
    warnings.push(`timings "${target}": ${unassigned} test ids fit no suite (give SUITE=${target})`);
  return bySuite;
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
    const ids = (await readText(path.resolve(cwd, target), 'test list'))
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
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

export function toPlanJson(plan: Plan): PlanJson {
  return {
    matrix: plan.matrix,
    suites: plan.suites.map((s) => ({
      suite: s.suite,
      runner: s.runner.runner.labels,
      jobs: s.runner.jobs,
      'workers-per-job': s.workers,
      shards: s.shards.shards.length,
      matched: s.matched,
      estimated: s.estimated,
      dropped: s.dropped,
      'total-seconds': round(s.shards.total),
      'lower-bound-seconds': round(s.shards.lowerBound),
      'makespan-seconds': round(s.shards.makespan),
    })),
    allocation: plan.allocation.suites.map((s) => ({
      suite: s.suite,
      cores: s.cores,
      workers: s.workers,
      overflow: s.overflow,
    })),
    warnings: plan.warnings,
  };
}

export async function runPlan(settings: PlanSettings): Promise<PlanOutcome> {
  const { config } = await loadConfig(settings.cwd, settings.configPath);
  const warnings: string[] = [];
  // Per suite, its snapshots oldest first: the history, then the timings arguments in order.
  const timings = new Map<string, Map<string, number>[]>();
  const add = (bySuite: Map<string, Map<string, number>>) => {
    for (const [suite, durations] of bySuite) {
      const list = timings.get(suite);
      if (list) list.push(durations);
      else timings.set(suite, [durations]);
    }
  };
  if (settings.historyPath !== undefined) {
    const history = await readHistory(path.resolve(settings.cwd, settings.historyPath));
    for (const snapshot of history) add(splitBySuite(snapshot, config.suites).bySuite);
  }
  for (const arg of settings.timings) add(await readTimings(arg, config, settings.cwd, warnings));
  const tests = await readTestLists(settings.tests, config, settings.cwd, warnings);
  const hostCores = settings.hostCores ?? config.host.cores ?? os.availableParallelism();
  const plan = planRun({
    config,
    hostCores,
    timings,
    tests,
    shardDir: settings.shardDir,
    ...(settings.shards !== undefined ? { shards: settings.shards } : {}),
  });
  plan.warnings.unshift(...warnings);
  for (const file of plan.files) {
    const target = path.resolve(settings.cwd, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, renderSelectionFile({ mode: file.mode, tests: file.tests }));
  }
  return { plan, explanation: renderPlanExplanation(plan), json: toPlanJson(plan) };
}
