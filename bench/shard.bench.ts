/**
 * How well shard plans made from timing history hold up on the next run of the suite, next to
 * pytest-split's two algorithms and a plain round robin, on localstack's real `.test_durations`
 * history (../shared/timings/localstack/, seven snapshots).
 *
 *   npx tsx bench/shard.bench.ts
 *
 * Walk forward: step k plans from snapshots 0..k-1 (smoothed) and the test ids of snapshot k
 * (as collection would list them, no durations), then scores on snapshot k's real durations.
 * Ratio = realised makespan / max(total_k / N, longest_k); 1.00 is perfect. The exit code is 0
 * even when a target is missed: this is a measurement, not a gate.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { compareStrings } from '../src/order.js';
import { estimateDurations, SMOOTHING_WEIGHT, smoothHistory } from '../src/plan/durations.js';
import { DEFAULT_SPLIT_ABOVE, planShards, type ShardPlan } from '../src/plan/shard.js';
import {
  type Assignment,
  HISTORY_DIR,
  leastDuration as leastDurationOf,
  loadSnapshots,
  nudge,
  pytestSplitDurations,
  random,
  type Snapshot,
} from './walk-forward.js';

const COUNTS = [4, 8, 16, 32] as const;
/** The design's target applies at these N. */
const TARGET_COUNTS = [4, 8, 16];
const TARGET_RATIO = 1.06;
/** Smoothing weights compared for ours (1 = the newest snapshot alone). */
const WEIGHTS = [1, 0.7, 0.5, 0.3];

type Planner = (
  known: Map<string, number>,
  tests: readonly string[],
  shards: number,
  actual: Map<string, number>,
) => Assignment;

function assignmentOf(plan: ShardPlan): Assignment {
  return { shards: plan.shards.map((s) => s.tests), catchAll: plan.shards.findIndex((s) => s.catchAll) };
}

function oursWith(splitAbove: number): Planner {
  return (known, tests, shards) => {
    const { durations } = estimateDurations(known, { tests, style: 'pytest' });
    return assignmentOf(planShards(durations, { shards, style: 'pytest', splitAbove }));
  };
}

const ours = oursWith(DEFAULT_SPLIT_ABOVE);

/** pytest-split `least_duration` (bench/walk-forward.ts). */
const leastDuration: Planner = (known, tests, count) => leastDurationOf(known, tests, count);

/**
 * pytest-split `duration_based_chunks` (its default): the tests in collection order cut into
 * consecutive runs; a group is closed once its sum reaches total / N.
 */
const durationBasedChunks: Planner = (known, tests, count) => {
  const seconds = pytestSplitDurations(known, tests);
  const perGroup = seconds.reduce((a, b) => a + b, 0) / count;
  const shards: string[][] = Array.from({ length: count }, () => []);
  let g = 0;
  let sum = 0;
  tests.forEach((id, i) => {
    if (sum >= perGroup && g < count - 1) {
      g++;
      sum = 0;
    }
    shards[g]!.push(id);
    sum += seconds[i]!;
  });
  return { shards, catchAll: -1 };
};

/** Not a method: ours given the scored run's own durations, to show what is left to prediction. */
const hindsight: Planner = (_known, _tests, shards, actual) =>
  assignmentOf(planShards(actual, { shards, style: 'pytest' }));

/** Count-based: the i-th test (ids sorted) to shard i mod N. */
const roundRobin: Planner = (_known, tests, count) => {
  const shards: string[][] = Array.from({ length: count }, () => []);
  const sorted = [...tests].sort(compareStrings);
  for (let i = 0; i < sorted.length; i++) shards[i % count]!.push(sorted[i]!);
  return { shards, catchAll: -1 };
};

/** The makespan the assignment really has on `actual`, over the lower bound. */
function realisedRatio(assignment: Assignment, actual: Map<string, number>, count: number): number {
  const loads = new Array<number>(count).fill(0);
  const listed = new Set<string>();
  assignment.shards.forEach((tests, i) => {
    for (const id of tests) {
      listed.add(id);
      loads[i]! += actual.get(id) ?? 0;
    }
  });
  // Tests of this run the plan listed nowhere: the catch-all runs them (pytest-split has none,
  // so for it they would not run at all; with the full test list given there are none).
  const unlisted = [...actual.keys()].filter((id) => !listed.has(id));
  if (unlisted.length > 0) {
    if (assignment.catchAll < 0) throw new Error(`${unlisted.length} tests ran nowhere`);
    for (const id of unlisted) loads[assignment.catchAll]! += actual.get(id)!;
  }
  let total = 0;
  let longest = 0;
  for (const seconds of actual.values()) {
    total += seconds;
    longest = Math.max(longest, seconds);
  }
  return Math.max(...loads) / Math.max(total / count, longest);
}

