/**
 * What a shard costs (pure): a fixed start-up, a setup per distinct unit (file, or class) it
 * runs, and its tests' seconds divided over the job's workers. The per-unit cost decides the
 * split: single tests when a split file costs nothing extra, whole units when each shard pays
 * for every file it touches (issue 14: at 1 s a file and N = 16 on localstack, whole files
 * scored 1.13 of the lower bound against 1.26 for single tests).
 */
import { InputError } from '../errors.js';
import { planShards, type ShardPlan } from './shard.js';
import { type IdStyle, unitOf } from './test-ids.js';

/** Where the per-unit cost came from. */
export type CostSource = 'none' | 'config' | 'fitted';

export interface CostModel {
  /** Seconds a shard's job spends before its first test, whatever it runs. */
  startupSeconds: number;
  /** Seconds a shard pays once per distinct unit (file; class for .NET) among its tests. */
  unitSeconds: number;
  source: CostSource;
  /** Jobs the fit used (source `fitted`). */
  jobs?: number;
}

/** No evidence: nothing but the tests' own seconds. */
export const NO_COST: CostModel = { startupSeconds: 0, unitSeconds: 0, source: 'none' };

/** One earlier job, from its job record and the result files it wrote. */
export interface JobSample {
  /** end - start of the job record. */
  wallSeconds: number;
  /** Sum of its tests' recorded seconds. */
  testSeconds: number;
  /** Distinct units (files, or classes) among its tests. */
  units: number;
  workers: number;
}

/** A job as a sample: its tests' seconds (plan ids -> seconds) and its record's times. */
export function jobSampleOf(
  job: { start: string; end: string; workers: number },
  durations: ReadonlyMap<string, number>,
  style: IdStyle,
): JobSample | undefined {
  const wallSeconds = (Date.parse(job.end) - Date.parse(job.start)) / 1000;
  if (!(Number.isFinite(wallSeconds) && wallSeconds > 0) || durations.size === 0) return undefined;
  let testSeconds = 0;
  const units = new Set<string>();
  for (const [id, seconds] of durations) {
    testSeconds += seconds;
    units.add(unitOf(style, id));
  }
  return { wallSeconds, testSeconds, units: units.size, workers: Math.max(1, job.workers) };
}

/**
 * The costs that explain earlier jobs' wall times. Per job, what its tests do not account for,
 * r = wall - testSeconds / workers, is fitted by ordinary least squares as r = a + b x with
 * x = its distinct units: a is the start-up, b the per-unit setup. Neither can be negative (a
 * job cannot take less than its tests): b < 0 gives b = 0, a = mean r; then a < 0 gives a = 0
 * and b fitted through the origin (sum x r / sum x^2). Jobs that all ran as many units cannot
 * tell a from b: all of it is start-up and b = 0, which keeps the default split. A few jobs are
 * enough, as long as their unit counts differ (shards of one plan do). Undefined without a job.
 */
export function fitCostModel(samples: readonly JobSample[]): CostModel | undefined {
  const usable = samples.filter(
    (s) =>
      Number.isFinite(s.wallSeconds) &&
      Number.isFinite(s.testSeconds) &&
      s.wallSeconds > 0 &&
      s.testSeconds >= 0 &&
      s.units >= 0 &&
      s.workers >= 1,
  );
  if (usable.length === 0) return undefined;
  const xs = usable.map((s) => s.units);
  const rs = usable.map((s) => s.wallSeconds - s.testSeconds / s.workers);
  const n = usable.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanR = rs.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxr = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - meanX) ** 2;
    sxr += (xs[i]! - meanX) * (rs[i]! - meanR);
  }
  let b = sxx > 0 ? sxr / sxx : 0;
  let a = meanR - b * meanX;
  if (b < 0) {
    b = 0;
    a = meanR;
  }
  if (a < 0) {
    a = 0;
    let x2 = 0;
    let xr = 0;
    for (let i = 0; i < n; i++) {
      x2 += xs[i]! ** 2;
      xr += xs[i]! * rs[i]!;
    }
    b = x2 > 0 ? Math.max(0, xr / x2) : 0;
  }
  return { startupSeconds: a, unitSeconds: b, source: 'fitted', jobs: n };
}

/** How the tests are cut: one test at a time, or whole units (a unit heavier than a shard's share still cut). */
export type Granularity = 'tests' | 'units';

/** What a person calls the units of an id style. */
export function unitNoun(style: IdStyle): 'files' | 'classes' {
  return style === 'pytest' ? 'files' : 'classes';
}

/** The model's seconds for the longest shard: start-up + unit setups + tests over workers. */
export function modelMakespan(plan: ShardPlan, model: CostModel, workers: number): number {
  let longest = 0;
  for (const shard of plan.shards) {
    longest = Math.max(
      longest,
      model.startupSeconds + model.unitSeconds * shard.units + shard.estimated / workers,
    );
  }
  return longest;
}

export interface ModelChoice {
  plan: ShardPlan;
  granularity: Granularity;
  /** Each granularity tried and its modelled longest shard, in seconds. */
  compared: { granularity: Granularity; makespan: number }[];
}

/**
 * Whole units are cut only when heavier than a shard's whole share (total / N): each piece of a
 * cut file pays its setup again. bench/plan-walk.bench.ts at 1 s a file, mean over the
 * localstack walk of expected makespan / lower bound, cutting units above 1/4, 1/2, 1 x the
 * share: N = 16 1.119, 1.110, 1.107; N = 32 1.186, 1.183, 1.175 (single tests, knowing the
 * cost: 1.161 and 1.238).
 */
export const UNIT_SPLIT_ABOVE = 1;

const SPLIT_ABOVE: Record<Granularity, number> = { tests: 0, units: UNIT_SPLIT_ABOVE };

/**
 * The plan whose longest shard the model expects soonest, of single tests and whole units (a
 * unit heavier than a shard's share is still cut: UNIT_SPLIT_ABOVE). Both are planned knowing
 * the unit cost. Without a unit cost the answer is single tests: a whole file gains nothing
 * then, and its tests' shared drift lands in one shard (issue 14; on the localstack walk at
 * N = 16 single tests give 1.065 of the lower bound, least_duration 1.065, whole files 1.069
 * with a worst step of 1.151).
 */
export function planWithModel(
  durations: ReadonlyMap<string, number>,
  options: { shards: number; style: IdStyle; model: CostModel; workers: number },
): ModelChoice {
  const { model, workers } = options;
  // planShards checks unitSeconds (and workers) itself.
  if (!(Number.isFinite(model.startupSeconds) && model.startupSeconds >= 0))
    throw new InputError(`startupSeconds must be a number >= 0, got ${model.startupSeconds}`);
  const candidates = (['tests', 'units'] as const).map((granularity) => {
    const plan = planShards(durations, {
      shards: options.shards,
      style: options.style,
      splitAbove: SPLIT_ABOVE[granularity],
      unitSeconds: model.unitSeconds,
      workers,
    });
    return { granularity, plan, makespan: modelMakespan(plan, model, workers) };
  });
  let best = candidates[0]!;
  if (model.unitSeconds > 0) for (const c of candidates) if (c.makespan < best.makespan) best = c;
  return {
    plan: best.plan,
    granularity: best.granularity,
    compared: candidates.map(({ granularity, makespan }) => ({ granularity, makespan })),
  };
}
