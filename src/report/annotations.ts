/**
 * Annotations as workflow commands: the failures a reader should see first, within what GitHub
 * shows per step, and one notice that says how many more there are and where to find them. Pure:
 * the list in, the publishing (src/github/annotate.ts) and the escaping of a printed command here.
 */
import type { MergedTest } from '../results/aggregate.js';
import type { Location } from '../results/locate.js';
import type { Comparison } from './comparison.js';
import { formatCount, plural } from './format.js';
import type { ReportInput } from './input.js';
import { failureMessage } from './json.js';
import { printable } from './printable.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  /** The text as the reader sees it (may span lines: escaped when printed as a command). */
  message: string;
  title?: string;
  /** Repository-relative, so that GitHub puts the annotation on the file in the diff. */
  file?: string;
  line?: number;
}

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the
 * rest without a word (docs: "workflow commands", "Setting an error message").
 */
export const STEP_ANNOTATION_LIMITS: Readonly<Record<AnnotationLevel, number>> = {
  error: 10,
  warning: 10,
  notice: 10,
};

/** An annotation's message beyond this is cut: the job summary has the whole text. */
export const ANNOTATION_MESSAGE_CHARS = 4000;
const MESSAGE_LINES = 30;
/** Check-run annotation titles stop at 255 characters; workflow commands follow the same habit. */
const TITLE_CHARS = 255;

export interface AnnotationOptions {
  /**
   * Slots of each level something else in the same step takes (the step's own failure message
   * is one error annotation), so that ours and theirs together stay within the caps.
   */
  reserved?: Partial<Record<AnnotationLevel, number>>;
  /** Where the annotations not shown can be read, for the closing notice. */
  elsewhere?: string;
  /** This run against a base run: failures it did not have come first and say "new". */
  comparison?: Comparison;
  /** The caps (GitHub's by default). */
  limits?: Partial<Record<AnnotationLevel, number>>;
}

function cut(text: string, maxChars: number, maxLines: number): string {
  let out = text;
  let lineEnds = 0;
  for (let i = 0; i < out.length && i < maxChars; i++) {
    if (out[i] === '\n' && ++lineEnds === maxLines) {
      out = out.slice(0, i);
      break;
    }
  }
  if (out.length > maxChars) out = out.slice(0, maxChars);
  return out.length < text.length ? `${out.trimEnd()}\n…` : out;
}

function titleOf(prefix: string, test: MergedTest): string {
  const name = test.suite ? `${test.suite} › ${test.id}` : test.id;
  const title = printable(`${prefix}${name}`.replace(/\r\n?|\n/g, ' '));
  return title.length > TITLE_CHARS ? `${title.slice(0, TITLE_CHARS - 1)}…` : title;
}

/**
 * Where GitHub can put the annotation: a repository-relative path (an absolute or outside path
 * from a report whose paths could not be mapped onto the repository matches no file).
 */
function locationOf(test: MergedTest): Location | undefined {
  const loc = test.location;
  if (loc === undefined || /^(\/|[A-Za-z]:|\\|\.\.(\/|\\|$))/.test(loc.file)) return undefined;
  return loc;
}

/** One or more lines of text, CRLF as LF, every other control character shown escaped. */
function readable(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(printable).join('\n');
}

function located(annotation: Annotation, test: MergedTest): Annotation {
  const loc = locationOf(test);
  if (loc === undefined) return annotation;
  return { ...annotation, file: loc.file, ...(loc.line !== undefined ? { line: loc.line } : {}) };
}

function newFailureKeys(comparison: Comparison | undefined): Set<string> | undefined {
  if (comparison === undefined) return undefined;
  return new Set(comparison.newFailures.map((r) => `${r.suite}\u0000${r.id}`));
}

function failureAnnotation(test: MergedTest, isNew: boolean): Annotation {
  const text = test.shown.details?.trim()
    ? `${failureMessage(test)}\n\n${test.shown.details}`
    : failureMessage(test);
  return located(
    {
      level: 'error',
      title: titleOf(`${isNew ? 'new ' : ''}${test.status === 'errored' ? 'error' : 'failure'}: `, test),
      message: cut(readable(text), ANNOTATION_MESSAGE_CHARS, MESSAGE_LINES),
    },
    test,
  );
}

function flakyAnnotation(test: MergedTest): Annotation {
  const first = test.shown.message ? `: ${test.shown.message}` : '';
  return located(
    {
      level: 'warning',
      title: titleOf('flaky: ', test),
      message: cut(
        readable(`failed, then passed on a rerun (${plural(test.runs, 'run')}; counted as passed)${first}`),
        ANNOTATION_MESSAGE_CHARS,
        MESSAGE_LINES,
      ),
    },
    test,
  );
}