interface Stats {
  mean: number;
  worst: number;
}

function statsOf(ratios: number[]): Stats {
  return { mean: ratios.reduce((a, b) => a + b, 0) / ratios.length, worst: Math.max(...ratios) };
}

/** Ratios of one planner at one N over the walk-forward steps k = 1..last. */
function walkForward(snapshots: Snapshot[], planner: Planner, count: number, weight: number): number[] {
  const ratios: number[] = [];
  for (let k = 1; k < snapshots.length; k++) {
    const known = smoothHistory(
      snapshots.slice(0, k).map((s) => s.durations),
      weight,
    );
    const actual = snapshots[k]!.durations;
    const tests = [...actual.keys()];
    ratios.push(realisedRatio(planner(known, tests, count, actual), actual, count));
  }
  return ratios;
}

const fmt = (x: number): string => x.toFixed(3);

/** Seeds for the chance band: enough for stable 10th and 90th percentiles. */
const CHANCE_SEEDS = 30;
/** Relative jitter on the planned durations: far below what any history can tell apart. */
const CHANCE_JITTER = 0.001;

/** The same method with every known duration nudged by up to CHANCE_JITTER: as good a plan, other luck. */
function nudged(planner: Planner, seed: number): Planner {
  const next = random(seed);
  return (known, tests, shards, actual) => {
    return planner(nudge(known, next, CHANCE_JITTER), tests, shards, actual);
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.round(p * (sorted.length - 1))]!;
}

/**
 * How much of a difference between methods is luck: the method planned again with durations
 * nudged by 0.1 % (no history can tell such plans apart), the 10th to 90th percentile of the
 * mean and of the worst over the steps.
 */
function chanceBand(
  snapshots: Snapshot[],
  planner: Planner,
  count: number,
): { mean: [number, number]; worst: [number, number] } {
  const means: number[] = [];
  const worsts: number[] = [];
  for (let seed = 1; seed <= CHANCE_SEEDS; seed++) {
    const stats = statsOf(walkForward(snapshots, nudged(planner, seed), count, SMOOTHING_WEIGHT));
    means.push(stats.mean);
    worsts.push(stats.worst);
  }
  means.sort((a, b) => a - b);
  worsts.sort((a, b) => a - b);
  return {
    mean: [percentile(means, 0.1), percentile(means, 0.9)],
    worst: [percentile(worsts, 0.1), percentile(worsts, 0.9)],
  };
}

/** How far the smoothed history is from the next run, per test, as one root of summed squares. */
function predictionError(snapshots: Snapshot[], weight: number): number {
  let sum = 0;
  for (let k = 1; k < snapshots.length; k++) {
    const known = smoothHistory(
      snapshots.slice(0, k).map((s) => s.durations),
      weight,
    );
    let squares = 0;
    for (const [id, seconds] of snapshots[k]!.durations) {
      const predicted = known.get(id);
      if (predicted !== undefined) squares += (predicted - seconds) ** 2;
    }
    sum += Math.sqrt(squares);
  }
  return sum / (snapshots.length - 1);
}

function timePlanner(snapshots: Snapshot[]): { tests: number; ms: number } {
  let largest = snapshots[0]!;
  for (const s of snapshots) if (s.durations.size > largest.durations.size) largest = s;
  const known = smoothHistory(snapshots.map((s) => s.durations));
  const tests = [...largest.durations.keys()];
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const { durations } = estimateDurations(known, { tests, style: 'pytest' });
    planShards(durations, { shards: 32, style: 'pytest' });
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return { tests: tests.length, ms: runs[runs.length >> 1]! };
}

