/**
 * Durations for the planner (pure): read from pytest-split's `.test_durations` or from earlier
 * result files, smoothed over a history, and estimated for the test list about to run. Data in,
 * data out; warnings are returned.
 */
import { InputError } from '../errors.js';
import { aggregateResults, type TimedTest } from '../results/aggregate.js';
import type { FileResult } from '../results/model.js';
import { type IdStyle, planIdOf, unitOf } from './test-ids.js';

/** Estimates never go below this: a test of 0 s would be free to put anywhere, and none is. */
export const MIN_ESTIMATE_SECONDS = 0.01;
/** What every test is assumed to take when nothing at all is known (pytest-split uses 1 s too). */
export const UNKNOWN_SECONDS = 1;

/** pytest-split's `.test_durations`: a JSON object from node id to seconds. */
export function parseTestDurations(text: string, source: string): Map<string, number> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new InputError(`${source}: not valid JSON (${reason})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const kind = data === null ? 'null' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
    throw new InputError(`${source}: expected a JSON object of test id -> seconds, found ${kind}`);
  }
  const durations = new Map<string, number>();
  for (const [id, seconds] of Object.entries(data)) {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds)) {
      throw new InputError(
        `${source}: "${id}" should be a number of seconds, found ${JSON.stringify(seconds)}`,
      );
    }
    if (seconds < 0) throw new InputError(`${source}: "${id}" has a negative duration (${seconds})`);
    durations.set(id, seconds);
  }
  return durations;
}

/**
 * One map of test id -> seconds from the result files of many shards and runs.
 * - Within one file, cases of the same test all ran in that run (TestNG data providers repeat
 *   the method name): they add up.
 * - Across files (a rerun, a retried job, shards that overlap) a test counts the mean of the
 *   files it ran in.
 * - Skipped cases took no real time and say nothing.
 * - Names that come to one id (.NET theory rows, `Method(x: 1)` and `Method(x: 2)`) run
 *   together, so they add up too.
 */
export function durationsFromResults(files: readonly FileResult[], style: IdStyle): Map<string, number> {
  return durationsOfTimed(aggregateResults(files).timed(), () => style);
}

/**
 * The same from an aggregate's timed tests (Aggregate.timed(): each test's time already the
 * mean over its files), the id style told per test. Tests that come to one id add up.
 */
export function durationsOfTimed(
  tests: Iterable<TimedTest>,
  styleOf: (test: TimedTest) => IdStyle,
): Map<string, number> {
  const durations = new Map<string, number>();
  for (const test of tests) {
    const id = planIdOf(styleOf(test), test);
    durations.set(id, (durations.get(id) ?? 0) + test.seconds);
  }
  return durations;
}

/**
 * The weight of the newest snapshot in the exponentially weighted mean. Between localstack's
 * snapshots single tests swing a lot and mostly come back (a 1 s test takes 34 s once, a 60 s
 * one 30 s), so a mean over the last few runs predicts the next run better than the last run
 * alone. bench/shard.bench.ts, prediction error over the next snapshot (root of the summed
 * squares per test): 75.7 s at weight 1 (last run only), 68.4 at 0.7, 65.6 at 0.5, 66.0 at
 * 0.3. The realised makespans at those weights differ by no more than chance. At 0.5 a test
 * that really became slower counts for three quarters of its new time after two runs.
 */
export const SMOOTHING_WEIGHT = 0.5;

/**
 * An exponentially weighted mean per test over `history` (oldest first). A test missing from a
 * snapshot keeps its earlier value: it may have been skipped that once. Removed tests are
 * dropped later, by estimateDurations, against the current test list.
 */
export function smoothHistory(
  history: readonly Map<string, number>[],
  weight: number = SMOOTHING_WEIGHT,
): Map<string, number> {
  if (!(weight > 0 && weight <= 1)) throw new InputError(`smoothing weight must be in (0, 1], got ${weight}`);
  const smoothed = new Map<string, number>();
  for (const snapshot of history) {
    for (const [id, seconds] of snapshot) {
      const before = smoothed.get(id);
      smoothed.set(id, before === undefined ? seconds : weight * seconds + (1 - weight) * before);
    }
  }
  return smoothed;
}

export interface EstimateOptions {
  /** The tests about to run (from collection). Without it, the known tests are planned as they are. */
  tests?: readonly string[];
  style: IdStyle;
}

export interface Estimate {
  durations: Map<string, number>;
  /** Tests in the list with a known duration. */
  matched: number;
  /** Tests in the list without one: given the mean of their unit, else of everything known. */
  estimated: number;
  /** Known tests no longer in the list (removed or renamed). */
  dropped: number;
  /** Recorded zeros given the suite's per-test floor (see `floor`). */
  zeros: number;
  /** The floor a recorded 0 s was given: the smallest positive duration known, else MIN_ESTIMATE_SECONDS. */
  floor: number;
  /** Whether any duration at all was known: without one every figure is a count, not seconds. */
  timed: boolean;
  warnings: string[];
}

/**
 * The suite's per-test floor: its smallest positive recorded duration. A report that rounds to
 * the millisecond writes 0.000 for a fast test, and a test of 0 s would be free to put anywhere:
 * pypa/packaging records 50,678 of its 62,435 tests as 0, and one shard took 49,151 of them.
 */
function floorOf(known: ReadonlyMap<string, number>): number {
  let floor = Number.POSITIVE_INFINITY;
  for (const seconds of known.values()) if (seconds > 0 && seconds < floor) floor = seconds;
  return Number.isFinite(floor) ? Math.max(floor, MIN_ESTIMATE_SECONDS / 10) : MIN_ESTIMATE_SECONDS;
}

/**
 * Known durations for the tests about to run, with an estimate for each new one: the mean of
 * its unit (file or class), else of everything known. The mean, not the median, because the
 * estimates are summed into a shard: a re-parametrised file's 173 new ids estimated at their
 * file's median (8 s) took 143 s in all; their file's mean gets the sum right.
 */
export function estimateDurations(known: ReadonlyMap<string, number>, options: EstimateOptions): Estimate {
  const { tests, style } = options;
  const floor = floorOf(known);
  let zeros = 0;
  const floored = new Map<string, number>();
  for (const [id, seconds] of known) {
    if (seconds === 0) zeros++;
    floored.set(id, seconds === 0 ? floor : seconds);
  }
  const timed = known.size > 0;
  if (tests === undefined) {
    return {
      durations: floored,
      matched: known.size,
      estimated: 0,
      dropped: 0,
      zeros,
      floor,
      timed,
      warnings: [],
    };
  }
  const byUnit = new Map<string, { sum: number; count: number }>();
  let sumAll = 0;
  for (const [id, seconds] of floored) {
    const unit = unitOf(style, id);
    const entry = byUnit.get(unit);
    if (entry) {
      entry.sum += seconds;
      entry.count++;
    } else byUnit.set(unit, { sum: seconds, count: 1 });
    sumAll += seconds;
  }
  const overall = floored.size === 0 ? UNKNOWN_SECONDS : sumAll / floored.size;

  const durations = new Map<string, number>();
  let matched = 0;
  let estimated = 0;
  for (const id of tests) {
    if (durations.has(id)) continue;
    const seconds = floored.get(id);
    if (seconds !== undefined) {
      durations.set(id, seconds);
      matched++;
      continue;
    }
    const unit = byUnit.get(unitOf(style, id));
    durations.set(id, Math.max(unit ? unit.sum / unit.count : overall, MIN_ESTIMATE_SECONDS));
    estimated++;
  }
  let dropped = 0;
  for (const id of floored.keys()) if (!durations.has(id)) dropped++;

  const warnings: string[] = [];
  const listed = matched + estimated;
  if (!timed && listed > 0) {
    warnings.push(
      `no timings known: the ${listed} tests are split by count, and the plan's seconds are unknown`,
    );
  } else if (listed > 0 && matched * 2 < listed) {
    const exampleTest = tests.find((id) => !known.has(id));
    const exampleKnown = [...known.keys()].find((id) => !durations.has(id));
    warnings.push(
      `only ${matched} of ${listed} test ids have a known duration: are the timings from another ` +
        `rootdir or project (pytest-split issue 100)? e.g. test "${exampleTest ?? ''}"` +
        (exampleKnown === undefined ? '' : `, timing "${exampleKnown}"`),
    );
  }
  return { durations, matched, estimated, dropped, zeros, floor, timed, warnings };
}
