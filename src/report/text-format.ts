/**
 * Numbers, durations and escaping for the comment, the check run and their sections.
 */
// Until the job summary's helpers land (report/format.ts and markdown.ts, issue 10 items 1-3):
// the same names and signatures, so that switching is an import; then this file goes.

/** 12,345: thousands separated, the same on every machine (no Intl). */
export function formatCount(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 0.35s, 4.2s, 8m 32s, 1h 05m. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '-';
  if (seconds < 10) return `${seconds.toFixed(2)}s`;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  return `${m}m ${String(whole % 60).padStart(2, '0')}s`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text from a result file as inline markdown on one line: no HTML, no markup, no table cell
 * end, no mention or emoji (CommonMark lets any ASCII punctuation be backslash-escaped).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[&<>]/g, (c) => ENTITIES[c]!)
    .replace(/[\\`*_~[\]|$:@#]/g, '\\$&');
}
