/**
 * The short form of a run shared by the PR comment and the check run's summary: the title
 * line, the suite table, then the comparison with the base run and the coverage, as blocks
 * that a size budget can drop from the end ("N more not shown") with the totals kept. Pure.
 */
import type { CoverageSummary } from '../coverage/merge.js';
import { renderCoverageMarkdown } from '../coverage/render.js';
import type { Aggregate, Counts, SuiteSummary } from '../results/aggregate.js';
import { type Comparison, renderComparisonMarkdown } from './comparison.js';
import type { ParallelFigures } from './json.js';
import { escapeMarkdown, formatCount, formatDuration } from './text-format.js';

export interface BriefInput {
  aggregate: Aggregate;
  parallel?: ParallelFigures;
  comparison?: Comparison;
  coverage?: CoverageSummary;
  /** A line saying why there is no comparison (no base run yet), shown where it would be. */
  comparisonNote?: string;
}

/** "3 failed, 2 flaky, 1,204 passed, 12 skipped in 8m 32s" (flaky tests are among the passed). */
export function renderTitle(totals: Counts, seconds: number): string {
  const parts: string[] = [];
  if (totals.failed > 0) parts.push(`${formatCount(totals.failed)} failed`);
  if (totals.errors > 0)
    parts.push(`${formatCount(totals.errors)} ${totals.errors === 1 ? 'error' : 'errors'}`);
  if (totals.flaky > 0) parts.push(`${formatCount(totals.flaky)} flaky`);
  if (totals.passed > 0) parts.push(`${formatCount(totals.passed)} passed`);
  if (totals.skipped > 0) parts.push(`${formatCount(totals.skipped)} skipped`);
  if (parts.length === 0) return `no tests in ${formatDuration(seconds)}`;
  return `${parts.join(', ')} in ${formatDuration(seconds)}`;
}

/** The per-suite table with a totals row. */
export function renderSuiteTable(
  report: { suites: readonly SuiteSummary[]; totals: Counts },
  options: { maxRows?: number; wall?: number } = {},
): string {
  const cells = (c: Counts) =>
    [c.tests, c.passed, c.failed, c.errors, c.skipped, c.flaky].map(formatCount).join(' | ');
  const shown = Math.min(report.suites.length, options.maxRows ?? Number.POSITIVE_INFINITY);
  let out =
    '| Suite | Tests | Passed | Failed | Errors | Skipped | Flaky | Duration | Wall |\n' +
    '| :-- | --: | --: | --: | --: | --: | --: | --: | --: |\n';
  for (const s of report.suites.slice(0, shown)) {
    const name = s.name === '' ? '(unnamed)' : escapeMarkdown(s.name);
    out += `| ${s.failed + s.errors > 0 ? '❌' : '✅'} ${name} | ${cells(s)} | ${formatDuration(s.duration)} | ${s.wall === null ? '-' : formatDuration(s.wall)} |\n`;
  }
  if (shown < report.suites.length)
    out += `| … ${formatCount(report.suites.length - shown)} more suites not shown | | | | | | | | |\n`;
  const w = options.wall === undefined ? '-' : `**${formatDuration(options.wall)}**`;
  return `${out}| **Total** | ${cells(report.totals).replace(/[\d,]+/g, '**$&**')} | **${formatDuration(report.totals.duration)}** | ${w} |\n`;
}

/** The run's time for a title: the parallel wall when job records tell it, else the test time. */
function runSeconds(input: BriefInput): number {
  return input.parallel?.wall ?? input.aggregate.totals.duration;
}

/** The brief as blocks, most important first: a budget drops them from the end. */
export function renderBriefBlocks(input: BriefInput): string[] {
  const t = input.aggregate.totals;
  const mark = t.failed + t.errors > 0 ? '❌' : '✅';
  const blocks = [`### ${mark} ${renderTitle(t, runSeconds(input))}\n`];
  if (input.aggregate.suites.length > 0) {
    blocks.push(
      renderSuiteTable(input.aggregate, {
        maxRows: 50,
        ...(input.parallel ? { wall: input.parallel.wall } : {}),
      }),
    );
  }
  if (input.comparison) blocks.push(renderComparisonMarkdown(input.comparison));
  else if (input.comparisonNote) blocks.push(`${escapeMarkdown(input.comparisonNote)}\n`);
  if (input.coverage) blocks.push(renderCoverageMarkdown(input.coverage));
  return blocks;
}

/**
 * Joins blocks (separated by a blank line) within `limit` characters: all of them when they
 * fit, else as many from the start as fit beside a closing note naming what was left out.
 * The first block (the totals) is always kept, cut if it alone is too long.
 */
export function fitBlocks(blocks: readonly string[], limit: number, what = 'sections'): string {
  const all = blocks.join('\n');
  if (all.length <= limit) return all;
  const note = (left: number) =>
    `\n_… ${formatCount(left)} more ${what} not shown (over GitHub's size limit)._\n`;
  const reserve = note(blocks.length).length;
  let out = '';
  let kept = 0;
  for (const block of blocks) {
    const next = kept === 0 ? block : `${out}\n${block}`;
    if (next.length + reserve > limit) break;
    out = next;
    kept++;
  }
  if (kept === 0) out = blocks[0]!.slice(0, Math.max(0, limit - reserve - 1)) + '…';
  return out + note(blocks.length - Math.max(kept, 1));
}
