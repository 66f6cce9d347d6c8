/** Coverage as the summary, comment and check run show it, and as the console's lines. Pure. */
import { escapeMarkdown, formatCount } from '../report/text-format.js';
import type { CoverageSummary } from './merge.js';

export interface CoverageMarkdownOptions {
  /** Packages listed before "N more not shown". */
  maxPackages?: number;
}

function pct(value: number): string {
  return `${value.toFixed(2)}%`;
}

/** "83.33% of 1,204 lines covered (threshold 80%: met)". */
export function renderCoverageLine(summary: CoverageSummary): string {
  const t = summary.total;
  const gate = summary.threshold
    ? ` (threshold ${summary.threshold.percent}%: ${summary.threshold.met ? 'met' : 'NOT met'})`
    : '';
  return `coverage ${pct(t.percent)} of ${formatCount(t.lines)} lines (${formatCount(t.covered)} covered, ${formatCount(summary.reports.length)} report${summary.reports.length === 1 ? '' : 's'})${gate}`;
}

export function renderCoverageMarkdown(
  summary: CoverageSummary,
  options: CoverageMarkdownOptions = {},
): string {
  const max = options.maxPackages ?? 30;
  const t = summary.total;
  const gate = summary.threshold
    ? summary.threshold.met
      ? ` ✓ threshold ${summary.threshold.percent}% met`
      : ` ✗ **below the threshold of ${summary.threshold.percent}%**`
    : '';
  const out = [
    '### Coverage',
    '',
    `**${pct(t.percent)}** of ${formatCount(t.lines)} lines covered, merged from ${formatCount(summary.reports.length)} report${summary.reports.length === 1 ? '' : 's'}.${gate}`,
    '',
  ];
  if (summary.packages.length > 0) {
    out.push('| package | lines | covered | % |', '|---|---:|---:|---:|');
    for (const p of summary.packages.slice(0, max)) {
      out.push(
        `| ${p.name === '' ? '(none)' : escapeMarkdown(p.name)} | ${formatCount(p.lines)} | ${formatCount(p.covered)} | ${pct(p.percent)} |`,
      );
    }
    if (summary.packages.length > max) {
      out.push(`| … ${formatCount(summary.packages.length - max)} more not shown | | | |`);
    }
    out.push('');
  }
  const bad = summary.reports.filter((r) => r.error !== undefined);
  for (const r of bad) out.push(`> ⚠ ${escapeMarkdown(r.path)}: ${escapeMarkdown(r.error!)}`, '');
  return `${out.join('\n').trimEnd()}\n`;
}
