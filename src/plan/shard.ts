/**
 * Splits tests into N shards of about equal time. Pure and deterministic: the same durations
 * (in any map order) give the same plan, byte for byte.
 */
import { InputError } from '../errors.js';
import { compareStrings } from '../order.js';
import { type IdStyle, unitOf } from './test-ids.js';

export interface Shard {
  index: number;
  /** Sorted by id. */
  tests: string[];
  /** Seconds, from the durations planned with. */
  estimated: number;
  /** This shard also runs every test no shard lists (tests the plan never saw). Exactly one has it. */
  catchAll: boolean;
  /** Distinct units (files, or classes) among its tests: each is set up once in the shard. */
  units: number;
}

export interface ShardPlan {
  shards: Shard[];
  /** Seconds, all tests. */
  total: number;
  /** The longest single test. */
  longest: number;
  /** max(total / N, longest): no plan can finish sooner. */
  lowerBound: number;
  /** The largest shard estimate. */
  makespan: number;
}

export interface PlanOptions {
  shards: number;
  style: IdStyle;
  /** Cut a unit into its tests when it is heavier than this fraction of total / N (0..1, default 0.25). */
  splitAbove?: number;
  /**
   * Seconds a shard pays once for each distinct unit it runs (imports, module or class fixtures;
   * cost-model.ts). Default 0. Placing a test where its unit already is then costs less.
   */
  unitSeconds?: number;
  /** Workers in each shard's job: a test's seconds count divided over them when weighed against unitSeconds. Default 1. */
  workers?: number;
}

/** GitHub Actions runs at most 256 jobs from one matrix. */
export const MAX_MATRIX_JOBS = 256;

/** What LPT places: a whole unit (file or class), or one test of a unit too heavy to keep whole. */
interface Item {
  key: string;
  /** The unit it belongs to (its key, when it is the whole unit). */
  unit: string;
  tests: string[];
  seconds: number;
}

/**
 * A unit (file or class) heavier than this fraction of a shard's share (total / N) is cut into
 * its tests. Whole units keep their fixtures in one job, but a big file's tests drift together
 * between runs (localstack's test_lambda_api.py, ~330 s, came back 61 s slower), and as one
 * piece all that drift lands in one shard. bench/shard.bench.ts: cutting only units above
 * total / N gave a worst realised 1.157 of the lower bound at N = 16; above a quarter of it,
 * 1.093, inside the chance band of least_duration, which places every test alone. Smaller
 * fractions did no better beyond chance at N = 8 to 32, and split most files.
 */
export const DEFAULT_SPLIT_ABOVE = 0.25;

function checkShardCount(shards: number): void {
  if (!Number.isInteger(shards) || shards < 1) {
    throw new InputError(`shards must be a whole number of at least 1, got ${shards}`);
  }
}

/**
 * Units (files or classes), each one heavier than `splitAbove` x total / N cut into its tests
 * (see DEFAULT_SPLIT_ABOVE). Built from sorted ids so that every sum is added in the same
 * order whatever the input map's order.
 */
function itemsOf(
  durations: ReadonlyMap<string, number>,
  options: PlanOptions,
): { items: Item[]; total: number } {
  const ids = [...durations.keys()].sort(compareStrings);
  const units = new Map<string, { tests: string[]; seconds: number }>();
  let total = 0;
  for (const id of ids) {
    const seconds = durations.get(id)!;
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new InputError(`test "${id}" has an invalid duration (${seconds})`);
    }
    total += seconds;
    const key = unitOf(options.style, id);
    const unit = units.get(key);
    if (unit) {
      unit.tests.push(id);
      unit.seconds += seconds;
    } else {
      units.set(key, { tests: [id], seconds });
    }
  }
  const limit = (options.splitAbove ?? DEFAULT_SPLIT_ABOVE) * (total / options.shards);
  const items: Item[] = [];
  for (const [key, unit] of units) {
    if (unit.seconds > limit && unit.tests.length > 1) {
      for (const id of unit.tests)
        items.push({ key: id, unit: key, tests: [id], seconds: durations.get(id)! });
    } else {
      items.push({ key, unit: key, tests: unit.tests, seconds: unit.seconds });
    }
  }
  items.sort((a, b) => b.seconds - a.seconds || compareStrings(a.key, b.key));
  return { items, total };
}

/**
 * Longest processing time first: each item, heaviest first, to the shard it leaves least loaded
 * (lowest index on ties). A shard's load is its items' seconds over `workers` plus `unitSeconds`
 * for each distinct unit: an item whose unit the shard already runs adds no setup there. With no
 * unit cost this is plain LPT (the least loaded shard).
 */
