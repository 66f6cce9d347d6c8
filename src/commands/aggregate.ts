/**
 * The aggregate command, shared by the CLI and the action: collect (shell) -> aggregate and
 * render (pure) -> write the JSON report once. Publishing (console, outputs) is the caller's.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderCoverageLine } from '../coverage/render.js';
import { describeError, EXIT, InputError } from '../errors.js';
import { execProcess } from '../exec.js';
import { trackedFiles } from '../git.js';
import { compareReports } from '../report/comparison.js';
import { type ConsoleOptions, renderConsoleSummary } from '../report/console.js';
import { renderHtmlReport } from '../report/html.js';
import { type JsonReport, renderJsonReport, reportPieces } from '../report/json.js';
import { type JobsSummary, summarizeJobs } from '../report/timeline.js';
import { type Aggregate, ResultFold } from '../results/aggregate.js';
import { collectResults } from '../results/collect.js';
import { RepositoryFiles } from '../results/locate.js';
import type { BaseReport } from './base-report.js';
import { type CoverageSettings, coverageExitCode, gatherCoverage } from './coverage.js';
import { appendHistory, snapshotOfTimed, type TimingHistory } from './history.js';

export interface AggregateSettings {
  /** Globs or paths of result files; "!" excludes. */
  patterns: string[];
  cwd: string;
  /** A pattern matching nothing is a warning instead of an error. */
  allowEmpty: boolean;
  /** Where to write the JSON report, if anywhere. */
  jsonPath?: string;
  /** Where to write the HTML report (one self-contained page), if anywhere. */
  htmlPath?: string;
  /** The timing history to append this run's durations to (for the next plan): restored first, saved after. */
  history?: TimingHistory;
  /** Cobertura files to merge, and the threshold the total must meet. */
  coverage?: CoverageSettings;
  /** A base run's report to compare with (commands/base-report.ts finds it). */
  base?: BaseReport;
  /** How the console text is told: colour, the run's own time, where else its results are. */
  console?: Pick<ConsoleOptions, 'color' | 'totalSeconds' | 'results'>;
}

export interface AggregateOutcome {
  aggregate: Aggregate;
  report: JsonReport;
  console: string;
  exitCode: number;
  /** From the job records found beside the results, when there were any. */
  jobs?: JobsSummary;
  /** Files this run could not write (a full disk): each a message naming the file; exit code 3. */
  unwritten?: string[];
}

/** The repository's tracked files, to map runner paths onto (git's, by default). */
export type ListFiles = (cwd: string) => Promise<string[]>;

export const listGitFiles: ListFiles = (cwd) => trackedFiles(execProcess, cwd);

/**
 * Exit code from what was read: a job that produced no results (crashed, timed out, never
 * started) outranks unreadable input, which outranks test failures, because a report that is
 * missing jobs or files cannot say the rest passed.
 */
export function aggregateExitCode(aggregate: Aggregate, jobs?: JobsSummary): number {
  if (jobs && jobs.broken.length > 0) return EXIT.infrastructure;
  if (aggregate.files.some((f) => f.error !== undefined)) return EXIT.badInput;
  if (aggregate.totals.failed + aggregate.totals.errors > 0) return EXIT.testFailures;
  return EXIT.passed;
}

/** Writes the report in pieces (reportPieces): the same text as stringifyReport, never one string. */
async function writeReport(target: string, report: JsonReport): Promise<void> {
  const handle = await open(target, 'w');
  try {
    let batch = '';
    for (const piece of reportPieces(report)) {
      batch += piece;
      if (batch.length >= 256 * 1024) {
        await handle.write(batch);
        batch = '';
      }
    }
    await handle.write(batch);
  } finally {
    await handle.close();
  }
}

export async function runAggregate(
  settings: AggregateSettings,
  listFiles: ListFiles = listGitFiles,
): Promise<AggregateOutcome> {
  if (settings.patterns.length === 0) {
    throw new InputError('no result files given: name at least one file or glob (e.g. "results/**/*.xml")');
  }
  // Exclusions alone read nothing, and "0 tests" would pass.
  if (settings.patterns.every((p) => p.startsWith('!'))) {
    throw new InputError(
      `only exclusions given (${settings.patterns.map((p) => `"${p}"`).join(', ')}): name at least one file or glob to read, e.g. "results/**/*.xml"`,
    );
  }
  // The repository's files first: failures are located as they are read, while their text is whole.
  const repository = new RepositoryFiles(await listFiles(settings.cwd));
  const fold = new ResultFold({ repository });
  // Each file is folded as it streams: no file's cases outlive it (memory grows with distinct tests).
  const collected = await collectResults(settings.patterns, { cwd: settings.cwd, jobRecords: true, fold });
  if (!settings.allowEmpty) {
    for (const pattern of collected.unmatched) {
      fold.addFile({
        path: pattern,
        cases: [],
        warnings: [],
        walls: {},
        error: 'no file matches this pattern',
      });
    }
  }
  const aggregate = fold.finish();
  if (settings.history !== undefined) {
    // The history so far first, so the file saved grows run by run.
    await settings.history.restore();
    const file = settings.history.file;
    await appendHistory(file, snapshotOfTimed(aggregate.timed()), (message) =>
      aggregate.warnings.push({ path: file, message }),
    );
    await settings.history.save();
  }
  const jobs = summarizeJobs(collected.jobs);
  const report = renderJsonReport(aggregate, jobs);
  const coverage = settings.coverage && (await gatherCoverage(settings.coverage, settings.cwd, repository));
  if (coverage) report.coverage = coverage;
  if (settings.base) report.comparison = compareReports(report, settings.base.report, settings.base.label);
  // A report that cannot be written (a full disk) is named; the console and the outputs still
  // get the results, and only the exit code (3) says a file is missing.
  const unwritten: string[] = [];
  const writeOutput = async (what: string, file: string, write: (target: string) => Promise<void>) => {
    const target = path.resolve(settings.cwd, file);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await write(target);
    } catch (err) {
      unwritten.push(`the ${what} ${file} was not written: ${describeError(err)}`);
    }
  };
  if (settings.jsonPath !== undefined)
    await writeOutput('JSON report', settings.jsonPath, (target) => writeReport(target, report));
  if (settings.htmlPath !== undefined) {
    const html = renderHtmlReport(
      {
        aggregate,
        ...(report.timeline ? { timeline: report.timeline } : {}),
        ...(report.parallel ? { parallel: report.parallel } : {}),
      },
      coverage ? { coverage } : {},
    );
    await writeOutput('HTML report', settings.htmlPath, (target) => writeFile(target, html));
  }
  const exitCode = coverageExitCode(aggregateExitCode(aggregate, jobs), coverage);
  return {
    aggregate,
    report,
    console: renderConsoleSummary(aggregate, {
      unmatched: settings.allowEmpty ? collected.unmatched : [],
      ...settings.console,
      ...(jobs ? { jobs } : {}),
      ...(coverage ? { coverageLine: renderCoverageLine(coverage) } : {}),
      ...(report.comparison ? { comparison: report.comparison } : {}),
      results: [
        ...(settings.console?.results ?? []),
        ...(settings.jsonPath !== undefined ? [`JSON report ${settings.jsonPath}`] : []),
        ...(settings.htmlPath !== undefined ? [`HTML report ${settings.htmlPath}`] : []),
      ],
    }),
    exitCode: unwritten.length > 0 ? EXIT.infrastructure : exitCode,
    ...(jobs ? { jobs } : {}),
    ...(unwritten.length > 0 ? { unwritten } : {}),
  };
}