/**
 * Up to `room` tests by rank (0 first), each rank in the model's order: one pass per rank, no
 * sort, since a run can have 100,000 failures.
 */
function pick(tests: readonly MergedTest[], room: number, rank: (t: MergedTest) => number, ranks: number) {
  const out: MergedTest[] = [];
  for (let r = 0; r < ranks && out.length < room; r++) {
    for (const t of tests) {
      if (out.length >= room) break;
      if (rank(t) === r) out.push(t);
    }
  }
  return out;
}

export interface AnnotationList {
  /** In the order to publish: errors, warnings, then the notice. */
  annotations: Annotation[];
  /** What did not fit, by level (the closing notice counts them). */
  notShown: Record<AnnotationLevel, number>;
}

/**
 * Failures as errors, flaky tests and the report's warnings as warnings, each level within its
 * cap (less what `reserved` takes), then one notice when anything did not fit.
 */
export function renderAnnotations(input: ReportInput, options: AnnotationOptions = {}): AnnotationList {
  const room = (level: AnnotationLevel) =>
    Math.max(
      0,
      (options.limits?.[level] ?? STEP_ANNOTATION_LIMITS[level]) - (options.reserved?.[level] ?? 0),
    );
  const { aggregate } = input;
  // A failure on a line of the diff is the one a reviewer sees; one the base run did not have
  // is the one this change most likely caused.
  const fresh = newFailureKeys(options.comparison);
  const isNew = (t: MergedTest) => fresh?.has(`${t.suite}\u0000${t.id}`) === true;
  const errors = pick(
    aggregate.failures,
    room('error'),
    (t) => (locationOf(t) === undefined ? 2 : 0) + (isNew(t) || fresh === undefined ? 0 : 1),
    4,
  ).map((t) => failureAnnotation(t, isNew(t)));

  const warnings = pick(
    aggregate.flaky,
    room('warning'),
    (t) => (locationOf(t) === undefined ? 1 : 0),
    2,
  ).map(flakyAnnotation);
  const flakyLeft = aggregate.flaky.length - warnings.length;
  const reportWarnings = aggregate.warnings.slice(0, room('warning') - warnings.length);
  for (const w of reportWarnings)
    warnings.push({ level: 'warning', title: 'result file', message: readable(`${w.path}: ${w.message}`) });

  const notShown: Record<AnnotationLevel, number> = {
    error: aggregate.failures.length - errors.length,
    warning: flakyLeft + aggregate.warnings.length - reportWarnings.length,
    notice: 0,
  };
  const annotations = [...errors, ...warnings];
  if (notShown.error + notShown.warning > 0) {
    if (room('notice') > 0) {
      annotations.push({
        level: 'notice',
        title: 'more results than annotations',
        message: moreNotice(
          [
            [notShown.error, 'failure'],
            [flakyLeft, 'flaky test'],
            [notShown.warning - flakyLeft, 'warning'],
          ],
          options.elsewhere ?? 'the job summary and the JSON report',
        ),
      });
    } else {
      notShown.notice = 1;
    }
  }
  return { annotations, notShown };
}

function moreNotice(counts: [number, string][], elsewhere: string): string {
  const parts = counts.filter(([n]) => n > 0).map(([n, what]) => `${plural(n, what)}`);
  const list =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  const limits = STEP_ANNOTATION_LIMITS;
  return (
    `${list} more than shown as annotations (GitHub shows ${formatCount(limits.error)} errors, ` +
    `${formatCount(limits.warning)} warnings and ${formatCount(limits.notice)} notices per step): ` +
    `every one is in ${elsewhere}.`
  );
}

/** Workflow-command data: %, CR and LF encoded, so that a message stays on its command's line. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property values: as data, and `:` and `,` too (they end a value). */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The command line the runner reads, byte for byte as @actions/core writes it for
 * core.error/warning/notice with {title, file, startLine}: properties in that order, unset ones
 * left out. For golden files and for tests that read a step's log.
 */
export function formatAnnotationCommand(annotation: Annotation): string {
  const props: string[] = [];
  if (annotation.title) props.push(`title=${escapeCommandProperty(annotation.title)}`);
  if (annotation.file) props.push(`file=${escapeCommandProperty(annotation.file)}`);
  if (annotation.line) props.push(`line=${escapeCommandProperty(String(annotation.line))}`);
  const head = props.length > 0 ? `${annotation.level} ${props.join(',')}` : annotation.level;
  return `::${head}::${escapeCommandData(annotation.message)}`;
}
