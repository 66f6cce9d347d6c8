import type { CoverageSummary } from '../coverage/merge.js';
import { roundMs } from '../order.js';
import type { Aggregate, Counts, FileSummary, MergedTest, SuiteSummary } from '../results/aggregate.js';
import type { TestStatus } from '../results/model.js';
import type { Comparison } from './comparison.js';

/** The JSON report: its keys are a contract (DESIGN.md), so they are spelled out here once. */
export interface JsonReport {
  totals: Counts;
  suites: SuiteSummary[];
  files: FileSummary[];
  failures: { suite: string; id: string; file?: string; line?: number; message: string }[];
  /** One entry per job record found beside the result files (DESIGN.md, Contracts). */
  timeline?: TimelineEntry[];
  /** The parallel run's figures, when job records exist. */
  parallel?: ParallelFigures;
  /**
   * Every test's id by suite and status (ids sorted), so that a later run can tell new and
   * removed tests (report/comparison.ts). Absent from reports written before it was added.
   */
  tests?: ReportTests;
  /** Line coverage merged from every shard's Cobertura files, when `coverage` was given. */
  coverage?: CoverageSummary;
  /** This run against a base run's report (report/comparison.ts), when there was one. */
  comparison?: Comparison;
}

/** suite -> status -> test ids. Flaky tests are under "passed" (as the totals count them). */
export type ReportTests = Record<string, Partial<Record<TestStatus, string[]>>>;

/** The ids of every test, grouped compactly (one string per test in the JSON, not an object). */
export function reportTests(tests: readonly MergedTest[]): ReportTests {
  const bySuite = new Map<string, Map<TestStatus, string[]>>();
  for (const test of tests) {
    let suite = bySuite.get(test.suite);
    if (!suite) {
      suite = new Map();
      bySuite.set(test.suite, suite);
    }
    const ids = suite.get(test.status);
    if (ids) ids.push(test.id);
    else suite.set(test.status, [test.id]);
  }
  // fromEntries defines own properties: a suite called "__proto__" stays a key, not a prototype.
  return Object.fromEntries(
    [...bySuite].map(([suite, statuses]) => [
      suite,
      Object.fromEntries(STATUSES.filter((s) => statuses.has(s)).map((s) => [s, statuses.get(s)!.sort()])),
    ]),
  );
}

const STATUSES: readonly TestStatus[] = ['passed', 'failed', 'errored', 'skipped'];

/** One job (a suite shard) as its job record tells it. */
export interface TimelineEntry {
  /** The artifact-style job name: `<suite>-<shard>-of-<shards>`. */
  job: string;
  suite: string;
  shard: number;
  /** ISO 8601 times. */
  start: string;
  end: string;
  cores: number;
  runner: string;
  exit: number | null;
  /** Why the job produced no results (its record's error, or no result file there): it fails the run. */
  error?: string;
}

/**
 * The parallel run: `wall` seconds from the first job's start to the last job's end; `busy`
 * core-seconds the jobs used (their measured CPU seconds where every record has them, else each
 * job's seconds times its cores); `speedup` = the sum of the jobs' seconds / wall (what running
 * them one after another would have taken, over what it took); `efficiency` = busy / (the most
 * cores held at one moment x wall): 0..1, above 1 only when measured CPU seconds exceed the cores
 * a job was given. (The peak, not the sum over jobs: jobs run one after another reuse the same
 * cores; when every job overlaps, as in a matrix, the two are equal. See report/timeline.ts.)
 */
export interface ParallelFigures {
  wall: number;
  busy: number;
  speedup: number;
  efficiency: number;
}

/** Keys in the order the contract lists them: suite, id, file, line, message. */
function failureOf(test: MergedTest): JsonReport['failures'][number] {
  const loc = test.location;
  return {
    suite: test.suite,
    id: test.id,
    ...(loc ? { file: loc.file } : {}),
    ...(loc?.line !== undefined ? { line: loc.line } : {}),
    message: failureMessage(test),
  };
}

export function failureMessage(test: MergedTest): string {
  const shown = test.shown;
  return shown.message ?? (shown.status === 'errored' ? 'error' : 'failed');
}

export function renderJsonReport(
  aggregate: Aggregate,
  jobs?: { timeline: TimelineEntry[]; parallel: ParallelFigures },
): JsonReport {
  const t = aggregate.totals;
  const report: JsonReport = {
    totals: { ...t, duration: roundMs(t.duration) },
    suites: aggregate.suites.map((s) => ({
      name: s.name,
      tests: s.tests,
      passed: s.passed,
      failed: s.failed,
      errors: s.errors,
      skipped: s.skipped,
      flaky: s.flaky,
      duration: roundMs(s.duration),
      wall: s.wall === null ? null : roundMs(s.wall),
    })),
    files: aggregate.files.map((f) => ({ ...f })),
    failures: aggregate.failures.map(failureOf),
  };
  if (jobs) {
    report.timeline = jobs.timeline.map((e) => ({ ...e }));
    report.parallel = { ...jobs.parallel };
  }
  report.tests = reportTests(aggregate.tests);
  return report;
}

export function stringifyReport(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
