/**
 * What every renderer reads: the merged model (failures with their text, flaky tests) and, when
 * job records were found, the timeline and the parallel figures of the JSON report. Pure helpers
 * the renderers share, written without spreads (a report can hold 200,000 suites).
 */
import type { Aggregate, MergedTest } from '../results/aggregate.js';
import type { ParallelFigures, TimelineEntry } from './json.js';

export interface ReportInput {
  aggregate: Aggregate;
  /** JsonReport.timeline: one entry per job record. */
  timeline?: TimelineEntry[];
  /** JsonReport.parallel. */
  parallel?: ParallelFigures;
}

/** The run's time for a title: the parallel wall when job records tell it, else the test time. */
export function runSeconds(input: ReportInput): number {
  return input.parallel?.wall ?? input.aggregate.totals.duration;
}

export function jobSeconds(entry: TimelineEntry): number {
  return Math.max(0, (Date.parse(entry.end) - Date.parse(entry.start)) / 1000);
}

/** Seconds of all jobs one after another: what the run would have taken without parallelism. */
export function sumOfJobSeconds(timeline: readonly TimelineEntry[]): number {
  let sum = 0;
  for (const entry of timeline) sum += jobSeconds(entry);
  return sum;
}

/** Timeline entries by start, then job name (a stable order for every renderer). */
export function sortedTimeline(timeline: readonly TimelineEntry[]): TimelineEntry[] {
  return timeline
    .slice()
    .sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.job < b.job ? -1 : a.job > b.job ? 1 : 0),
    );
}

/**
 * The `count` slowest tests (by the duration of the run shown), slowest first; ties keep the
 * model's order. One pass with a small sorted window: no sort of every test.
 */
export function slowestTests(tests: readonly MergedTest[], count: number): MergedTest[] {
  const top: MergedTest[] = [];
  if (count <= 0) return top;
  for (const test of tests) {
    const d = test.shown.duration;
    if (!(d > 0)) continue;
    if (top.length === count && d <= top[top.length - 1]!.shown.duration) continue;
    let i = top.length;
    while (i > 0 && top[i - 1]!.shown.duration < d) i--;
    top.splice(i, 0, test);
    if (top.length > count) top.pop();
  }
  return top;
}

export function suiteFailed(suite: { failed: number; errors: number }): boolean {
  return suite.failed + suite.errors > 0;
}
