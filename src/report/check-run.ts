/**
 * The check run (GitHub's Checks API) as data: its name, conclusion, output and every
 * annotation. Pure; GitHub's limits are applied here: output.summary and output.text at most
 * 65,535 each, an annotation's title 255 characters and its message and details 64 KB. The
 * shell (src/github/check-run.ts) adds the commit and sends the annotations 50 per request.
 *
 * The limits are kept in UTF-8 bytes: GitHub states them in characters for the texts and in
 * KB for an annotation, and a byte count is within both whatever GitHub counts.
 */
import type { Aggregate, MergedTest } from '../results/aggregate.js';
import { type Comparison, renderComparisonMarkdown } from './comparison.js';
import { formatCount, plural } from './format.js';
import { type ReportInput, runSeconds, suiteFailed } from './input.js';
import { failureMessage } from './json.js';
import { showControls, utf8Bytes } from './markdown.js';
import {
  failureBlock,
  failureLine,
  flakyLine,
  isRepositoryPath,
  moreNote,
  renderParallelTable,
  renderSuiteTable,
  renderTitle,
  type SourceLinks,
} from './summary.js';

/** output.summary and output.text, each (GitHub: "Maximum length: 65535 characters"). */
export const CHECK_TEXT_LIMIT = 65_535;
/** Annotations per create or update request (more are refused). */
export const ANNOTATIONS_PER_REQUEST = 50;
const ANNOTATION_TITLE_CHARS = 255;
/** GitHub allows 64 KB each; less keeps 50 annotations per request well within a request's size. */
const ANNOTATION_MESSAGE_BYTES = 4 * 1024;
const ANNOTATION_DETAILS_BYTES = 32 * 1024;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure';
  title: string;
  message: string;
  raw_details?: string;
}

/** Everything of a check run but the commit and the batching. */
export interface CheckRunPayload {
  name: string;
  conclusion: CheckConclusion;
  output: { title: string; summary: string; text?: string };
  /** Every failure with a location in the repository, in the model's order. */
  annotations: CheckAnnotation[];
}

export interface CheckRunOptions {
  /** From checkRunName: the workflow and the report, so matrix jobs and workflows do not collide. */
  name: string;
  conclusion: CheckConclusion;
  comparison?: Comparison;
  links?: SourceLinks;
  /** Where the rest is, in "N more not shown: see …". */
  fullResultsAt?: string;
  /** Budget of the summary and of the text, each, in UTF-8 bytes (default CHECK_TEXT_LIMIT). */
  maxBytes?: number;
  /** Characters of failure text per failure in the text's collapsed details. */
  detailChars?: number;
}

/**
 * "parallel-tests: CI / report": the workflow and the report (the job, or what the user named
 * it), so two workflows or two matrix legs reporting on one commit get two check runs, and the
 * name never equals the job's own check run (GitHub names that one after the job).
 */
export function checkRunName(parts: { workflow: string; report: string }): string {
  const text = `parallel-tests: ${parts.workflow.trim() || 'workflow'} / ${parts.report.trim() || 'report'}`;
  return showControls(text).replace(/\s+/g, ' ');
}

/**
 * The suite table within `maxBytes`: every row when it fits, else the first rows that do and
 * "N more suites not shown"; the totals row always. Renders the table at most twice (linear).
 */
export function fitSuiteTable(
  aggregate: Pick<Aggregate, 'suites' | 'totals'>,
  wall: number | undefined,
  maxBytes: number,
): string {
  const base = wall === undefined ? {} : { wall };
  const whole = renderSuiteTable(aggregate, base);
  if (utf8Bytes(whole) <= maxBytes) return whole;
  // The fixed part with the widest "more suites" count: fewer hidden rows never need more room.
  let left = maxBytes - utf8Bytes(renderSuiteTable(aggregate, { ...base, maxRows: 0 }));
  const lines = whole.split('\n');
  let rows = 0;
  for (let i = 2; i < 2 + aggregate.suites.length; i++) {
    const size = utf8Bytes(lines[i]!) + 1;
    if (size > left) break;
    left -= size;
    rows++;
  }
  return renderSuiteTable(aggregate, { ...base, maxRows: rows });
}

