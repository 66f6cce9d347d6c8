/**
 * Orders and roundings every report and plan shares, spelled once: deterministic output must not
 * depend on the machine's locale, nor print float sums as 12.300000000000002.
 */

/** Fixed, locale-free order (UTF-16 code units). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Seconds to the millisecond. */
export function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
