/**
 * The timing store's pure half: test ids that every engineer's code agrees on, durations read
 * from pytest-split's `.test_durations` or from earlier result files, a smoothed history, and
 * the estimate for the test list about to run. Data in, data out; warnings are returned.
 */
import { isDotnet, type Framework as SuiteFramework } from '../config/frameworks.js';
import { InputError } from '../errors.js';
import type { FileResult, TestCase } from '../results/model.js';

/**
 * How test ids are spelled, and what a planner keeps together:
 * - `pytest`: the pytest node id (`tests/x/test_a.py::TestClass::test_b[param]`, exactly the keys
 *   of pytest-split's `.test_durations`); the unit is the file.
 * - `dotnet` (xUnit, NUnit, MSTest via TRX or JUnit): `Namespace.Class.Method`, theory arguments
 *   cut off; the unit is the class.
 * - `generic`: `className::name` (or the name alone); the unit is the class (or the name).
 */
export type Framework = 'pytest' | 'dotnet' | 'generic';

/** Estimates never go below this: a test of 0 s would be free to put anywhere, and none is. */
export const MIN_ESTIMATE_SECONDS = 0.01;
/** What every test is assumed to take when nothing at all is known (pytest-split uses 1 s too). */
export const UNKNOWN_SECONDS = 1;

const UPPERCASE_START = /^\p{Lu}/u;

function withoutArguments(text: string): string {
  const open = text.indexOf('(');
  return (open < 0 ? text : text.slice(0, open)).trimEnd();
}

/**
 * Splits a pytest JUnit `classname` (dotted module path, then optional class names) without the
 * help of a file attribute: the module ends at the last segment that does not start with an
 * uppercase letter (test classes are `TestX` by pytest's default `python_classes`).
 */
function splitPytestClassName(className: string): { module: string[]; classes: string[] } {
  const segments = className.split('.');
  let last = -1;
  segments.forEach((segment, i) => {
    if (!UPPERCASE_START.test(segment)) last = i;
  });
  // Every segment capitalised (a module named `Tests`): the first one has to be the module.
  const end = Math.max(last, 0) + 1;
  return { module: segments.slice(0, end), classes: segments.slice(end) };
}

/**
 * The class names in a pytest `classname` once its module part is known from the file: pytest
 * builds both from the same node id, but a report's file may have been mapped onto the
 * repository (a longer path), so the module may match only by its tail.
 */
function pytestClassParts(className: string, file: string): string[] {
  const moduleSegments = file.replace(/\.py$/, '').split('/');
  for (let start = 0; start < moduleSegments.length; start++) {
    const module = moduleSegments.slice(start).join('.');
    if (className === module) return [];
    if (className.startsWith(`${module}.`)) return className.slice(module.length + 1).split('.');
  }
  return splitPytestClassName(className).classes;
}