/** The text cut to `max` UTF-8 bytes with a note of the cut; whole when it fits. */
export function cutToBytes(text: string, max: number): string {
  // A UTF-16 unit is at most 3 UTF-8 bytes: short texts need no count.
  if (text.length * 3 <= max || utf8Bytes(text) <= max) return text;
  const note = '\n… (cut)';
  let head = Buffer.from(text, 'utf8')
    .subarray(0, Math.max(0, max - utf8Bytes(note)))
    .toString('utf8');
  // A character split by the cut decodes as U+FFFD (3 bytes, maybe more than what it replaces).
  while (head.endsWith('\uFFFD')) head = head.slice(0, -1);
  return head + note;
}

function annotationOf(test: MergedTest): CheckAnnotation | undefined {
  const loc = test.location;
  if (!loc || !isRepositoryPath(loc.file)) return undefined;
  const line = loc.line !== undefined && loc.line >= 1 ? loc.line : 1;
  const label = showControls(test.suite === '' ? test.id : `${test.suite} › ${test.id}`).replace(/\s+/g, ' ');
  const title =
    label.length > ANNOTATION_TITLE_CHARS ? `${label.slice(0, ANNOTATION_TITLE_CHARS - 1)}…` : label;
  const message = cutToBytes(showControls(failureMessage(test)), ANNOTATION_MESSAGE_BYTES);
  const details = test.shown.details;
  return {
    path: loc.file,
    start_line: line,
    end_line: line,
    annotation_level: 'failure',
    title,
    message: message.trim() === '' ? 'failed' : message,
    ...(details !== undefined && details.trim() !== ''
      ? { raw_details: cutToBytes(showControls(details), ANNOTATION_DETAILS_BYTES) }
      : {}),
  };
}

/**
 * One annotation per failure located in the repository (annotations are plain text on GitHub:
 * nothing to escape but control characters). A failure without a usable location is in the
 * text instead.
 */
export function renderCheckAnnotations(failures: readonly MergedTest[]): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const test of failures) {
    const annotation = annotationOf(test);
    if (annotation) out.push(annotation);
  }
  return out;
}

/** The title line, the suite table, the comparison and the parallel figures, within the budget. */
export function renderCheckSummary(
  input: ReportInput,
  options: { comparison?: Comparison; maxBytes?: number; annotations?: number } = {},
): string {
  const maxBytes = options.maxBytes ?? CHECK_TEXT_LIMIT;
  const { totals, failures } = input.aggregate;
  const title = `### ${suiteFailed(totals) ? '❌' : '✅'} ${renderTitle(totals, runSeconds(input))}\n\n`;
  const annotated = options.annotations ?? 0;
  const pointer =
    failures.length > 0
      ? `_${plural(failures.length, 'failure')} listed below${annotated > 0 ? `; ${annotated === 1 ? '1 annotation marks its line' : `${formatCount(annotated)} annotations mark their lines`}` : ''}._\n`
      : '';
  let left = maxBytes - utf8Bytes(title) - utf8Bytes(pointer);
  const table = `${fitSuiteTable(input.aggregate, input.parallel?.wall, left - 1)}\n`;
  left -= utf8Bytes(table);
  let comparison = '';
  if (options.comparison) {
    for (const maxListed of [25, 0]) {
      const md = `${renderComparisonMarkdown(options.comparison, { heading: '####', maxListed })}\n`;
      if (utf8Bytes(md) <= left) {
        comparison = md;
        break;
      }
    }
    left -= utf8Bytes(comparison);
  }
  const parallelTable = renderParallelTable(input);
  const parallel = parallelTable ? `#### Parallel run\n\n${parallelTable}\n` : '';
  return `${title}${table}${comparison}${utf8Bytes(parallel) <= left ? parallel : ''}${pointer}`;
}

/**
 * The failures (collapsible details while the budget lasts, then one line each) and the flaky
 * tests, within the budget, with "N more not shown". Empty when there is neither. Only what
 * fits is rendered: 100,000 failures cost what the 65,535 bytes hold.
 */
