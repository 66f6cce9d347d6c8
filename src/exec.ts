/**
 * Running programs, behind one small function type so shells receive it as an argument (and
 * tests can hand in the real one with another PATH). Output is collected up to a bound; a
 * program that cannot start is a result with code null, not an exception.
 */
import { spawn } from 'node:child_process';
import { InfrastructureError } from './errors.js';

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why it could not run at all (ENOENT: not installed), when that happened. */
  error?: string;
}

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the program is killed. */
  timeoutMs?: number;
  /** Lines of output as they come (for long builds a person watches). */
  onLine?: (line: string) => void;
  /** Characters kept per stream (the tail); default 1 MiB. */
  maxOutput?: number;
}

export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

/** Output kept per stream: the tail matters most (errors come last). */
const MAX_OUTPUT = 1024 * 1024;

function keepTail(text: string, max: number): string {
  return text.length > max ? text.slice(text.length - max) : text;
}

export const execProcess: Exec = (command, args, options = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs,
    });
    const out = { stdout: '', stderr: '' };
    // Lines are split per stream: a half line of one must not run on into the other's output.
    const partial = { stdout: '', stderr: '' };
    for (const name of ['stdout', 'stderr'] as const) {
      child[name].setEncoding('utf8').on('data', (chunk: string) => {
        out[name] = keepTail(out[name] + chunk, options.maxOutput ?? MAX_OUTPUT);
        if (!options.onLine) return;
        const parts = (partial[name] + chunk).split('\n');
        partial[name] = parts.pop() ?? '';
        for (const l of parts) options.onLine(l);
      });
    }
    child.on('error', (err) => resolve({ code: null, ...out, error: err.message }));
    child.on('close', (code) => {
      for (const rest of [partial.stdout, partial.stderr]) if (rest && options.onLine) options.onLine(rest);
      resolve({ code, ...out });
    });
  });

export function failure(what: string, result: ExecResult): InfrastructureError {
  const detail =
    result.error ?? (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-15).join('\n');
  return new InfrastructureError(`${what} failed (exit ${result.code ?? 'none'}): ${detail}`);
}
