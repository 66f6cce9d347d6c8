/**
 * Running one suite's program (shell): in a process group of its own, so a timeout or Ctrl-C
 * stops its whole tree (TERM to the group, a grace period, then KILL); output split into lines
 * per stream, handed on (the CLI's prefix, the action's group) and kept in a log file; the last
 * lines kept for the error when it writes no results; pinned to its CPU range with taskset
 * where there is one; exit code or signal, start and end recorded.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

export interface ProcessOptions {
  command: string;
  args: readonly string[];
  /** The whole environment of the program. */
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Pin to these CPUs (taskset's list form, "2-7"); the taskset program to do it with. */
  pin?: { cpus: string; taskset: string };
  /** Milliseconds before the tree is stopped; none: no limit. */
  timeoutMs?: number;
  /** Milliseconds between TERM and KILL (default 10 s). */
  graceMs?: number;
  /** Appended to: the command line, then every line of output. */
  logFile?: string;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Aborting stops the tree as a timeout does (Ctrl-C, SIGTERM). */
  signal?: AbortSignal;
  /** Lines of output kept for messages (default 40). */
  tailLines?: number;
}

export interface ProcessOutcome {
  /** Exit code; null when a signal ended it or it never started. */
  exit: number | null;
  /** The signal that ended it, when one did. */
  signal: NodeJS.Signals | null;
  start: Date;
  end: Date;
  timedOut: boolean;
  /** Stopped from outside (the abort signal). */
  stopped: boolean;
  /** Why it could not start (ENOENT: not installed). */
  error?: string;
  tail: string[];
  /** CPU seconds (user + system) of the program and the descendants it waited for; Linux only. */
  cpuSeconds?: number;
  pid?: number;
}

const DEFAULT_GRACE_MS = 10_000;

/**
 * Children's CPU time of this process from /proc/self/stat (cutime + cstime, fields 16 and 17,
 * in clock ticks: USER_HZ, 100 on every Linux architecture node runs on). Node reaps its children
 * itself, so each finished suite's tree adds to it; undefined off Linux.
 */
function childrenCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * The children's CPU seconds read so far: each finished program takes what was added since the
 * last one finished, so with several suites at once the seconds add up to the true total (two
 * programs reaped in the same instant: the first takes both).
 */
let ledger = childrenCpuSeconds() ?? 0;

function takeCpuSeconds(): number | undefined {
  const now = childrenCpuSeconds();
  if (now === undefined) return undefined;
  const mine = Math.max(0, now - ledger);
  ledger = now;
  return Math.round(mine * 100) / 100;
}

/**
 * Whether any process of the group still runs. On Linux from /proc, leaving out zombies: a
 * killed orphan stays a zombie until PID 1 reaps it (slow in some containers), and signal 0
 * would still find it.
 */
export function groupAlive(pgid: number): boolean {
  let entries: string[] | undefined;
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    entries = undefined;
  }
  if (entries === undefined) {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EPERM';
    }
  }
  for (const pid of entries) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // After the command name: state, ppid, pgrp.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is gone already.
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** TERM to the whole group, up to `graceMs` for it to go, then KILL. */
export async function stopGroup(pgid: number, graceMs: number): Promise<void> {
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(50);
  if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
  // KILL cannot be refused; the group is gone once the kernel has reaped it.
  for (let i = 0; i < 100 && groupAlive(pgid); i++) await sleep(20);
}

export function runProcess(options: ProcessOptions): Promise<ProcessOutcome> {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const keep = options.tailLines ?? 40;
  const tail: string[] = [];
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  const emit = (line: string, stream: 'stdout' | 'stderr') => {
    tail.push(line);
    if (tail.length > keep) tail.shift();
    log?.write(`${line}\n`);
    options.onLine?.(line, stream);
  };
  const [command, args] = options.pin
    ? [options.pin.taskset, ['-c', options.pin.cpus, options.command, ...options.args]]
    : [options.command, [...options.args]];
  const start = new Date();
  return new Promise((resolve) => {
    let timedOut = false;
    let stopped = false;
    let stopping: Promise<void> | undefined;
    let spawnError: string | undefined;
    let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let cpuSeconds: number | undefined;
    // detached: the child leads a new process group (setsid), so -pid reaches its whole tree.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const pgid = child.pid;
    const stop = () => {
      if (pgid !== undefined) stopping ??= stopGroup(pgid, graceMs);
      return stopping;
    };
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            emit(
              `parallel-tests: timed out after ${Math.round(options.timeoutMs! / 1000)} s; stopping the process tree`,
              'stderr',
            );
            void stop();
          }, options.timeoutMs)
        : undefined;
    const onAbort = () => {
      stopped = true;
      void stop();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    const partial = { stdout: '', stderr: '' };
    for (const name of ['stdout', 'stderr'] as const) {
      child[name].setEncoding('utf8').on('data', (chunk: string) => {
        const parts = (partial[name] + chunk).split('\n');
        partial[name] = parts.pop() ?? '';
        for (const line of parts) emit(line.endsWith('\r') ? line.slice(0, -1) : line, name);
      });
    }
    child.on('error', (err) => {
      spawnError = (err as NodeJS.ErrnoException).code === 'ENOENT' ? `${command}: not found` : err.message;
    });
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      cpuSeconds = takeCpuSeconds();
      // The leader is gone; what it left behind in its group (a crash's orphans) goes too.
      if (pgid !== undefined && groupAlive(pgid)) void stop();
    });
    child.on('close', async () => {
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      await stopping;
      for (const name of ['stdout', 'stderr'] as const) if (partial[name]) emit(partial[name], name);
      const outcome: ProcessOutcome = {
        exit: exited?.code ?? null,
        signal: exited?.signal ?? null,
        start,
        end: new Date(),
        timedOut,
        stopped,
        tail: [...tail],
        ...(spawnError !== undefined ? { error: spawnError } : {}),
        ...(cpuSeconds !== undefined ? { cpuSeconds } : {}),
        ...(pgid !== undefined ? { pid: pgid } : {}),
      };
      if (log) await new Promise<void>((r) => log.end(r));
      resolve(outcome);
    });
  });
}

/** "0-1,4" from [0, 1, 4]: taskset's list form, ranges merged. */
export function cpuList(cores: readonly number[]): string {
  const sorted = [...new Set(cores)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}