export function renderCheckText(
  input: ReportInput,
  options: { links?: SourceLinks; maxBytes?: number; detailChars?: number; fullResultsAt?: string } = {},
): string {
  const { failures, flaky } = input.aggregate;
  if (failures.length === 0 && flaky.length === 0) return '';
  // First as if everything fits (no room kept for notes): when it does, that is the whole text.
  const whole = fitText(input, options, false);
  return whole.complete ? whole.text : fitText(input, options, true).text;
}

function fitText(
  input: ReportInput,
  options: { links?: SourceLinks; maxBytes?: number; detailChars?: number; fullResultsAt?: string },
  reserve: boolean,
): { text: string; complete: boolean } {
  const { failures, flaky } = input.aggregate;
  const links = options.links;
  const at = options.fullResultsAt ?? 'the job summary';
  const detailChars = options.detailChars ?? 3000;
  const failuresHead = failures.length > 0 ? `### Failures (${formatCount(failures.length)})\n\n` : '';
  const flakyHead =
    flaky.length > 0
      ? `### Flaky tests (${formatCount(flaky.length)}): failed, then passed on a rerun\n\n`
      : '';
  const ends = (failures.length > 0 ? 1 : 0) + (flaky.length > 0 ? 1 : 0);
  const notes = !reserve
    ? 0
    : (failures.length > 0 ? utf8Bytes(moreNote(failures.length, 'failures', at)) : 0) +
      (flaky.length > 0 ? utf8Bytes(moreNote(flaky.length, 'flaky tests', at)) : 0);
  let left =
    (options.maxBytes ?? CHECK_TEXT_LIMIT) - utf8Bytes(failuresHead) - utf8Bytes(flakyHead) - ends - notes;

  const lines: string[] = [];
  const lineBytes: number[] = [];
  while (lines.length < failures.length) {
    const line = failureLine(failures[lines.length]!, links);
    const size = utf8Bytes(line);
    if (size > left) break;
    lines.push(line);
    lineBytes.push(size);
    left -= size;
  }
  const flakyLines: string[] = [];
  while (flakyLines.length < flaky.length) {
    const line = flakyLine(flaky[flakyLines.length]!, links);
    const size = utf8Bytes(line);
    if (size > left) break;
    flakyLines.push(line);
    left -= size;
  }
  // The first failures listed turn into collapsible blocks while the budget lasts.
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const block = failureBlock(failures[i]!, links, detailChars);
    const extra = utf8Bytes(block) - lineBytes[i]!;
    if (extra > left) break;
    left -= extra;
    blocks.push(block);
  }
  const complete =
    lines.length === failures.length &&
    flakyLines.length === flaky.length &&
    blocks.length === failures.length;
  if (!reserve && !complete) return { text: '', complete };

  let out = '';
  if (failuresHead) {
    out += failuresHead + blocks.join('');
    for (let i = blocks.length; i < lines.length; i++) out += lines[i];
    if (lines.length < failures.length) out += moreNote(failures.length - lines.length, 'failures', at);
    out += '\n';
  }
  if (flakyHead) {
    out += flakyHead + flakyLines.join('');
    if (flakyLines.length < flaky.length)
      out += moreNote(flaky.length - flakyLines.length, 'flaky tests', at);
    out += '\n';
  }
  return { text: out, complete };
}

export function renderCheckRun(input: ReportInput, options: CheckRunOptions): CheckRunPayload {
  const annotations = renderCheckAnnotations(input.aggregate.failures);
  const maxBytes = options.maxBytes ?? CHECK_TEXT_LIMIT;
  const summary = renderCheckSummary(input, {
    maxBytes,
    annotations: annotations.length,
    ...(options.comparison ? { comparison: options.comparison } : {}),
  });
  const text = renderCheckText(input, {
    maxBytes,
    ...(options.links ? { links: options.links } : {}),
    ...(options.detailChars !== undefined ? { detailChars: options.detailChars } : {}),
    ...(options.fullResultsAt !== undefined ? { fullResultsAt: options.fullResultsAt } : {}),
  });
  return {
    name: options.name,
    conclusion: options.conclusion,
    output: {
      title: renderTitle(input.aggregate.totals, runSeconds(input)),
      summary,
      ...(text !== '' ? { text } : {}),
    },
    annotations,
  };
}