function assignLpt(items: readonly Item[], count: number, unitSeconds: number, workers: number): Item[][] {
  const bins: Item[][] = Array.from({ length: count }, () => []);
  const loads: number[] = new Array<number>(count).fill(0);
  const units: Set<string>[] = Array.from({ length: count }, () => new Set());
  for (const item of items) {
    const seconds = item.seconds / workers;
    let best = 0;
    let bestLoad = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i++) {
      const load = loads[i]! + (unitSeconds > 0 && !units[i]!.has(item.unit) ? unitSeconds : 0);
      if (load < bestLoad) {
        best = i;
        bestLoad = load;
      }
    }
    bins[best]!.push(item);
    loads[best] = bestLoad + seconds;
    if (unitSeconds > 0) units[best]!.add(item.unit);
  }
  return bins;
}

/**
 * Longest processing time first over units, heavy units cut into tests. With thousands of
 * items LPT's plan is within 0.1 % of the lower bound on every localstack snapshot, so no
 * improvement pass follows: what a plan really takes is decided by how the next run differs
 * from the history (bench/shard.bench.ts). The least loaded shard is the catch-all: it also
 * runs tests no shard lists, so a test the plan never saw still runs.
 */
export function planShards(durations: ReadonlyMap<string, number>, options: PlanOptions): ShardPlan {
  checkShardCount(options.shards);
  const splitAbove = options.splitAbove ?? DEFAULT_SPLIT_ABOVE;
  if (!(splitAbove >= 0 && splitAbove <= 1)) {
    throw new InputError(`splitAbove must be between 0 and 1, got ${splitAbove}`);
  }
  const unitSeconds = options.unitSeconds ?? 0;
  const workers = options.workers ?? 1;
  if (!(Number.isFinite(unitSeconds) && unitSeconds >= 0)) {
    throw new InputError(`unitSeconds must be a number >= 0, got ${unitSeconds}`);
  }
  if (!(Number.isInteger(workers) && workers >= 1)) {
    throw new InputError(`workers must be a whole number of at least 1, got ${workers}`);
  }
  const { items, total } = itemsOf(durations, options);
  const bins = assignLpt(items, options.shards, unitSeconds, workers);

  let longest = 0;
  for (const seconds of durations.values()) longest = Math.max(longest, seconds);
  // Estimates are added up afresh in test id order, as the plan reports its tests.
  const shards: Shard[] = bins.map((bin, index) => {
    const tests = bin.flatMap((item) => item.tests).sort(compareStrings);
    let estimated = 0;
    for (const id of tests) estimated += durations.get(id)!;
    const units = new Set(bin.map((item) => item.unit)).size;
    return { index, tests, estimated, catchAll: false, units };
  });
  let catchAll = 0;
  for (const shard of shards) if (shard.estimated < shards[catchAll]!.estimated) catchAll = shard.index;
  shards[catchAll]!.catchAll = true;
  // A loop, not Math.max(...): more shards than a call takes arguments must not overflow the stack.
  let makespan = 0;
  for (const s of shards) makespan = Math.max(makespan, s.estimated);
  return { shards, total, longest, lowerBound: Math.max(total / options.shards, longest), makespan };
}

export interface AutoShardOptions {
  /** Seconds of all tests. */
  total: number;
  /** Seconds of the longest test. */
  longest: number;
  /** Wall seconds one shard should take at most. */
  targetSeconds: number;
  /** Seconds each shard spends before its tests start (checkout, image, server). */
  overheadSeconds: number;
  /** Default 256, GitHub's matrix job limit. */
  max?: number;
}

/**
 * The fewest shards with total / N + overhead <= target. When the target cannot be met (the
 * longest test or the overhead alone is too long), N stops where more shards no longer
 * shorten the longest: ceil(total / longest).
 */
export function autoShardCount(options: AutoShardOptions): number {
  const { total, longest, targetSeconds, overheadSeconds } = options;
  const max = options.max ?? MAX_MATRIX_JOBS;
  const fields: [string, number][] = [
    ['total', total],
    ['longest', longest],
    ['targetSeconds', targetSeconds],
    ['overheadSeconds', overheadSeconds],
  ];
  for (const [name, value] of fields) {
    if (!Number.isFinite(value) || value < 0)
      throw new InputError(`${name} must be a number >= 0, got ${value}`);
  }
  checkShardCount(max);
  if (total <= 0) return 1;
  const useful = longest > 0 ? Math.max(1, Math.ceil(total / longest)) : max;
  const cap = Math.min(max, useful);
  const budget = targetSeconds - overheadSeconds;
  if (budget <= 0) return cap;
  // Up from just below the answer, checking the rule itself: a ceil() of the quotient can be
  // one off in floating point.
  let n = Math.max(1, Math.min(cap, Math.floor(total / budget)));
  while (n < cap && total / n + overheadSeconds > targetSeconds) n++;
  return n;
}
