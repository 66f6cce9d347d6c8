/**
 * Text from a result file as a terminal shows it: control characters escaped, never obeyed.
 * A test name or message can carry ANSI escapes (ESC [ 2 J clears the screen, OSC 8 makes
 * links), CR (rewrites the line before it) and BEL, decoded from character references such as
 * `&#27;`; bidirectional overrides make text read differently than it is (CVE-2021-42574).
 */
// C0 but tab, DEL, C1, the line and paragraph separators, and the bidi embeddings, overrides and isolates.
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text, every control character (newlines too) escaped. */
export function printable(text: string): string {
  return text.replace(CONTROL, escapeChar);
}
