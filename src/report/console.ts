import type { Aggregate, MergedTest, SuiteSummary } from '../results/aggregate.js';
import type { Comparison, TestRef } from './comparison.js';
import { failureMessage } from './json.js';
import { printable } from './printable.js';
import { type JobsSummary, renderJobsConsole } from './timeline.js';

export interface ConsoleOptions {
  /** Failures listed before "N more not shown". */
  maxFailures?: number;
  /** Patterns that matched no file where the user allowed that (errors are files[] entries). */
  unmatched?: string[];
  /** ANSI colours (the caller decides: a TTY, and NO_COLOR unset). */
  color?: boolean;
  /** The job records' timeline and parallel figures, when there were any. */
  jobs?: JobsSummary;
  /** This run against a base run. */
  comparison?: Comparison;
  /** One line on coverage (coverage/render.ts). */
  coverageLine?: string;
  /** The whole run's wall seconds as its caller timed it (run: image, server and suites). */
  totalSeconds?: number;
  /** Where the detailed results are, e.g. "TestResults/run-1 (result files, logs, job records)". */
  results?: string[];
}

/**
 * Colour only on a terminal, and never when NO_COLOR is set to anything but the empty string
 * (no-color.org).
 */
export function wantsColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && !env.NO_COLOR;
}

/** SGR codes for the few things worth a colour: a verdict, a failure mark, a hint. */
const SGR = { red: '31', green: '32', yellow: '33', bold: '1', dim: '2' } as const;

type Paint = (style: keyof typeof SGR, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (style, text) => `\x1b[${SGR[style]}m${text}\x1b[0m` : (_style, text) => text;
}

/** 12,345: thousands separated, the same on every machine (and without Intl's start-up cost). */
function n(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function duration(seconds: number): string {
  // A sum of absurd durations from a broken file must not print "Infinity min NaN s".
  if (!Number.isFinite(seconds) || seconds < 0) return '-';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
  const m = Math.floor(seconds / 60);
  return `${m} min ${Math.round(seconds - m * 60)} s`;
}

function where(test: MergedTest): string {
  const loc = test.location;
  if (!loc) return '';
  return ` (${printable(loc.file)}${loc.line !== undefined ? `:${loc.line}` : ''})`;
}

/**
 * Cells padded to their column (the first `left` columns to the left, numbers to the right).
 * Loops, not Math.max(...rows): 200,000 suites are more arguments than a call can take.
 */
function table(rows: string[][], left = 1): string[][] {
  const widths = rows[0]!.map(() => 0);
  for (const r of rows) {
    for (let i = 0; i < r.length; i++) widths[i] = Math.max(widths[i]!, r[i]!.length);
  }
  return rows.map((r) =>
    r.map((cell, i) => (i < left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))),
  );
}

function indent(text: string, prefix: string, maxLines: number): string[] {
  const lines = text.split('\n');
  const shown = lines.slice(0, maxLines).map((l) => prefix + printable(l.trimEnd()));
  if (lines.length > maxLines) shown.push(`${prefix}… (${lines.length - maxLines} more lines)`);
  return shown;
}

function suiteFailed(s: { failed: number; errors: number }): boolean {
  return s.failed + s.errors > 0;
}

function ref(r: TestRef): string {
  return `${r.suite ? `${printable(r.suite)} › ` : ''}${printable(r.id)}`;
}

/**
 * The seed's closing block: each suite's verdict with its counts, then the suites whose jobs
 * wrote no results. A suite with such a job failed, whatever its other shards said.
 */
