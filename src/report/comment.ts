/**
 * The pull-request comment: one per workflow and report, found again by a hidden marker and
 * updated in place. Pure: the body (the title line, the suite table, the comparison with the
 * base, the first failures, a link to the run) within GitHub's 65,536-character limit, and
 * whether a comment is due in each mode.
 */

import { fitSuiteTable } from './check-run.js';
import type { Comparison } from './comparison.js';
import { hasChanges, renderComparisonMarkdown } from './comparison.js';
import { formatCount } from './format.js';
import { type ReportInput, runSeconds, suiteFailed } from './input.js';
import { escapeMarkdown, utf8Bytes } from './markdown.js';
import { failureLine, renderTitle, type SourceLinks } from './summary.js';

export const COMMENT_MODES = ['off', 'always', 'failures', 'changes'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** GitHub refuses a comment body longer than this (kept in UTF-8 bytes: within it either way). */
export const COMMENT_LIMIT = 65_536;

/**
 * The hidden first line that finds this workflow's comment again. The key is percent-encoded
 * and its dashes too, so no name can end the HTML comment (`-->`) or look like another key.
 */
export function commentMarker(key: string): string {
  return `<!-- parallel-tests report: ${encodeURIComponent(key).replace(/-/g, '%2D')} -->`;
}

export interface CommentOptions {
  /** commentMarker(...): the body's first line. */
  marker: string;
  comparison?: Comparison;
  /** Why there is no comparison (no base run yet), shown in its place. */
  comparisonNote?: string;
  links?: SourceLinks;
  /** The workflow run, where the job summary has everything. */
  runUrl?: string;
  /** Failures listed by name (default 10). */
  failuresListed?: number;
  maxBytes?: number;
}

export function renderComment(input: ReportInput, options: CommentOptions): string {
  const maxBytes = options.maxBytes ?? COMMENT_LIMIT;
  const { totals, failures } = input.aggregate;
  const head = `${options.marker}\n### ${suiteFailed(totals) ? '❌' : '✅'} ${renderTitle(totals, runSeconds(input))}\n\n`;
  const foot = options.runUrl ? `[The full report is in the run's job summary.](<${options.runUrl}>)\n` : '';
  let left = maxBytes - utf8Bytes(head) - utf8Bytes(foot);
  const table = `${fitSuiteTable(input.aggregate, input.parallel?.wall, left - 1)}\n`;
  left -= utf8Bytes(table);

  let comparison = '';
  const candidates = options.comparison
    ? [25, 0].map(
        (maxListed) => `${renderComparisonMarkdown(options.comparison!, { heading: '####', maxListed })}\n`,
      )
    : options.comparisonNote
      ? [`_${escapeMarkdown(options.comparisonNote)}_\n\n`]
      : [];
  for (const md of candidates) {
    if (utf8Bytes(md) <= left) {
      comparison = md;
      break;
    }
  }
  left -= utf8Bytes(comparison);

  let list = '';
  const listed = Math.min(failures.length, options.failuresListed ?? 10);
  if (listed > 0) {
    const heading = `#### Failures (${formatCount(failures.length)})\n\n`;
    const lines: string[] = [];
    for (let i = 0; i < listed; i++) lines.push(failureLine(failures[i]!, options.links));
    // As many of the (few) lines as fit, with "… N more" when any failure is left out.
    for (let shown = lines.length; shown > 0; shown--) {
      const more = shown < failures.length ? `- … ${formatCount(failures.length - shown)} more\n` : '';
      const text = `${heading}${lines.slice(0, shown).join('')}${more}\n`;
      if (utf8Bytes(text) <= left) {
        list = text;
        break;
      }
    }
  }
  return head + table + comparison + list + foot;
}

export interface CommentState {
  /** A test failed or errored (or the run failed). */
  failing: boolean;
  /** The comparison with the base shows new failures, fixed, new or removed tests. */
  changed: boolean;
  /** This workflow's comment is on the pull request already. */
  existing: boolean;
}

/**
 * Whether to write the comment, and why not. `failures` and `changes` post only when there is
 * something to say, but always update a comment they wrote before: it must not go on showing
 * failures that are fixed.
 */
export function commentDue(mode: CommentMode, state: CommentState): { post: boolean; reason: string } {
  switch (mode) {
    case 'off':
      return { post: false, reason: 'comment is off' };
    case 'always':
      return { post: true, reason: 'comment is always' };
    case 'failures':
      if (state.failing) return { post: true, reason: 'tests failed' };
      return state.existing
        ? { post: true, reason: 'no failures now: the earlier comment is brought up to date' }
        : { post: false, reason: 'comment is failures and nothing failed' };
    case 'changes':
      if (state.changed) return { post: true, reason: 'the comparison with the base shows changes' };
      return state.existing
        ? { post: true, reason: 'no changes now: the earlier comment is brought up to date' }
        : { post: false, reason: 'comment is changes and the comparison with the base shows none' };
  }
}

/** The state of a report for commentDue. */
export function commentState(
  input: ReportInput,
  options: { comparison?: Comparison; failed: boolean; existing: boolean },
): CommentState {
  return {
    failing: options.failed || suiteFailed(input.aggregate.totals),
    changed: options.comparison !== undefined && hasChanges(options.comparison),
    existing: options.existing,
  };
}
