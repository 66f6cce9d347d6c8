import type { Aggregate, MergedTest } from '../results/aggregate.js';
import { failureMessage } from './json.js';
import { printable } from './printable.js';

export interface ConsoleOptions {
  /** Failures listed before "N more not shown". */
  maxFailures?: number;
  /** Patterns that matched no file where the user allowed that (errors are files[] entries). */
  unmatched?: string[];
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

/** Loops, not Math.max(...rows): 200,000 suites are more arguments than a call can take. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map(() => 0);
  for (const r of rows) {
    for (let i = 0; i < r.length; i++) widths[i] = Math.max(widths[i]!, r[i]!.length);
  }
  return rows.map((r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
  );
}

function indent(text: string, prefix: string, maxLines: number): string[] {
  const lines = text.split('\n');
  const shown = lines.slice(0, maxLines).map((l) => prefix + printable(l.trimEnd()));
  if (lines.length > maxLines) shown.push(`${prefix}… (${lines.length - maxLines} more lines)`);
  return shown;
}

/** The plain-text summary a person reads in a terminal or a job log. Pure: returns the text. */
export function renderConsoleSummary(aggregate: Aggregate, options: ConsoleOptions = {}): string {
  const maxFailures = options.maxFailures ?? 30;
  const t = aggregate.totals;
  const out: string[] = [];
  const parts = [`${n(t.passed)} passed`];
  if (t.failed) parts.push(`${n(t.failed)} failed`);
  if (t.errors) parts.push(`${n(t.errors)} errors`);
  if (t.skipped) parts.push(`${n(t.skipped)} skipped`);
  if (t.flaky) parts.push(`${n(t.flaky)} flaky`);
  const readable = aggregate.files.filter((f) => f.error === undefined).length;
  out.push(
    `${n(t.tests)} tests in ${n(aggregate.files.length)} result files: ${parts.join(', ')} (${duration(t.duration)} of test time)`,
  );

  if (aggregate.suites.length > 0) {
    out.push('');
    const rows = [['suite', 'tests', 'passed', 'failed', 'errors', 'skipped', 'flaky', 'time', 'wall']];
    for (const s of aggregate.suites) {
      rows.push([
        s.name === '' ? '(unnamed)' : printable(s.name),
        n(s.tests),
        n(s.passed),
        n(s.failed),
        n(s.errors),
        n(s.skipped),
        n(s.flaky),
        duration(s.duration),
        s.wall === null ? '-' : duration(s.wall),
      ]);
    }
    for (const line of table(rows)) out.push(`  ${line}`);
  }

  if (aggregate.failures.length > 0) {
    out.push('', `Failures (${n(aggregate.failures.length)}):`);
    for (const test of aggregate.failures.slice(0, maxFailures)) {
      const mark = test.status === 'errored' ? 'ERROR' : 'FAIL ';
      out.push(
        `  ${mark} ${test.suite ? `${printable(test.suite)} › ` : ''}${printable(test.id)}${where(test)}`,
      );
      for (const line of indent(failureMessage(test), '        ', 6)) out.push(line);
    }
    const more = aggregate.failures.length - maxFailures;
    if (more > 0) out.push(`  … ${n(more)} more not shown (see the JSON report)`);
  }

  if (aggregate.flaky.length > 0) {
    out.push('', `Flaky (failed, then passed on a rerun; counted as passed) (${n(aggregate.flaky.length)}):`);
    for (const test of aggregate.flaky.slice(0, maxFailures)) {
      out.push(
        `  FLAKY ${test.suite ? `${printable(test.suite)} › ` : ''}${printable(test.id)} (${test.runs} runs)${where(test)}`,
      );
    }
    const more = aggregate.flaky.length - maxFailures;
    if (more > 0) out.push(`  … ${n(more)} more not shown`);
  }

  const broken = aggregate.files.filter((f) => f.error !== undefined);
  if (broken.length > 0) {
    out.push('', `Input problems (${readable} of ${aggregate.files.length} files read in full):`);
    for (const f of broken) out.push(`  ${printable(f.path)}: ${printable(f.error ?? '')}`);
  }
  const unmatched = options.unmatched ?? [];
  if (aggregate.warnings.length > 0 || unmatched.length > 0) {
    out.push('', 'Warnings:');
    for (const pattern of unmatched) out.push(`  no file matches "${printable(pattern)}" (allowed)`);
    for (const w of aggregate.warnings.slice(0, 20))
      out.push(`  ${printable(w.path)}: ${printable(w.message)}`);
    if (aggregate.warnings.length > 20) out.push(`  … ${aggregate.warnings.length - 20} more`);
  }
  return `${out.join('\n')}\n`;
}
