import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuList, groupAlive, runProcess } from '../../src/run/process.js';
import { tempDir, writeTree } from '../helpers/run.js';

/** A suite that starts grandchildren (one ignores TERM), writes their pids, then hangs. */
const HANGING = `
sleep 300 &
echo $! >> pids
( trap '' TERM; while :; do sleep 0.2; done ) &
echo $! >> pids
echo started
sleep 300
`;

function alive(pid: number): boolean {
  // A zombie (killed, not yet reaped by PID 1) does not run.
  try {
    if (/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) return false;
  } catch {
    return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('processes: a group per suite, stopped whole', () => {
  it('a timeout stops the whole tree (TERM, then KILL for what ignores it) and keeps the output', async () => {
    const dir = tempDir('pt-proc-');
    writeTree(dir, { 'hang.sh': HANGING });
    const lines: string[] = [];
    const outcome = await runProcess({
      command: 'bash',
      args: ['hang.sh'],
      env: { PATH: process.env.PATH },
      cwd: dir,
      timeoutMs: 1500,
      graceMs: 500,
      logFile: path.join(dir, 'log.txt'),
      onLine: (l) => lines.push(l),
    });
    const pids = readFileSync(path.join(dir, 'pids'), 'utf8').trim().split('\n').map(Number);
    expect(pids).toHaveLength(2);
    expect(outcome.timedOut).toBe(true);
    expect(outcome.exit).toBeNull();
    expect(outcome.signal).toBe('SIGTERM');
    expect(groupAlive(outcome.pid!)).toBe(false);
    for (const pid of [outcome.pid!, ...pids]) expect(alive(pid), `pid ${pid}`).toBe(false);
    expect(lines[0]).toBe('started');
    expect(readFileSync(path.join(dir, 'log.txt'), 'utf8')).toMatch(
      /^started\nparallel-tests: timed out after 2 s/,
    );
    expect(outcome.end.getTime() - outcome.start.getTime()).toBeGreaterThanOrEqual(1500);
  }, 20_000);

  it('an abort (Ctrl-C) stops the tree the same way', async () => {
    const dir = tempDir('pt-proc-');
    writeTree(dir, { 'hang.sh': HANGING });
    const controller = new AbortController();
    const running = runProcess({
      command: 'bash',
      args: ['hang.sh'],
      env: { PATH: process.env.PATH },
      cwd: dir,
      graceMs: 300,
      signal: controller.signal,
      onLine: (l) => {
        if (l === 'started') controller.abort();
      },
    });
    const outcome = await running;
    expect(outcome.stopped).toBe(true);
    const pids = readFileSync(path.join(dir, 'pids'), 'utf8').trim().split('\n').map(Number);
    for (const pid of [outcome.pid!, ...pids]) expect(alive(pid)).toBe(false);
  }, 20_000);

  it('a leader that crashes leaves nothing behind either; exit code, tail and CPU seconds recorded', async () => {
    const dir = tempDir('pt-proc-');
    writeTree(dir, {
      'crash.sh':
        'sleep 300 &\necho $! > pids\nfor i in $(seq 1 50); do echo "line $i"; done\necho "boom" >&2\n' +
        // Some CPU work, so that the seconds measured are not zero.
        'i=0; while [ $i -lt 60000 ]; do i=$((i+1)); done\nexit 7\n',
    });
    const outcome = await runProcess({
      command: 'bash',
      args: ['crash.sh'],
      env: { PATH: process.env.PATH },
      cwd: dir,
      graceMs: 300,
      tailLines: 5,
    });
    expect(outcome.exit).toBe(7);
    expect(outcome.tail).toEqual(['line 47', 'line 48', 'line 49', 'line 50', 'boom']);
    expect(alive(Number(readFileSync(path.join(dir, 'pids'), 'utf8')))).toBe(false);
    expect(outcome.cpuSeconds).toBeGreaterThan(0.05);
  }, 20_000);

  it('a program that is not installed is an error, not a crash of ours', async () => {
    const outcome = await runProcess({
      command: 'no-such-program-pt',
      args: [],
      env: { PATH: '/nonexistent' },
      cwd: '/',
    });
    expect(outcome.exit).toBeNull();
    expect(outcome.error).toBe('no-such-program-pt: not found');
  });

  it('taskset pins the program to its CPU range', async () => {
    const lines: string[] = [];
    const outcome = await runProcess({
      command: 'bash',
      args: ['-c', 'grep Cpus_allowed_list /proc/self/status'],
      env: { PATH: process.env.PATH },
      cwd: '/',
      pin: { cpus: '0', taskset: 'taskset' },
      onLine: (l) => lines.push(l),
    });
    expect(outcome.exit).toBe(0);
    expect(lines).toEqual(['Cpus_allowed_list:\t0']);
  });

  it.each([
    [[0, 1, 2, 5, 7, 8], '0-2,5,7-8'],
    [[3], '3'],
    [[4, 2, 3], '2-4'],
  ])('cpuList(%j) = %s', (cores, list) => {
    expect(cpuList(cores)).toBe(list);
  });
});
