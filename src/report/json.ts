import { roundMs } from '../order.js';
import type { Aggregate, Counts, FileSummary, MergedTest, SuiteSummary } from '../results/aggregate.js';

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
}

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
  return report;
}

export function stringifyReport(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
