/**
 * Escaping for text that comes from a result file (test names, messages, paths): in markdown it
 * renders as the same characters, never as markup, HTML, a mention, an emoji or math; in HTML it
 * is text. Pure.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an HTML context (element content or a quoted attribute). */
export function escapeHtml(text: string): string {
  return showControls(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/**
 * Control characters (a terminal's ESC, NUL, backspace) as visible `\x1b` text: they carry no
 * meaning in a report and in a terminal they recolour or rewrite what a reader sees. Tab and
 * line breaks stay.
 */
export function showControls(text: string): string {
  return CONTROL.test(text)
    ? text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    : text;
}

/**
 * Markdown inline text on one line. `<`, `>` and `&` become entities (no HTML tag, no entity
 * of the input's own); the characters GitHub's markdown gives a meaning to anywhere in a line
 * are backslash-escaped (CommonMark lets any ASCII punctuation be escaped): emphasis `*` `_`
 * `~`, code `` ` ``, links and images `[` `]`, table cells `|` (GFM splits rows on it before
 * anything else), math `$`, emoji `:`, mentions and references `@` `#`, and `\` itself. Line
 * breaks become spaces, so the text cannot start a block (a heading, a list, a fence).
 */
export function escapeMarkdown(text: string): string {
  const shown = showControls(text);
  return MARKDOWN_SPECIAL.test(shown) ? shown.replace(MARKDOWN_SPECIALS, escapeOne) : shown;
}

const MARKDOWN_SPECIAL = /[\r\n&<>\\`*_~[\]|$:@#]/;
const MARKDOWN_SPECIALS = /\r\n?|\n|[&<>\\`*_~[\]|$:@#]/g;

function escapeOne(c: string): string {
  if (c === '\n' || c === '\r' || c === '\r\n') return ' ';
  return HTML_ENTITIES[c] ?? `\\${c}`;
}

/**
 * A code span for one line of text: shown exactly as written, and skipped by GitHub's emoji,
 * mention and reference filters (which otherwise act on the rendered text, escaped or not).
 * The fence is one backtick longer than the longest run inside. In a table cell, pipes still
 * need a backslash (GFM splits the row first and drops the backslash inside the span).
 */
export function codeSpan(text: string, options: { table?: boolean } = {}): string {
  let body = showControls(text).replace(/\r\n?|\n/g, ' ');
  if (body.trim() === '') return '(empty)';
  if (options.table) body = body.replace(/\|/g, '\\|');
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad =
    body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** The first line of a text, cut to `max` characters with an ellipsis. */
export function firstLine(text: string, max = 300): string {
  const end = text.search(/\r|\n/);
  const line = (end < 0 ? text : text.slice(0, end)).trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** UTF-8 bytes of a string, as GitHub counts the job summary's size. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * A fenced code block whose fence is longer than any run of backticks in the text, so that no
 * line of it can end the block (CommonMark 4.5); inside, HTML and markup are text.
 */
export function fencedBlock(text: string, info = ''): string {
  let longest = 0;
  for (const run of text.match(/`{3,}/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}\n`;
}
