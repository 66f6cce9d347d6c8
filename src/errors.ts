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