function suiteLines(aggregate: Aggregate, jobs: JobsSummary | undefined, paint: Paint): string[] {
  const brokenSuites = new Set((jobs?.broken ?? []).map((e) => e.suite));
  const rows: { failed: boolean; cells: string[] }[] = [];
  const seen = new Set<string>();
  const cells = (s: SuiteSummary) => [
    n(s.tests),
    n(s.passed),
    n(s.failed),
    n(s.errors),
    n(s.skipped),
    n(s.flaky),
    duration(s.duration),
    s.wall === null ? '-' : duration(s.wall),
  ];
  for (const s of aggregate.suites) {
    seen.add(s.name);
    const failed = suiteFailed(s) || brokenSuites.has(s.name);
    rows.push({ failed, cells: [s.name === '' ? '(unnamed)' : printable(s.name), ...cells(s)] });
  }
  for (const name of brokenSuites) {
    if (!seen.has(name))
      rows.push({ failed: true, cells: [printable(name), '-', '-', '-', '-', '-', '-', '-', '-'] });
  }
  if (rows.length === 0) return [];
  const head = ['', 'suite', 'tests', 'passed', 'failed', 'errors', 'skipped', 'flaky', 'time', 'wall'];
  const padded = table([head, ...rows.map((r) => [r.failed ? '✗ FAILED' : '✓ PASSED', ...r.cells])], 2);
  return padded.map((cells, i) => {
    const [status, ...rest] = cells;
    if (i === 0) return `  ${[status, ...rest].join('  ')}`;
    const verdict = rows[i - 1]!.failed ? paint('red', status!) : paint('green', status!);
    return `  ${[verdict, ...rest].join('  ')}`;
  });
}

function comparisonLines(c: Comparison, maxListed: number, paint: Paint): string[] {
  const parts: string[] = [];
  const count = (k: number, one: string, many = `${one}s`) => `${n(k)} ${k === 1 ? one : many}`;
  parts.push(count(c.newFailures.length, 'new failure'));
  parts.push(`${n(c.fixed.length)} fixed`);
  if (c.added.length > 0) parts.push(`${n(c.added.length)} added`);
  if (c.removed.length > 0) parts.push(`${n(c.removed.length)} removed`);
  const signed = (v: number, unit = '') =>
    `${v > 0 ? '+' : v < 0 ? '-' : '±'}${unit === 's' ? duration(Math.abs(v)) : n(Math.abs(v))}`;
  parts.push(`tests ${signed(c.tests.change)}`);
  parts.push(`test time ${signed(c.duration.change, 's')}`);
  if (c.wall) parts.push(`wall ${signed(c.wall.change, 's')}`);
  const out = [`Compared with ${printable(c.base)}: ${parts.join(', ')}`];
  for (const r of c.newFailures.slice(0, maxListed)) out.push(`  ${paint('red', 'NEW  ')} ${ref(r)}`);
  if (c.newFailures.length > maxListed)
    out.push(paint('dim', `  … ${n(c.newFailures.length - maxListed)} more new failures not shown`));
  for (const r of c.fixed.slice(0, maxListed)) out.push(`  ${paint('green', 'FIXED')} ${ref(r)}`);
  if (c.fixed.length > maxListed)
    out.push(paint('dim', `  … ${n(c.fixed.length - maxListed)} more fixed not shown`));
  for (const note of c.notes) out.push(`  (${printable(note)})`);
  return out;
}

/**
 * The text a person reads in a terminal or a job log, in the seed script's shape: what was
 * read, the failures with their messages, then the verdict per suite (`✓ PASSED` / `✗ FAILED`),
 * the parallel figures, the total time and where the detailed results are. Pure: returns the
 * text; colour only when the caller asks for it.
 */