export async function main(): Promise<void> {
  const snapshots = await loadSnapshots();
  if (snapshots.length < 2) throw new Error(`need at least two snapshots in ${HISTORY_DIR}`);
  console.log(
    `Shard plans from history, scored on the next snapshot: ${snapshots.length} localstack snapshots ` +
      `(${snapshots[0]!.date} .. ${snapshots[snapshots.length - 1]!.date}), ${snapshots.length - 1} steps.`,
  );
  console.log('ratio = realised makespan / max(total/N, longest test); 1.000 is perfect.');
  console.log(
    `Every method gets the same inputs: durations smoothed over the earlier snapshots ` +
      `(weight ${SMOOTHING_WEIGHT} on the newest) and the test ids of the scored snapshot.`,
  );
  console.log(
    `chance = the method re-planned ${CHANCE_SEEDS} times with known durations nudged by up to ` +
      `${CHANCE_JITTER * 100} % (plans no history can tell apart): the spread is luck, not method.`,
  );

  const methods: [string, Planner][] = [
    ['ours', ours],
    ['ours, split > total/N', oursWith(1)],
    ['least_duration', leastDuration],
    ['duration_based_chunks', durationBasedChunks],
    ['round_robin', roundRobin],
    ['(hindsight: ours on k)', hindsight],
  ];
  const results = new Map<string, Map<number, Stats>>();
  for (const count of COUNTS) {
    console.log(`\nN = ${count}`);
    console.log(`  ${'method'.padEnd(26)}${'mean'.padEnd(8)}${'worst'.padEnd(8)}per step`);
    for (const [name, planner] of methods) {
      const ratios = walkForward(snapshots, planner, count, SMOOTHING_WEIGHT);
      const stats = statsOf(ratios);
      if (!results.has(name)) results.set(name, new Map());
      results.get(name)!.set(count, stats);
      console.log(
        `  ${name.padEnd(26)}${fmt(stats.mean).padEnd(8)}${fmt(stats.worst).padEnd(8)}${ratios.map(fmt).join(' ')}`,
      );
    }
    for (const [name, planner] of [
      ['ours', ours],
      ['least_duration', leastDuration],
    ] as const) {
      const band = chanceBand(snapshots, planner, count);
      console.log(
        `  chance ${name.padEnd(15)} p10..p90 mean ${fmt(band.mean[0])}..${fmt(band.mean[1])}, ` +
          `worst ${fmt(band.worst[0])}..${fmt(band.worst[1])}`,
      );
    }
  }

  console.log(
    '\nOurs by smoothing weight on the newest snapshot: realised ratio mean / worst over the steps,',
  );
  console.log(
    'and the prediction error sqrt(sum over known tests of (smoothed - real)^2), mean over the steps:',
  );
  console.log(`  ${'weight'.padEnd(8)}${COUNTS.map((n) => `N=${n}`.padEnd(16)).join('')}error s`);
  for (const weight of WEIGHTS) {
    const cells = COUNTS.map((count) => {
      const s = statsOf(walkForward(snapshots, ours, count, weight));
      return `${fmt(s.mean)} / ${fmt(s.worst)}`.padEnd(16);
    });
    console.log(
      `  ${String(weight).padEnd(8)}${cells.join('')}${predictionError(snapshots, weight).toFixed(1)}`,
    );
  }

  const missed: string[] = [];
  const mine = results.get('ours')!;
  const least = results.get('least_duration')!;
  const worst = Math.max(...TARGET_COUNTS.map((n) => mine.get(n)!.worst));
  console.log(
    `\nTarget: ours worst over N = ${TARGET_COUNTS.join(', ')} at most ${TARGET_RATIO}: ${fmt(worst)}`,
  );
  if (worst > TARGET_RATIO) missed.push(`TARGET MISSED: ours worst ${fmt(worst)} > ${TARGET_RATIO}`);
  for (const count of COUNTS) {
    const a = mine.get(count)!.mean;
    const b = least.get(count)!.mean;
    console.log(`Target: ours mean better than least_duration at N = ${count}: ${fmt(a)} vs ${fmt(b)}`);
    if (!(a < b)) missed.push(`TARGET MISSED: N = ${count}: ours mean ${fmt(a)} >= least_duration ${fmt(b)}`);
  }
  for (const line of missed) console.log(line);
  if (missed.length === 0) console.log('All targets met.');

  const timing = timePlanner(snapshots);
  console.log(
    `\nPlanner time (estimateDurations + planShards), ${timing.tests} tests, N = 32: ` +
      `${timing.ms.toFixed(1)} ms (median of 5)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
