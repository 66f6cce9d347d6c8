/**
 * Numbers and durations as every renderer prints them: fixed locale, the same on every machine,
 * and without Intl (its start-up cost, and its output that varies with the runner's locale).
 */

/** 12,345: thousands separated by commas. */
export function formatCount(value: number): string {
  const text = String(Math.trunc(value));
  const sign = text.startsWith('-') ? '-' : '';
  const digits = sign ? text.slice(1) : text;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return sign + out;
}

/** 0.35s, 4.2s, 8m 32s, 1h 05m: short, and precise where a person cares about precision. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '-';
  if (seconds < 10) return `${seconds.toFixed(2)}s`;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  return `${m}m ${String(s).padStart(2, '0')}s`;
}

/** 81%: a 0..1 ratio as a whole percentage. */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** 3.9x */
export function formatSpeedup(ratio: number): string {
  return `${ratio.toFixed(1)}x`;
}

/** "1 test", "2 tests". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