export function renderConsoleSummary(aggregate: Aggregate, options: ConsoleOptions = {}): string {
  const maxFailures = options.maxFailures ?? 30;
  const paint = painter(options.color === true);
  const t = aggregate.totals;
  const out: string[] = [];
  const parts = [`${n(t.passed)} passed`];
  if (t.failed) parts.push(paint('red', `${n(t.failed)} failed`));
  if (t.errors) parts.push(paint('red', `${n(t.errors)} errors`));
  if (t.skipped) parts.push(`${n(t.skipped)} skipped`);
  if (t.flaky) parts.push(paint('yellow', `${n(t.flaky)} flaky`));
  const readable = aggregate.files.filter((f) => f.error === undefined).length;
  out.push(
    `${n(t.tests)} tests in ${n(aggregate.files.length)} result files: ${parts.join(', ')} (${duration(t.duration)} of test time)`,
  );

  if (aggregate.failures.length > 0) {
    out.push('', paint('bold', `Failures (${n(aggregate.failures.length)}):`));
    for (const test of aggregate.failures.slice(0, maxFailures)) {
      const mark = test.status === 'errored' ? 'ERROR' : 'FAIL ';
      out.push(
        `  ${paint('red', mark)} ${test.suite ? `${printable(test.suite)} › ` : ''}${printable(test.id)}${where(test)}`,
      );
      for (const line of indent(failureMessage(test), '        ', 6)) out.push(line);
    }
    const more = aggregate.failures.length - maxFailures;
    if (more > 0) out.push(paint('dim', `  … ${n(more)} more not shown (see the JSON report)`));
  }

  if (aggregate.flaky.length > 0) {
    out.push(
      '',
      paint(
        'bold',
        `Flaky (failed, then passed on a rerun; counted as passed) (${n(aggregate.flaky.length)}):`,
      ),
    );
    for (const test of aggregate.flaky.slice(0, maxFailures)) {
      out.push(
        `  ${paint('yellow', 'FLAKY')} ${test.suite ? `${printable(test.suite)} › ` : ''}${printable(test.id)} (${test.runs} runs)${where(test)}`,
      );
    }
    const more = aggregate.flaky.length - maxFailures;
    if (more > 0) out.push(paint('dim', `  … ${n(more)} more not shown`));
  }

  const broken = aggregate.files.filter((f) => f.error !== undefined);
  if (broken.length > 0) {
    out.push(
      '',
      paint('bold', `Input problems (${readable} of ${aggregate.files.length} files read in full):`),
    );
    for (const f of broken) out.push(`  ${printable(f.path)}: ${printable(f.error ?? '')}`);
  }
  const unmatched = options.unmatched ?? [];
  if (aggregate.warnings.length > 0 || unmatched.length > 0) {
    out.push('', paint('bold', 'Warnings:'));
    for (const pattern of unmatched) out.push(`  no file matches "${printable(pattern)}" (allowed)`);
    for (const w of aggregate.warnings.slice(0, 20))
      out.push(`  ${printable(w.path)}: ${printable(w.message)}`);
    if (aggregate.warnings.length > 20) out.push(paint('dim', `  … ${aggregate.warnings.length - 20} more`));
  }

  // Loops, not push(...lines): 200,000 suites are more arguments than a call can take.
  const add = (lines: string[]) => {
    for (const line of lines) out.push(line);
  };
  if (options.comparison) add(['', ...comparisonLines(options.comparison, 10, paint)]);
  const suites = suiteLines(aggregate, options.jobs, paint);
  if (suites.length > 0) {
    out.push('');
    add(suites);
  }
  // renderJobsConsole starts with its own blank line.
  if (options.jobs) add(printableLines(renderJobsConsole(options.jobs)));
  if (options.coverageLine) out.push('', options.coverageLine);

  out.push('', paint('bold', `Total time: ${totalTime(aggregate, options)}`));
  const results = options.results ?? [];
  out.push(
    results.length > 0
      ? `Results: ${results.join('; ')}`
      : `Results: the ${n(aggregate.files.length)} result files read (a JSON or HTML report keeps them in one file)`,
  );
  return `${out.join('\n')}\n`;
}

/** Lines of text built from job records (their errors come from files): escaped, never obeyed. */
function printableLines(text: string): string[] {
  return text.replace(/\n$/, '').split('\n').map(printable);
}

function totalTime(aggregate: Aggregate, options: ConsoleOptions): string {
  if (options.totalSeconds !== undefined) return duration(options.totalSeconds);
  const p = options.jobs?.parallel;
  if (p === undefined) {
    // Without job records, the most a report tells is each suite's own wall.
    let longest: number | undefined;
    for (const s of aggregate.suites) if (s.wall !== null) longest = Math.max(longest ?? 0, s.wall);
    return longest === undefined
      ? `${duration(aggregate.totals.duration)} of test time (no job records, no suite times)`
      : `${duration(longest)} (the longest suite as its report states it; no job records)`;
  }
  const serial = options.jobs!.timeline.reduce(
    (sum, e) => sum + Math.max(0, (Date.parse(e.end) - Date.parse(e.start)) / 1000),
    0,
  );
  return `${duration(p.wall)} (${duration(serial)} one job after another)`;
}
