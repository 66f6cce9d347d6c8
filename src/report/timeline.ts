/**
 * The parallel run as the job records tell it: one timeline entry per job, the run's figures,
 * and the jobs that did not produce results. Pure: records in, data out.
 */

import { compareStrings, roundMs } from '../order.js';
import type { FoundJob } from '../results/job-record.js';
import type { ParallelFigures, TimelineEntry } from './json.js';
import { printable } from './printable.js';

export interface JobsSummary {
  /** In start order (then job name), so a reader sees the run as it happened. */
  timeline: TimelineEntry[];
  parallel: ParallelFigures;
  /** Jobs that wrote no result file, or whose record says why they could not finish: the run fails (exit 3). */
  broken: TimelineEntry[];
}

const compare = compareStrings;
const round = roundMs;

function secondsOf(job: FoundJob): number {
  return Math.max(0, (Date.parse(job.record.end) - Date.parse(job.record.start)) / 1000);
}

/** Why a job counts as broken, or undefined when its results can speak for it. */
function problemOf(job: FoundJob): string | undefined {
  const r = job.record;
  if (r.error !== undefined) return r.error;
  if (r.results.length === 0) return 'wrote no result file';
  if (job.present === 0) return `none of its result files is there (${r.results.join(', ')})`;
  return undefined;
}

/**
 * The most cores held at one moment: jobs on one host share it, jobs in a matrix each hold
 * their own, and jobs one after another hold the same cores again. Ends sort before starts at
 * the same instant, so back-to-back jobs do not count as overlapping.
 */
function peakCores(jobs: readonly FoundJob[]): number {
  const events = jobs.flatMap((j) => [
    { at: Date.parse(j.record.start), delta: j.record.cores },
    { at: Date.parse(j.record.end), delta: -j.record.cores },
  ]);
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let held = 0;
  let peak = 0;
  for (const e of events) {
    held += e.delta;
    peak = Math.max(peak, held);
  }
  return peak;
}

/**
 * The figures of ParallelFigures (see its comment). `efficiency` divides by the peak cores held
 * at once times the wall, rather than by every job's cores summed: summed cores overstate the
 * capacity of jobs that ran one after another on the same cores (a sequential run of three
 * 2-core suites on a 2-core host had 2 cores, not 6), and equal it when every job overlaps.
 */
export function parallelFigures(jobs: readonly FoundJob[]): ParallelFigures {
  if (jobs.length === 0) return { wall: 0, busy: 0, speedup: 0, efficiency: 0 };
  // Loops, not Math.min(...jobs): a run can have more jobs than a call takes arguments.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const j of jobs) {
    first = Math.min(first, Date.parse(j.record.start));
    last = Math.max(last, Date.parse(j.record.end));
  }
  const wall = Math.max(0, (last - first) / 1000);
  const measured = jobs.every((j) => j.record.cpuSeconds !== undefined);
  const busy = jobs.reduce(
    (sum, j) => sum + (measured ? j.record.cpuSeconds! : secondsOf(j) * j.record.cores),
    0,
  );
  const serial = jobs.reduce((sum, j) => sum + secondsOf(j), 0);
  const capacity = peakCores(jobs) * wall;
  return {
    wall: round(wall),
    busy: round(busy),
    speedup: wall > 0 ? round(serial / wall) : 0,
    efficiency: capacity > 0 ? round(busy / capacity) : 0,
  };
}

export function summarizeJobs(jobs: readonly FoundJob[]): JobsSummary | undefined {
  if (jobs.length === 0) return undefined;
  const entries = jobs.map((job) => {
    const r = job.record;
    const entry: TimelineEntry = {
      job: `${r.suite}-${r.shard}-of-${r.shards}`,
      suite: r.suite,
      shard: r.shard,
      start: r.start,
      end: r.end,
      cores: r.cores,
      runner: r.runner,
      exit: r.exit,
    };
    const problem = problemOf(job);
    if (problem !== undefined) entry.error = problem;
    return entry;
  });
  entries.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || compare(a.job, b.job));
  return {
    timeline: entries,
    parallel: parallelFigures(jobs),
    broken: entries.filter((e) => e.error !== undefined),
  };
}

/** Lines of a broken job's error shown in the console (a server's log tail can be long). */
const ERROR_LINES = 12;

function exitText(exit: number | null): string {
  return exit === null ? 'killed or never started' : `exit ${exit}`;
}

/** The console lines for the jobs: the parallel figures, then each broken job. Pure. */
export function renderJobsConsole(summary: JobsSummary): string {
  const p = summary.parallel;
  const out = [
    '',
    `${summary.timeline.length} jobs: ${p.wall.toFixed(1)} s wall, ${p.busy.toFixed(1)} busy core-seconds, ` +
      `speedup ${p.speedup.toFixed(2)}x, core efficiency ${(p.efficiency * 100).toFixed(0)}%`,
  ];
  if (summary.broken.length > 0) {
    out.push('', `Jobs without results (${summary.broken.length}):`);
    for (const e of summary.broken) {
      // The record is a file in an artifact, which the tests it ran could have rewritten.
      const [first = '', ...rest] = (e.error ?? '').trimEnd().split('\n');
      out.push(`  ${printable(e.job)} (${exitText(e.exit)}, on ${printable(e.runner)}): ${printable(first)}`);
      for (const line of rest.slice(0, ERROR_LINES - 1)) out.push(`    ${printable(line.trimEnd())}`);
      if (rest.length >= ERROR_LINES)
        out.push(`    … ${rest.length - ERROR_LINES + 1} more line(s) in the job's record`);
    }
  }
  return `${out.join('\n')}\n`;
}
