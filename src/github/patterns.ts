/** The action's multi-line `results` input as a list of patterns: one per line, `#` lines and blanks dropped. */
export function splitPatterns(input: string): string[] {
  return input
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#'));
}
