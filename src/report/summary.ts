/**
 * The job summary (GITHUB_STEP_SUMMARY) as markdown. Pure: the model in, one string out, within
 * a hard byte budget (GitHub drops a step summary over 1 MiB whole). When the whole does not fit,
 * parts go in a fixed order: failure details first, then the long lists (failures, flaky), then
 * the timeline, then extra sections (their fallback), then suite rows; the title and the totals
 * row always stay, and whatever is cut says how much ("N more not shown").
 */
import type { Counts, MergedTest, SuiteSummary } from '../results/aggregate.js';
import { formatCount, formatDuration, formatPercent, formatSpeedup, plural } from './format.js';
import {
  type ReportInput,
  runSeconds,
  slowestTests,
  sortedTimeline,
  suiteFailed,
  sumOfJobSeconds,
} from './input.js';
import { failureBody, failureMessage, type TimelineEntry } from './json.js';
import { codeSpan, escapeHtml, escapeMarkdown, firstLine, utf8Bytes } from './markdown.js';

/** GitHub's limit for one step's summary, in UTF-8 bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Where a file and line are on GitHub: `serverUrl/repository/blob/sha/path#Lline`. */
export interface SourceLinks {
  /** GITHUB_SERVER_URL, e.g. https://github.com */
  serverUrl: string;
  /** GITHUB_REPOSITORY: owner/name */
  repository: string;
  /** The commit the tests ran on. */
  sha: string;
}

/**
 * A section another renderer adds (the comparison with a base run, coverage): markdown it has
 * escaped itself. It takes part in the budget: kept whole while everything above the timeline
 * fits, else replaced by `fallback` (default: dropped).
 */
export interface SummarySection {
  markdown: string;
  fallback?: string;
  /** Right below the suite table, or at the end (default). */
  placement?: 'after-suites' | 'end';
}

export interface SummaryOptions {
  links?: SourceLinks;
  /** Budget in UTF-8 bytes; the result is at most this long. Default: just under 1 MiB. */
  maxBytes?: number;
  /** Characters of failure text shown per failure in its collapsed details. */
  detailChars?: number;
  /** Rows of the slowest-tests table. */
  slowest?: number;
  /** Where a reader finds what was cut (e.g. "the JSON report"), in "N more not shown: see …". */
  fullResultsAt?: string;
  sections?: SummarySection[];
}

const DEFAULT_MAX_BYTES = SUMMARY_LIMIT_BYTES - 1024;

/** "3 failed, 2 flaky, 1,204 passed, 12 skipped in 8m 32s" (flaky tests are among the passed). */
export function renderTitle(totals: Counts, seconds: number): string {
  const parts: string[] = [];
  if (totals.failed > 0) parts.push(`${formatCount(totals.failed)} failed`);
  if (totals.errors > 0) parts.push(plural(totals.errors, 'error'));
  if (totals.flaky > 0) parts.push(`${formatCount(totals.flaky)} flaky`);
  if (totals.passed > 0) parts.push(`${formatCount(totals.passed)} passed`);
  if (totals.skipped > 0) parts.push(`${formatCount(totals.skipped)} skipped`);
  if (parts.length === 0) return `no tests in ${formatDuration(seconds)}`;
  return `${parts.join(', ')} in ${formatDuration(seconds)}`;
}

export interface SuiteTableOptions {
  /** Suite rows shown before "N more suites not shown"; the totals row always follows. */
  maxRows?: number;
  /** The run's wall seconds for the totals row (the parallel wall), when known. */
  wall?: number;
}

const TABLE_HEAD =
  '| Suite | Tests | Passed | Failed | Errors | Skipped | Flaky | Duration | Wall |\n' +
  '| :-- | --: | --: | --: | --: | --: | --: | --: | --: |\n';

function suiteRow(suite: SuiteSummary): string {
  const name = suite.name === '' ? '(unnamed)' : escapeMarkdown(suite.name);
  const wall = suite.wall === null ? '-' : formatDuration(suite.wall);
  return `| ${suiteFailed(suite) ? '❌' : '✅'} ${name} | ${countCells(suite)} | ${formatDuration(suite.duration)} | ${wall} |\n`;
}

function countCells(c: Counts): string {
  return [c.tests, c.passed, c.failed, c.errors, c.skipped, c.flaky].map(formatCount).join(' | ');
}

function totalsRow(totals: Counts, wall: number | undefined): string {
  const w = wall === undefined ? '-' : `**${formatDuration(wall)}**`;
  return `| **Total** | ${countCells(totals).replace(/[\d,]+/g, '**$&**')} | **${formatDuration(totals.duration)}** | ${w} |\n`;
}

function moreSuitesRow(count: number): string {
  return `| … ${formatCount(count)} more suites not shown | | | | | | | | |\n`;
}

