/**
 * This run against a base run (the base branch's newest report from the cache, or a file the
 * user names): two JSON reports in, what changed out. Pure; the markdown section is rendered
 * here too, with its lists capped so that it fits the comment and the check run.
 */

import { compareStrings, roundMs } from '../order.js';
import type { TestStatus } from '../results/model.js';
import type { JsonReport } from './json.js';
import { escapeMarkdown, formatCount, formatDuration } from './text-format.js';

/** A signed change: +22.0s, −1m 04s, ±0s. */
function secondsChange(change: number): string {
  if (Math.abs(change) < 0.005) return '±0s';
  return `${change > 0 ? '+' : '−'}${formatDuration(Math.abs(change))}`;
}

function countChange(change: number): string {
  if (change === 0) return '±0';
  return `${change > 0 ? '+' : '−'}${formatCount(Math.abs(change))}`;
}

export interface TestRef {
  suite: string;
  id: string;
}

export interface Change {
  base: number;
  current: number;
  change: number;
}

export interface Comparison {
  /** What the base was: "main @ 1a2b3c4" or the file's path. */
  base: string;
  tests: Change;
  failed: Change;
  /** Seconds spent in tests, summed over every run. */
  duration: Change;
  /** Wall seconds of the parallel run, when both reports have job records. */
  wall?: Change;
  /** Failing now (failed or errored), not failing in the base: a new test that fails counts. */
  newFailures: TestRef[];
  /** Failing in the base, passing now. */
  fixed: TestRef[];
  /** In this run, not in the base. Empty when the base has no test ids (see `notes`). */
  added: TestRef[];
  removed: TestRef[];
  /** What could not be compared and why (e.g. a base written before reports had test ids). */
  notes: string[];
}

const SEP = '\u0000';

function keyOf(suite: string, id: string): string {
  return suite + SEP + id;
}

function refOf(key: string): TestRef {
  const at = key.indexOf(SEP);
  return { suite: key.slice(0, at), id: key.slice(at + 1) };
}

/** Every test's status by key; undefined when the report has no test ids. */
function statusesOf(report: JsonReport): Map<string, TestStatus> | undefined {
  if (!report.tests) return undefined;
  const out = new Map<string, TestStatus>();
  for (const [suite, statuses] of Object.entries(report.tests)) {
    for (const [status, ids] of Object.entries(statuses)) {
      for (const id of ids ?? []) out.set(keyOf(suite, id), status as TestStatus);
    }
  }
  return out;
}

function failingOf(report: JsonReport): Set<string> {
  return new Set(report.failures.map((f) => keyOf(f.suite, f.id)));
}

function change(base: number, current: number): Change {
  return { base, current, change: roundMs(current - base) };
}

const byKey = compareStrings;

function refs(keys: Iterable<string>): TestRef[] {
  return [...keys].sort(byKey).map(refOf);
}

export function compareReports(current: JsonReport, base: JsonReport, label: string): Comparison {
  const failingNow = failingOf(current);
  const failingBefore = failingOf(base);
  const now = statusesOf(current);
  const before = statusesOf(base);
  const notes: string[] = [];

  const newFailures = [...failingNow].filter((k) => !failingBefore.has(k));
  // Fixed: passing now. A base failure that is skipped now, or gone, is not fixed.
  const fixed = [...failingBefore].filter((k) => !failingNow.has(k) && now?.get(k) === 'passed');
  let added: string[] = [];
  let removed: string[] = [];
  if (now && before) {
    added = [...now.keys()].filter((k) => !before.has(k));
    removed = [...before.keys()].filter((k) => !now.has(k));
  } else {
    notes.push(
      `${before ? 'this' : 'the base'} report has no test ids (written by an older version): new and removed tests${now ? '' : ' and fixed tests'} cannot be told`,
    );
  }
  const comparison: Comparison = {
    base: label,
    tests: change(base.totals.tests, current.totals.tests),
    failed: change(base.totals.failed + base.totals.errors, current.totals.failed + current.totals.errors),
    duration: change(base.totals.duration, current.totals.duration),
    newFailures: refs(newFailures),
    fixed: refs(fixed),
    added: refs(added),
    removed: refs(removed),
    notes,
  };
  if (base.parallel && current.parallel) comparison.wall = change(base.parallel.wall, current.parallel.wall);
  return comparison;
}

/** Whether anything a reviewer would want to hear about changed (the comment's `changes` mode). */
export function hasChanges(comparison: Comparison): boolean {
  return (
    comparison.newFailures.length +
      comparison.fixed.length +
      comparison.added.length +
      comparison.removed.length >
    0
  );
}

export interface ComparisonMarkdownOptions {
  /** Tests listed per list before "N more not shown". */
  maxListed?: number;
  /** Heading level prefix, e.g. "###". */
  heading?: string;
}

function percent(c: Change): string {
  if (c.base === 0) return '';
  const p = (c.change / c.base) * 100;
  return ` (${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(1)}%)`;
}

function listOf(title: string, tests: TestRef[], max: number): string[] {
  if (tests.length === 0) return [];
  const out = [`<details><summary>${title} (${formatCount(tests.length)})</summary>`, ''];
  for (const t of tests.slice(0, max)) {
    out.push(`- ${t.suite === '' ? '' : `${escapeMarkdown(t.suite)} › `}${escapeMarkdown(t.id)}`);
  }
  if (tests.length > max) out.push(`- … ${formatCount(tests.length - max)} more not shown`);
  out.push('', '</details>', '');
  return out;
}

/** The comparison as a markdown section for the job summary, the PR comment and the check run. */
export function renderComparisonMarkdown(
  comparison: Comparison,
  options: ComparisonMarkdownOptions = {},
): string {
  const max = options.maxListed ?? 25;
  const heading = options.heading ?? '###';
  const c = comparison;
  const rows = [
    '| | base | this run | change |',
    '|---|---:|---:|---:|',
    `| tests | ${formatCount(c.tests.base)} | ${formatCount(c.tests.current)} | ${countChange(c.tests.change)} |`,
    `| failed | ${formatCount(c.failed.base)} | ${formatCount(c.failed.current)} | ${countChange(c.failed.change)} |`,
    `| test time | ${formatDuration(c.duration.base)} | ${formatDuration(c.duration.current)} | ${secondsChange(c.duration.change)}${percent(c.duration)} |`,
  ];
  if (c.wall) {
    rows.push(
      `| wall time | ${formatDuration(c.wall.base)} | ${formatDuration(c.wall.current)} | ${secondsChange(c.wall.change)}${percent(c.wall)} |`,
    );
  }
  const counts = [
    `**${formatCount(c.newFailures.length)}** new ${c.newFailures.length === 1 ? 'failure' : 'failures'}`,
    `**${formatCount(c.fixed.length)}** fixed`,
    `${formatCount(c.added.length)} new ${c.added.length === 1 ? 'test' : 'tests'}`,
    `${formatCount(c.removed.length)} removed`,
  ];
  const out = [
    `${heading} Compared with ${escapeMarkdown(c.base)}`,
    '',
    counts.join(' · '),
    '',
    ...rows,
    '',
    ...listOf('New failures', c.newFailures, max),
    ...listOf('Fixed', c.fixed, max),
    ...listOf('New tests', c.added, max),
    ...listOf('Removed tests', c.removed, max),
  ];
  for (const note of c.notes) out.push(`> ${escapeMarkdown(note)}`, '');
  return `${out.join('\n').trimEnd()}\n`;
}
