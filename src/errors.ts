/**
 * Typed errors, classified only at the edges (cli.ts, main.ts) into exit codes:
 * 0 all passed, 1 test failures, 2 bad input or config, 3 infrastructure.
 */

export const EXIT = { passed: 0, testFailures: 1, badInput: 2, infrastructure: 3 } as const;

/** Bad input or configuration: the message names the file (and line) and what was expected. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Image, server or runner trouble: nothing the tests themselves said. */
export class InfrastructureError extends Error {
  override readonly name = 'InfrastructureError';
}

/** Anything thrown (not only Error objects) as a message a person can read. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

export function exitCodeOf(err: unknown): number {
  return err instanceof InputError ? EXIT.badInput : EXIT.infrastructure;
}

/** An option or input that must be a whole number of at least 1, when it is given at all. */
export function wholeNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value))
    throw new InputError(`${option} must be a whole number of at least 1, got "${value}"`);
  return Number(value);
}