/** The per-suite table with a totals row, as markdown (one table, rows end with a newline). */
export function renderSuiteTable(
  report: { suites: readonly SuiteSummary[]; totals: Counts },
  options: SuiteTableOptions = {},
): string {
  const shown = Math.min(report.suites.length, options.maxRows ?? Number.POSITIVE_INFINITY);
  let out = TABLE_HEAD;
  for (let i = 0; i < shown; i++) out += suiteRow(report.suites[i]!);
  if (shown < report.suites.length) out += moreSuitesRow(report.suites.length - shown);
  return out + totalsRow(report.totals, options.wall);
}

/** Whether a path names a file inside the repository (relative, not absolute, not climbing out). */
export function isRepositoryPath(file: string): boolean {
  return !(file === '' || file.startsWith('/') || /^[A-Za-z]:/.test(file) || file.split('/').includes('..'));
}

/** A repository path at the commit, or undefined when the path is not one (absolute, outside). */
export function sourceUrl(links: SourceLinks, file: string, line?: number): string | undefined {
  if (!isRepositoryPath(file)) return undefined;
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return `${links.serverUrl}/${links.repository}/blob/${encodeURIComponent(links.sha)}/${encoded}${line !== undefined ? `#L${line}` : ''}`;
}

function locationText(test: MergedTest): string | undefined {
  const loc = test.location;
  if (!loc) return undefined;
  return loc.line !== undefined ? `${loc.file}:${loc.line}` : loc.file;
}

/** The location as markdown: a link at the commit when links are given and the path is one. */
function locationMarkdown(test: MergedTest, links: SourceLinks | undefined): string | undefined {
  const text = locationText(test);
  if (text === undefined) return undefined;
  const url = links && sourceUrl(links, test.location!.file, test.location!.line);
  // <…> around the destination: a path's parentheses or spaces cannot end the link early.
  return url ? `[${escapeMarkdown(text)}](<${url}>)` : escapeMarkdown(text);
}

function testLabel(test: MergedTest): string {
  return test.suite === '' ? codeSpan(test.id) : `${escapeMarkdown(test.suite)} › ${codeSpan(test.id)}`;
}

function testLabelHtml(test: MergedTest): string {
  const id = `<code>${escapeHtml(test.id)}</code>`;
  return test.suite === '' ? id : `${escapeHtml(test.suite)} › ${id}`;
}

function icon(test: MergedTest): string {
  return test.status === 'errored' ? '💥' : '❌';
}

/** One line per failure: the list form, also what is left when its details do not fit. */
export function failureLine(test: MergedTest, links: SourceLinks | undefined): string {
  const loc = locationMarkdown(test, links);
  const message = codeSpan(firstLine(failureMessage(test)));
  return `- ${icon(test)} ${testLabel(test)}${loc ? ` (${loc})` : ''}: ${message}\n`;
}

function failureText(test: MergedTest, max: number): string {
  let text = failureBody(test);
  if (text.length > max)
    text = `${text.slice(0, max)}\n… (${formatCount(text.length - max)} more characters cut)`;
  return text;
}

/**
 * The collapsible form: the label and message as the summary line, the location link, the
 * failure text in <pre> (an HTML block that only </pre> ends, so a blank line or a fence in the
 * text changes nothing; the text is entity-escaped, so it cannot close it either).
 */
export function failureBlock(test: MergedTest, links: SourceLinks | undefined, detailChars: number): string {
  const summary = `${icon(test)} ${testLabelHtml(test)}: <code>${escapeHtml(firstLine(failureMessage(test)))}</code>`;
  const loc = locationMarkdown(test, links);
  return (
    `<details><summary>${summary}</summary>\n\n` +
    (loc ? `${loc}\n\n` : '') +
    `<pre>${escapeHtml(failureText(test, detailChars))}</pre>\n\n</details>\n\n`
  );
}

export function flakyLine(test: MergedTest, links: SourceLinks | undefined): string {
  const loc = locationMarkdown(test, links);
  return `- ⚠️ ${testLabel(test)} (${plural(test.runs, 'run')}${loc ? `, ${loc}` : ''})\n`;
}

function slowRow(test: MergedTest): string {
  return `| ${codeSpan(test.id, { table: true })} | ${escapeMarkdown(test.suite)} | ${formatDuration(test.shown.duration)} |\n`;
}

export function moreNote(count: number, what: string, at: string): string {
  return `\n_… ${formatCount(count)} more ${what} not shown: see ${at}._\n`;
}

/** Mermaid names: letters, digits and a few separators (`:` `;` `#` have meanings in a gantt). */
function mermaidName(text: string): string {
  return text.replace(/[^\w .()/+-]/g, '_').trim() || '_';
}

