import { compareStrings } from '../order.js';
import { type Location, locateFailure, type RepositoryFiles } from './locate.js';
import { type FileResult, isFailing, type ResultFormat, type TestCase, type TestStatus } from './model.js';

export interface Counts {
  tests: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  flaky: number;
  /** Seconds spent in tests, every run counted. */
  duration: number;
}

export interface SuiteSummary extends Counts {
  name: string;
  /** Wall seconds the suite took as its reports state it (shards in parallel: the longest), or null. */
  wall: number | null;
}

export interface FileSummary {
  path: string;
  format: ResultFormat | null;
  tests: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  error?: string;
}

/** One distinct test after all its runs (retries, re-run shards, repeated files) are merged. */
export interface MergedTest {
  suite: string;
  id: string;
  status: TestStatus;
  flaky: boolean;
  runs: number;
  /** The run that decides what a reader sees: the last failing run, else the last run. */
  shown: TestCase;
  /** Where it failed, for failures and flaky tests, when it can be told. */
  location?: Location;
}

export interface AggregateOptions {
  /** The repository's files, to map runner paths in reports and stack traces onto. */
  repository?: RepositoryFiles;
}

export interface Aggregate {
  totals: Counts;
  suites: SuiteSummary[];
  files: FileSummary[];
  tests: MergedTest[];
  /** Failed and errored tests, in suite then id order. */
  failures: MergedTest[];
  flaky: MergedTest[];
  warnings: { path: string; message: string }[];
}

const SEP = '\u0000';

/**
 * The identity of a test across runs: suite, class, name and (when known) file. The suite
 * matters where the class is empty (jest-junit names the suite after the file and leaves
 * classname blank, so equal test names in two files are two tests). A case with no name has
 * no identity to match on: undefined, and it is never merged with another.
 */
export function testKey(test: TestCase): string | undefined {
  if (test.name === '') return undefined;
  return test.suite + SEP + test.className + SEP + test.name + SEP + (test.file ?? '');
}

export function testId(test: Pick<TestCase, 'className' | 'name'>): string {
  return test.className === '' ? test.name : `${test.className}.${test.name}`;
}

function emptyCounts(): Counts {
  return { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, duration: 0 };
}

interface Runs {
  first: TestCase;
  lastFailing?: TestCase;
  last: TestCase;
  runs: number;
  /** Tests this stands for: 1, or a declared count (TestCase.count), the largest of its runs. */
  count: number;
  duration: number;
  passed: boolean;
  failed: boolean;
  errored: boolean;
  flaky: boolean;
}

/**
 * The status of a test from all its runs: one that failed and also passed is flaky (counted
 * once, as passed, and listed); otherwise the most severe run decides (error > failure >
 * pass > skip), as in the common convention the corpus expectations follow.
 */
function mergedStatus(r: Runs): { status: TestStatus; flaky: boolean } {
  if (r.passed && (r.failed || r.errored)) return { status: 'passed', flaky: true };
  if (r.errored) return { status: 'errored', flaky: false };
  if (r.failed) return { status: 'failed', flaky: false };
  if (r.passed) return { status: 'passed', flaky: r.flaky };
  return { status: 'skipped', flaky: false };
}

function mergeRuns(cases: Iterable<TestCase>): Map<string, Runs> {
  const byKey = new Map<string, Runs>();
  let unnamed = 0;
  for (const test of cases) {
    const key = testKey(test) ?? `${SEP}unnamed${SEP}${unnamed++}`;
    let r = byKey.get(key);
    if (!r) {
      r = {
        first: test,
        last: test,
        runs: 0,
        count: 1,
        duration: 0,
        passed: false,
        failed: false,
        errored: false,
        flaky: false,
      };
      byKey.set(key, r);
    }
    r.runs++;
    if (test.count !== undefined && test.count > r.count) r.count = test.count;
    r.duration += test.duration;
    r.last = test;
    if (test.status === 'passed') r.passed = true;
    else if (test.status === 'failed') r.failed = true;
    else if (test.status === 'errored') r.errored = true;
    if (isFailing(test)) r.lastFailing = test;
    if (test.flaky) r.flaky = true;
  }
  return byKey;
}

function add(counts: Counts, status: TestStatus, flaky: boolean, n: number): void {
  counts.tests += n;
  if (status === 'passed') counts.passed += n;
  else if (status === 'failed') counts.failed += n;
  else if (status === 'errored') counts.errors += n;
  else counts.skipped += n;
  if (flaky) counts.flaky += n;
}

/** Counts for one set of runs, merged per test (used per file, and for everything). */
export function countTests(cases: Iterable<TestCase>): Counts {
  const counts = emptyCounts();
  for (const r of mergeRuns(cases).values()) {
    const { status, flaky } = mergedStatus(r);
    add(counts, status, flaky, r.count);
    counts.duration += r.duration;
  }
  return counts;
}

/** Many files from many jobs into one model. Pure: files in, summary out. */
export function aggregateResults(files: readonly FileResult[], options: AggregateOptions = {}): Aggregate {
  const totals = emptyCounts();
  const suites = new Map<string, SuiteSummary>();
  const walls = new Map<string, number>();
  const warnings: Aggregate['warnings'] = [];
  const fileSummaries: FileSummary[] = [];

  function* allCases(): Generator<TestCase> {
    for (const file of files) yield* file.cases;
  }

  for (const file of files) {
    const c = countTests(file.cases);
    const summary: FileSummary = {
      path: file.path,
      format: file.format ?? null,
      tests: c.tests,
      passed: c.passed,
      failed: c.failed,
      errors: c.errors,
      skipped: c.skipped,
    };
    if (file.error !== undefined) summary.error = file.error;
    fileSummaries.push(summary);
    for (const message of file.warnings) warnings.push({ path: file.path, message });
    for (const [suite, seconds] of Object.entries(file.walls)) {
      walls.set(suite, Math.max(walls.get(suite) ?? 0, seconds));
    }
  }

  const tests: MergedTest[] = [];
  for (const r of mergeRuns(allCases()).values()) {
    const { status, flaky } = mergedStatus(r);
    const shown = r.lastFailing ?? r.last;
    const merged: MergedTest = {
      suite: r.first.suite,
      id: testId(r.first),
      status,
      flaky,
      runs: r.runs,
      shown,
    };
    if (r.lastFailing) {
      const location = locateFailure(r.lastFailing, options.repository);
      if (location) merged.location = location;
    }
    tests.push(merged);
    add(totals, status, flaky, r.count);
    let suite = suites.get(merged.suite);
    if (!suite) {
      suite = { name: merged.suite, ...emptyCounts(), wall: null };
      suites.set(merged.suite, suite);
    }
    add(suite, status, flaky, r.count);
    suite.duration += r.duration;
    totals.duration += r.duration;
  }
  for (const suite of suites.values()) suite.wall = walls.get(suite.name) ?? null;

  tests.sort((a, b) => compareStrings(a.suite, b.suite) || compareStrings(a.id, b.id));
  return {
    totals,
    suites: [...suites.values()].sort((a, b) => compareStrings(a.name, b.name)),
    files: fileSummaries,
    tests,
    failures: tests.filter(isFailing),
    flaky: tests.filter((t) => t.flaky),
    warnings,
  };
}
