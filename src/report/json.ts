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

/** One suite's ids by status, statuses in a fixed order, ids sorted. */
function suiteEntry(ids: ReadonlyMap<TestStatus, string[]>): Partial<Record<TestStatus, string[]>> {
  return Object.fromEntries(STATUSES.filter((s) => ids.has(s)).map((s) => [s, ids.get(s)!.sort()]));
}

/** The ids of every test, grouped compactly (one string per test in the JSON, not an object). */
export function reportTests(aggregate: Pick<Aggregate, 'testsBySuite'>): ReportTests {
  const entries: [string, Partial<Record<TestStatus, string[]>>][] = [];
  for (const { suite, ids } of aggregate.testsBySuite()) entries.push([suite, suiteEntry(ids)]);
  // fromEntries defines own properties: a suite called "__proto__" stays a key, not a prototype.
  return Object.fromEntries(entries);
}

/** Where a report's `tests` can be written from without building them all (see reportPieces). */
const TESTS_SOURCE = Symbol('tests source');

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

/** The message and the details, the message once when the details repeat it (pytest's do). */
export function failureBody(test: MergedTest): string {
  const message = failureMessage(test);
  const details = test.shown.details;
  if (details === undefined || details === '') return message;
  return details.includes(message) ? details : `${message}\n\n${details}`;
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
  // Built on first read (the comparison, a saved base report): for millions of tests the ids
  // are most of the report, and writing it (reportPieces) needs only one suite's at a time.
  let tests: ReportTests | undefined;
  Object.defineProperty(report, 'tests', {
    enumerable: true,
    configurable: true,
    get: () => (tests ??= reportTests(aggregate)),
    set: (value: ReportTests) => {
      tests = value;
    },
  });
  Object.defineProperty(report, TESTS_SOURCE, { value: () => (tests === undefined ? aggregate : undefined) });
  return report;
}

export function stringifyReport(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A value as JSON.stringify(_, null, 2) writes it one level in (a key of the report). */
function nested(value: unknown): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, '\n  ');
}

/** Ids written into one piece of a suite's entry: a suite of 250,000 tests is not one string. */
const IDS_PER_PIECE = 4096;

/**
 * One suite's entry under `tests`, as JSON.stringify(report, null, 2) writes it, in pieces of
 * at most IDS_PER_PIECE ids (the 1 GB output-heavy file is one suite: as one string its entry
 * took 88 MB of the process's peak).
 */
function* suiteText(suite: string, ids: ReadonlyMap<TestStatus, string[]>): Generator<string> {
  let text = `    ${JSON.stringify(suite)}: {`;
  let first = true;
  for (const status of STATUSES) {
    const list = ids.get(status);
    if (list === undefined) continue;
    list.sort();
    text += `${first ? '' : ','}\n      ${JSON.stringify(status)}: [`;
    for (let i = 0; i < list.length; i++) {
      text += `${i === 0 ? '' : ','}\n        ${JSON.stringify(list[i])}`;
      if (i % IDS_PER_PIECE === IDS_PER_PIECE - 1) {
        yield text;
        text = '';
      }
    }
    text += '\n      ]';
    first = false;
  }
  yield `${text}\n    }`;
}

/**
 * The text of stringifyReport in pieces, to be written one after another: the same bytes, but
 * arrays come an element at a time and the test ids one suite at a time straight from the
 * aggregate (when nothing has read `tests` yet), so a report of millions of tests is never one
 * string nor one object.
 */
export function* reportPieces(report: JsonReport): Generator<string> {
  const source = (report as { [TESTS_SOURCE]?: () => Pick<Aggregate, 'testsBySuite'> | undefined })[
    TESTS_SOURCE
  ]?.();
  let first = true;
  for (const key of Object.keys(report)) {
    const streamed = key === 'tests' && source !== undefined;
    // Read only when not streamed: reading `tests` builds them all.
    const value = streamed ? undefined : (report as unknown as Record<string, unknown>)[key];
    // Like JSON.stringify: a key whose value is undefined (or a function) is left out.
    if (!streamed && (value === undefined || typeof value === 'function')) continue;
    const lead = `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (streamed) {
      let open = false;
      for (const { suite, ids } of source!.testsBySuite()) {
        yield open ? ',\n' : `${lead}{\n`;
        yield* suiteText(suite, ids);
        open = true;
      }
      yield open ? '\n  }' : `${lead}{}`;
    } else if (Array.isArray(value) && value.length > 0) {
      for (let i = 0; i < value.length; i++) {
        yield `${i === 0 ? `${lead}[` : ','}\n    ${nested(value[i]).replace(/\n/g, '\n  ')}`;
      }
      yield '\n  ]';
    } else {
      yield `${lead}${nested(value)}`;
    }
  }
  yield first ? '{}\n' : '\n}\n';
}