/** The jobs as a Mermaid gantt: one section per suite, a bar per shard, failed jobs marked crit. */
export function renderGantt(timeline: readonly TimelineEntry[]): string {
  const bySuite = new Map<string, TimelineEntry[]>();
  for (const entry of sortedTimeline(timeline)) {
    const list = bySuite.get(entry.suite);
    if (list) list.push(entry);
    else bySuite.set(entry.suite, [entry]);
  }
  let out = '```mermaid\ngantt\n  dateFormat X\n  axisFormat %H:%M:%S\n';
  for (const [suite, entries] of bySuite) {
    out += `  section ${mermaidName(suite)}\n`;
    for (const e of entries) {
      const start = Math.floor(Date.parse(e.start) / 1000);
      const end = Math.max(start + 1, Math.ceil(Date.parse(e.end) / 1000));
      const tag = e.exit === 0 ? 'done' : 'crit';
      out += `  ${mermaidName(`${e.job} (${e.cores} cores)`)} :${tag}, ${start}, ${end}\n`;
    }
  }
  return `${out}\`\`\`\n`;
}

/** Wall, sum of job times, speedup, core efficiency: one table row. */
export function renderParallelTable(input: ReportInput): string {
  const p = input.parallel;
  if (!p) return '';
  const timeline = input.timeline ?? [];
  const sum = timeline.length > 0 ? formatDuration(sumOfJobSeconds(timeline)) : '-';
  return (
    '| Jobs | Wall | Sum of job times | Speedup | Core efficiency |\n| --: | --: | --: | --: | --: |\n' +
    `| ${formatCount(timeline.length)} | ${formatDuration(p.wall)} | ${sum} | ${formatSpeedup(p.speedup)} | ${formatPercent(p.efficiency)} |\n`
  );
}

/** A list whose first `shown` items are in the text, the rest counted in a note. Items are
 * rendered only as they are taken: 100,000 failures cost what fits in the budget, not more. */
interface ListPart {
  count: number;
  render: (i: number) => string;
  items: string[];
  bytes: number[];
  shown: number;
}

function listPart(count: number, render: (i: number) => string): ListPart {
  return { count, render, items: [], bytes: [], shown: 0 };
}

/** Takes items in order while they fit; returns the bytes left. */
function fill(part: ListPart, left: number): number {
  while (part.shown < part.count) {
    const item = part.render(part.shown);
    const size = utf8Bytes(item);
    if (size > left) break;
    part.items.push(item);
    part.bytes.push(size);
    left -= size;
    part.shown++;
  }
  return left;
}

export function renderSummary(input: ReportInput, options: SummaryOptions = {}): string {
  // First as if everything fits (nothing reserved for notes): when it does, that is the whole.
  const whole = allocate(input, options, false);
  return whole.complete ? whole.text : allocate(input, options, true).text;
}