function pytestId(test: TestCase): string {
  if (test.file !== undefined && test.file !== '') {
    const file = test.file.replace(/\\/g, '/').replace(/^\.\//, '');
    return [file, ...pytestClassParts(test.className, file), test.name].join('::');
  }
  if (test.className === '') return test.name;
  const { module, classes } = splitPytestClassName(test.className);
  return [`${module.join('/')}.py`, ...classes, test.name].join('::');
}

function dotnetId(test: TestCase): string {
  // Cut each part on its own: an NUnit fixture can carry arguments too (`Ns.Fixture(1)`).
  const className = withoutArguments(test.className);
  const name = withoutArguments(test.name);
  // xUnit's TRX testName is often the full name already.
  if (className === '' || name.startsWith(`${className}.`)) return name;
  return `${className}.${name}`;
}

/** The id a test goes by in timing files and shard lists (see Framework). */
/** How test ids look for a suite's framework. */
export function idFramework(framework: SuiteFramework): Framework {
  if (framework === 'pytest') return 'pytest';
  return isDotnet(framework) ? 'dotnet' : 'generic';
}

export function testIdOf(framework: Framework, test: TestCase): string {
  switch (framework) {
    case 'pytest':
      return pytestId(test);
    case 'dotnet':
      return dotnetId(test);
    case 'generic':
      return test.className === '' ? test.name : `${test.className}::${test.name}`;
  }
}

/** What a planner keeps in one shard when it can: the file (pytest) or the class. */
export function unitOf(framework: Framework, id: string): string {
  if (framework === 'dotnet') {
    const dot = id.lastIndexOf('.');
    return dot < 0 ? id : id.slice(0, dot);
  }
  // pytest: the file; generic: the class. The first `::` because a pytest file path never
  // contains one, and a generic name may (Rust's `module::test`).
  const sep = id.indexOf('::');
  return sep < 0 ? id : id.slice(0, sep);
}

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

const SEP = '\u0000';

/**
 * One map of test id -> seconds from the result files of many shards and runs.
 * - Within one file, cases with the same class and name all ran in that run (TestNG data
 *   providers repeat the method name): they add up.
 * - Across files (a rerun, a retried job, shards that overlap) a test counts the mean of the
 *   files it ran in.
 * - Skipped cases took no real time and say nothing.
 * - Names that come to one id (.NET theory rows, `Method(x: 1)` and `Method(x: 2)`) run
 *   together, so they add up too.
 */
export function durationsFromResults(
  files: readonly FileResult[],
  framework: Framework,
): Map<string, number> {
  const runs = new Map<string, { id: string; perFile: number[] }>();
  for (const file of files) {
    const inFile = new Map<string, number>();
    const ids = new Map<string, string>();
    for (const test of file.cases) {
      if (test.status === 'skipped' || !Number.isFinite(test.duration) || test.duration < 0) continue;
      const key = test.className + SEP + test.name + SEP + (test.file ?? '');
      inFile.set(key, (inFile.get(key) ?? 0) + test.duration);
      if (!ids.has(key)) ids.set(key, testIdOf(framework, test));
    }
    for (const [key, seconds] of inFile) {
      const seen = runs.get(key);
      if (seen) seen.perFile.push(seconds);
      else runs.set(key, { id: ids.get(key)!, perFile: [seconds] });
    }
  }
  // Everything added in a fixed order, so neither the sums (floating point) nor the map's
  // order depend on the order the files came in.
  const keys = [...runs.keys()].sort(compareIds);
  const durations = new Map<string, number>();
  for (const key of keys) {
    const { id, perFile } = runs.get(key)!;
    perFile.sort((a, b) => a - b);
    let sum = 0;
    for (const seconds of perFile) sum += seconds;
    durations.set(id, (durations.get(id) ?? 0) + sum / perFile.length);
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
  framework: Framework;
}

export interface Estimate {
  durations: Map<string, number>;
  /** Tests in the list with a known duration. */
  matched: number;
  /** Tests in the list without one: given the median of their unit, else of everything known. */
  estimated: number;
  /** Known tests no longer in the list (removed or renamed). */
  dropped: number;
  warnings: string[];
}

/** Fixed, locale-free order (UTF-16 code units), so plans never depend on the machine's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Known durations for the tests about to run, with an estimate for each new one. */
export function estimateDurations(known: ReadonlyMap<string, number>, options: EstimateOptions): Estimate {
  const { tests, framework } = options;
  if (tests === undefined) {
    return { durations: new Map(known), matched: known.size, estimated: 0, dropped: 0, warnings: [] };
  }
  const byUnit = new Map<string, number[]>();
  const all: number[] = [];
  for (const [id, seconds] of known) {
    const unit = unitOf(framework, id);
    const list = byUnit.get(unit);
    if (list) list.push(seconds);
    else byUnit.set(unit, [seconds]);
    all.push(seconds);
  }
  for (const list of byUnit.values()) list.sort((a, b) => a - b);
  all.sort((a, b) => a - b);
  const overall = all.length === 0 ? UNKNOWN_SECONDS : median(all);

  const durations = new Map<string, number>();
  const unitMedians = new Map<string, number>();
  let matched = 0;
  let estimated = 0;
  for (const id of tests) {
    if (durations.has(id)) continue;
    const seconds = known.get(id);
    if (seconds !== undefined) {
      durations.set(id, seconds);
      matched++;
      continue;
    }
    const unit = unitOf(framework, id);
    let guess = unitMedians.get(unit);
    if (guess === undefined) {
      const list = byUnit.get(unit);
      guess = Math.max(list ? median(list) : overall, MIN_ESTIMATE_SECONDS);
      unitMedians.set(unit, guess);
    }
    durations.set(id, guess);
    estimated++;
  }
  let dropped = 0;
  for (const id of known.keys()) if (!durations.has(id)) dropped++;

  const warnings: string[] = [];
  const listed = matched + estimated;
  if (known.size === 0 && listed > 0) {
    warnings.push(`no timings known: each of the ${listed} tests is counted as ${UNKNOWN_SECONDS} s`);
  } else if (listed > 0 && matched * 2 < listed) {
    const exampleTest = tests.find((id) => !known.has(id));
    const exampleKnown = [...known.keys()].find((id) => !durations.has(id));
    warnings.push(
      `only ${matched} of ${listed} test ids have a known duration: are the timings from another ` +
        `rootdir or project (pytest-split issue 100)? e.g. test "${exampleTest ?? ''}"` +
        (exampleKnown === undefined ? '' : `, timing "${exampleKnown}"`),
    );
  }
  return { durations, matched, estimated, dropped, warnings };
}
