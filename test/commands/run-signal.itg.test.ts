import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { tempDir, writeTree } from '../helpers/run.js';

// Ctrl-C during `run`, for real: the CLI (dist/cli.js) as a child process builds a small server
// image on the offline base, starts it in Docker, starts two suites that hang (pytest, whose test
// starts a grandchild, and a command suite with a grandchild of its own), and is sent SIGINT.
// Afterwards no process that descends from it runs (found by a mark in their environment, so a
// process nobody wrote down counts too) and its server container is gone.
const BASE = 'parallel-tests/python-base:offline';
const TAG = `parallel-tests-itg/run-sigint:${process.pid}`;
const PORT = 18291;
const PYTHON = process.env.PARALLEL_TESTS_PYTHON ?? '/usr/bin/python3';
const MARK = `PT_SIGINT_MARK=${process.pid}-${Date.now()}`;

function docker(...args: string[]) {
  return spawnSync('docker', args, { encoding: 'utf8' });
}

/** Processes (not zombies) whose environment holds the mark: everything the CLI started. */
function marked(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]!)) continue;
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(MARK))
        found.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

const pidsIn = (dir: string): number[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((f) =>
        readFileSync(path.join(dir, f), 'utf8').split(/\s+/).filter(Boolean).map(Number),
      )
    : [];

const TEST_HANG = `import os, pathlib, subprocess, time

def _hang(name):
    child = subprocess.Popen(["sleep", "300"])
    pathlib.Path(os.environ["PIDS"], name).write_text(f"{os.getpid()} {child.pid}")
    time.sleep(300)

def test_passes():
    pass

def test_hangs():
    _hang("py")
`;

afterAll(() => {
  docker('image', 'rm', '--force', TAG);
});

describe('run: SIGINT while the suites run (the CLI as a child process)', () => {
  it('stops every suite and its grandchildren, removes the server, exits 130', async () => {
    if (docker('image', 'inspect', BASE).status !== 0)
      throw new Error(`no ${BASE}: run scripts/offline-base-image.sh`);
    const dir = tempDir('pt-run-sigint-');
    const pids = path.join(dir, 'pids');
    writeTree(dir, {
      Dockerfile: 'ARG BASE_IMAGE\nFROM $BASE_IMAGE\nCMD ["python3", "-m", "http.server", "8080"]\n',
      'parallel-tests.yml': `image:
  name: ${TAG}
  dockerfile: Dockerfile
  context: .
  build-args:
    BASE_IMAGE: ${BASE}
server:
  ports: ["127.0.0.1:${PORT}:8080"]
  health-url: http://127.0.0.1:${PORT}/
  health-timeout-seconds: 30
suites:
  - name: py
    framework: pytest
    python: ${PYTHON}
    path: tests
    needs-server: true
  - name: sh
    framework: command
    command: [bash, hang.sh]
    needs-server: true
`,
      'pytest.ini': '[pytest]\naddopts = -p no:cacheprovider\n',
      'tests/test_hang.py': TEST_HANG,
      'hang.sh': 'sleep 300 &\necho "$$ $!" > "$PIDS/sh"\necho running\nsleep 300\n',
      'pids/.keep': '',
    });
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'dist/cli.js'),
        'run',
        '--cache-dir',
        path.join(dir, 'cache'),
        '--json',
        'report.json',
      ],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH,
          HOME: dir,
          PYTHONDONTWRITEBYTECODE: '1',
          PIDS: pids,
          [MARK.split('=')[0]!]: MARK.split('=')[1],
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const container = `parallel-tests-run-${child.pid}`;
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.stdout.resume();
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      // Both suites running: the hanging pytest test (with its sleep) and the shell suite (with its sleep).
      const until = Date.now() + 90_000;
      while (!['py', 'sh'].every((f) => existsSync(path.join(pids, f)))) {
        if (Date.now() > until || child.exitCode !== null)
          throw new Error(`the suites did not start:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 200)); // the files are written whole
      const started = pidsIn(pids);
      expect(started).toHaveLength(4);
      const before = marked();
      for (const pid of started) expect(before, `pid ${pid} is marked`).toContain(pid);
      expect(docker('ps', '--quiet', '--filter', `name=^${container}$`).stdout.trim()).not.toBe('');

      child.kill('SIGINT');
      const code = await closed;
      expect(code, stderr).toBe(130);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await closed;
      // Whatever a failure left behind goes, so that it does not hold this machine's cores.
      const left = marked();
      for (const pid of left) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
      }
    }
    expect(stderr).toContain('parallel-tests: SIGINT: stopping every suite and the server');
    expect(marked()).toEqual([]);
    const containers = docker('ps', '--all', '--quiet', '--filter', `name=^${container}$`).stdout.trim();
    if (containers !== '') docker('rm', '--force', container);
    expect(containers).toBe('');
    // The report of what ran: both jobs recorded as stopped, no test counted as passed.
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.timeline.map((t: { job: string; error?: string }) => [t.job, t.error]).sort()).toEqual([
      ['py-1-of-1', 'stopped (interrupted) before it finished'],
      ['sh-1-of-1', 'stopped (interrupted) before it finished'],
    ]);
    expect(report.totals.passed).toBe(0);
  }, 150_000);
});