function allocate(
  input: ReportInput,
  options: SummaryOptions,
  reserve: boolean,
): { text: string; complete: boolean } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const at = options.fullResultsAt ?? 'the JSON report';
  const { aggregate } = input;
  const links = options.links;
  const detailChars = options.detailChars ?? 6000;
  const sections = options.sections ?? [];

  const title = `### ${suiteFailed(aggregate.totals) ? '❌' : '✅'} ${renderTitle(aggregate.totals, runSeconds(input))}\n\n`;
  const wall = input.parallel?.wall;

  // Headings and notes are reserved up front at their largest, so what is filled in later fits.
  const failures = aggregate.failures;
  const flaky = aggregate.flaky;
  // From the model's slowest (by summed time, at most 20), not every test: listing all tests
  // builds an object per test, a third of a second at 200,000 (bench/render.bench.ts).
  const slow = slowestTests(aggregate.slowest, options.slowest ?? 10);
  const failuresHead = failures.length > 0 ? `#### Failures (${formatCount(failures.length)})\n\n` : '';
  const flakyHead =
    flaky.length > 0
      ? `#### Flaky tests (${formatCount(flaky.length)}): failed, then passed on a rerun\n\n`
      : '';
  const slowHead =
    slow.length > 0 ? '#### Slowest tests\n\n| Test | Suite | Duration |\n| :-- | :-- | --: |\n' : '';
  // The blank line after each list is always there; the "more not shown" notes only when cut.
  const listEnds = (failures.length > 0 ? 1 : 0) + (flaky.length > 0 ? 1 : 0) + (slow.length > 0 ? 1 : 0);
  const notes = !reserve
    ? 0
    : (failures.length > 0 ? utf8Bytes(moreNote(failures.length, 'failures', at)) : 0) +
      (flaky.length > 0 ? utf8Bytes(moreNote(flaky.length, 'flaky tests', at)) : 0) +
      (slow.length > 0 ? utf8Bytes(moreNote(slow.length, 'slow tests', at)) : 0);

  const parallelTable = renderParallelTable(input);
  const timelineHead = parallelTable ? `#### Parallel run\n\n${parallelTable}\n` : '';
  const gantt = input.timeline && input.timeline.length > 0 ? `${renderGantt(input.timeline)}\n` : '';
  const ganttCut = gantt
    ? `_The timeline of ${plural(input.timeline!.length, 'job')} is not shown: see ${at}._\n\n`
    : '';

  // 1. The title and the totals row stay; suite rows as many as fit with the headings and notes.
  const cutLine = reserve ? ganttCut : '';
  let left =
    maxBytes -
    utf8Bytes(title) -
    utf8Bytes(failuresHead) -
    utf8Bytes(flakyHead) -
    utf8Bytes(slowHead) -
    notes -
    listEnds -
    utf8Bytes(timelineHead) -
    utf8Bytes(cutLine);
  let rowsCut = false;
  let table = `${renderSuiteTable(aggregate, wall === undefined ? {} : { wall })}\n`;
  if (utf8Bytes(table) > left) {
    const rows = listPart(aggregate.suites.length, (i) => suiteRow(aggregate.suites[i]!));
    const fixed =
      utf8Bytes(TABLE_HEAD) +
      utf8Bytes(moreSuitesRow(rows.count)) +
      utf8Bytes(totalsRow(aggregate.totals, wall)) +
      1;
    fill(rows, left - fixed);
    rowsCut = true;
    table = `${renderSuiteTable(aggregate, { maxRows: rows.shown, ...(wall === undefined ? {} : { wall }) })}\n`;
  }
  left -= utf8Bytes(table);

  // 2. Extra sections, whole or as their fallback.
  const chosen = sections.map((s) => {
    const full = `${s.markdown.trimEnd()}\n\n`;
    const short = s.fallback ? `${s.fallback.trimEnd()}\n\n` : '';
    const pick = utf8Bytes(full) <= left ? full : utf8Bytes(short) <= left ? short : '';
    left -= utf8Bytes(pick);
    return pick;
  });

  // 3. The timeline (its table is reserved above; the gantt replaces the "not shown" line).
  let ganttShown = '';
  if (gantt && utf8Bytes(gantt) - utf8Bytes(cutLine) <= left) {
    ganttShown = gantt;
    left -= utf8Bytes(gantt) - utf8Bytes(cutLine);
  }

  // 4. The lists: the slowest (short), the failures, then the flaky tests, one line each.
  const slowPart = listPart(slow.length, (i) => slowRow(slow[i]!));
  left = fill(slowPart, left);
  const lines = listPart(failures.length, (i) => failureLine(failures[i]!, links));
  left = fill(lines, left);
  const flakyPart = listPart(flaky.length, (i) => flakyLine(flaky[i]!, links));
  left = fill(flakyPart, left);

  // 5. Details: the first failures shown turn into collapsible blocks while the budget lasts.
  const blocks: string[] = [];
  for (let i = 0; i < lines.shown; i++) {
    const block = failureBlock(failures[i]!, links, detailChars);
    const extra = utf8Bytes(block) - lines.bytes[i]!;
    if (extra > left) break;
    left -= extra;
    blocks.push(block);
  }

  const complete =
    (!gantt || ganttShown !== '') &&
    !rowsCut &&
    chosen.every((c, i) => c === `${sections[i]!.markdown.trimEnd()}\n\n`) &&
    slowPart.shown === slow.length &&
    lines.shown === failures.length &&
    flakyPart.shown === flaky.length &&
    blocks.length === failures.length;
  if (!reserve && !complete) return { text: '', complete };

  let out = title + table;
  for (let i = 0; i < sections.length; i++) if (sections[i]!.placement === 'after-suites') out += chosen[i];
  if (failuresHead) {
    out += failuresHead + blocks.join('');
    for (let i = blocks.length; i < lines.shown; i++) out += lines.items[i];
    if (lines.shown < failures.length) out += moreNote(failures.length - lines.shown, 'failures', at);
    out += '\n';
  }
  if (flakyHead) {
    out += flakyHead;
    for (let i = 0; i < flakyPart.shown; i++) out += flakyPart.items[i];
    if (flakyPart.shown < flaky.length) out += moreNote(flaky.length - flakyPart.shown, 'flaky tests', at);
    out += '\n';
  }
  if (slowHead) {
    out += slowHead;
    for (let i = 0; i < slowPart.shown; i++) out += slowPart.items[i];
    if (slowPart.shown < slow.length) out += moreNote(slow.length - slowPart.shown, 'slow tests', at);
    out += '\n';
  }
  if (timelineHead) out += timelineHead + (ganttShown || ganttCut);
  for (let i = 0; i < sections.length; i++) if (sections[i]!.placement !== 'after-suites') out += chosen[i];
  return { text: out, complete };
}
