/**
 * Issue 15 through the CLI (node dist/cli.js, as a user runs it): hostile inputs next to one good
 * file end with the right exit code, the good file counted, within seconds. Output is captured.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/plan/history.js';
import { ROOT } from '../helpers/paths.js';
import { tempDir, writeTree } from '../helpers/run.js';

const GOOD =
  '<testsuite name="good"><testcase classname="t.test_a" name="test_ok" file="t/test_a.py" time="1.5"/></testsuite>';
const CONFIG = 'suites:\n  - name: py\n    framework: pytest\n';

let dir: string;
beforeEach(() => {
  dir = tempDir('pt-hostile-');
  writeTree(dir, { 'good.xml': GOOD, 'parallel-tests.yml': CONFIG });
});

const cli = (args: string[], timeout = 20_000) => {
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH },
    encoding: 'utf8',
    timeout,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started, signal: r.signal };
};

describe('issue 15, item 2: one bad duration never poisons later runs', () => {
  it('time="1e306" is never saved as null; the next aggregate and plan on that history work', () => {
    writeTree(dir, {
      'huge.xml':
        '<testsuite name="h"><testcase classname="t.test_b" name="test_huge" time="1e306"/></testsuite>',
    });
    const first = cli(['aggregate', 'good.xml', 'huge.xml', '--history', 'h.json']);
    expect(first.code, first.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'h.json'), 'utf8');
    expect(text).not.toContain('null');
    expect(() => parseHistory(text, 'h.json')).not.toThrow();
    const again = cli(['aggregate', 'good.xml', '--history', 'h.json']);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    const plan = cli(['plan', '--history', 'h.json', '--json']);
    expect(plan.code, plan.stderr).toBe(0);
  });

  it('a corrupt history (as an older version wrote it) is a warning and a fresh start', () => {
    const poisoned =
      '{"format": "parallel-tests-timings", "version": 1, "snapshots": [{"t/test_a.py::test_ok": null}]}';
    writeFileSync(path.join(dir, 'h.json'), poisoned);
    const plan = cli(['plan', '--history', 'h.json', '--json']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(JSON.parse(plan.stdout).warnings.join('\n')).toMatch(
      /h\.json.*expected seconds, got null.*start afresh/,
    );
    const agg = cli(['aggregate', 'good.xml', '--history', 'h.json']);
    expect(agg.code, agg.stdout + agg.stderr).toBe(0);
    expect(agg.stdout).toMatch(/h\.json: .*start afresh/);
    const history = parseHistory(readFileSync(path.join(dir, 'h.json'), 'utf8'), 'h.json');
    expect(history.map((s) => Object.fromEntries(s))).toEqual([{ 't/test_a.py::test_ok': 1.5 }]);
  });

  it('not JSON at all, or a FIFO in its place: a warning, never a hang or a failed run', () => {
    writeFileSync(path.join(dir, 'h.json'), '\u0000\u0001garbage');
    expect(cli(['aggregate', 'good.xml', '--history', 'h.json']).code).toBe(0);
    execFileSync('mkfifo', [path.join(dir, 'fifo.json')]);
    const plan = cli(['plan', '--history', 'fifo.json', '--json']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/not a regular file/);
    const agg = cli(['aggregate', 'good.xml', '--history', 'fifo.json']);
    expect(agg.code, agg.stderr).toBe(0);
    expect(parseHistory(readFileSync(path.join(dir, 'fifo.json'), 'utf8'), 'fifo.json')).toHaveLength(1);
  });
});

describe('issue 15, item 4: plan reads only regular files', () => {
  it.each([
    ['--config', ['plan', '--config', 'fifo.yml'], /config .*fifo\.yml: not a regular file/],
    [
      '--timings (a .test_durations file)',
      ['plan', '--timings', 'fifo.json'],
      /timings .*fifo\.json: not a regular file/,
    ],
    ['--timings (result files)', ['plan', '--timings', 'fifo.xml'], /fifo\.xml: not a regular file/],
  ])('a FIFO given to %s ends at once with a message naming it', (_, args, message) => {
    for (const name of ['fifo.yml', 'fifo.json', 'fifo.xml']) execFileSync('mkfifo', [path.join(dir, name)]);
    const r = cli(args, 15_000);
    expect(r.signal).toBeNull();
    expect(`${r.stdout}${r.stderr}`).toMatch(message);
  });
});

describe('issue 15, item 9: only exclusions read nothing and fail', () => {
  it("aggregate '!coverage.xml' is bad input (exit 2), not 0 tests passed", () => {
    const r = cli(['aggregate', '!coverage.xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/only exclusions given \("!coverage\.xml"\)/);
  });
});

/**
 * We run as root, and root reads a mode 000 folder. Dropping every capability (setpriv, keeping
 * uid 0) makes the kernel refuse it as it refuses any other user; as a non-root user the mode
 * alone does.
 */
function asUnprivileged(args: string[]): string[] {
  return process.getuid?.() === 0
    ? ['setpriv', '--inh-caps=-all', '--bounding-set=-all', '--', ...args]
    : args;
}
const canDropPrivileges =
  process.getuid?.() !== 0 || spawnSync('setpriv', ['--version'], { encoding: 'utf8' }).status === 0;

describe('issue 15, item 5: a folder the walk cannot enter is an error entry', () => {
  it.skipIf(!canDropPrivileges)(
    'results/locked/ (mode 000) with a failing test: exit 2, the folder named, the rest counted',
    () => {
      writeTree(dir, {
        'results/ok/junit.xml': GOOD,
        'results/locked/junit.xml':
          '<testsuite name="s"><testcase classname="c" name="bad"><failure message="boom"/></testcase></testsuite>',
      });
      chmodSync(path.join(dir, 'results/locked'), 0o000);
      try {
        const [command, ...rest] = asUnprivileged([process.execPath, path.join(ROOT, 'dist/cli.js')]);
        const r = spawnSync(command!, [...rest, 'aggregate', 'results/**/*.xml', '--json', 'r.json'], {
          cwd: dir,
          env: { PATH: process.env.PATH },
          encoding: 'utf8',
          timeout: 20_000,
        });
        expect(r.status, r.stderr).toBe(2);
        const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
        expect(report.files).toContainEqual(
          expect.objectContaining({
            path: 'results/locked',
            error: expect.stringMatching(/cannot read this directory \(EACCES\)/),
          }),
        );
        expect(report.totals.passed).toBe(1);
      } finally {
        chmodSync(path.join(dir, 'results/locked'), 0o755);
      }
    },
  );
});

describe('issue 15, item 16: a full disk is exit 3 with one line, and nothing else is lost', () => {
  const full = '/dev/full';
  /** The CLI with its stdout (and maybe stderr) on /dev/full, where every write fails with ENOSPC. */
  const cliFull = (args: string[], stderrFull = false) => {
    const fd = openSync(full, 'w');
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], {
        cwd: dir,
        env: { PATH: process.env.PATH },
        encoding: 'utf8',
        timeout: 20_000,
        stdio: ['ignore', fd, stderrFull ? fd : 'pipe'],
      });
      return { code: r.status, stderr: r.stderr ?? '' };
    } finally {
      closeSync(fd);
    }
  };

  it.skipIf(!existsSync(full))(
    'aggregate good.xml > /dev/full: exit 3, one line naming stdout; the JSON report and history are written',
    () => {
      const r = cliFull(['aggregate', 'good.xml', '--json', 'r.json', '--history', 'h.json']);
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(
        'parallel-tests: cannot write to standard output: ENOSPC: no space left on device, write\n',
      );
      expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).totals.passed).toBe(1);
      expect(parseHistory(readFileSync(path.join(dir, 'h.json'), 'utf8'), 'h.json')).toHaveLength(1);
    },
  );

  it.skipIf(!existsSync(full))(
    'a failing run stays at least 3; stdout and stderr both full is still 3',
    () => {
      writeTree(dir, {
        'bad.xml':
          '<testsuite name="s"><testcase classname="c" name="bad"><failure message="x"/></testcase></testsuite>',
      });
      expect(cliFull(['aggregate', 'good.xml', 'bad.xml']).code).toBe(3);
      expect(cliFull(['plan', '--json'], true).code).toBe(3);
    },
  );

  it.skipIf(!existsSync(full))(
    '--json /dev/full: the report still reaches the console, the file is named, exit 3',
    () => {
      const r = cli(['aggregate', 'good.xml', '--json', full]);
      expect(r.code).toBe(3);
      expect(r.stdout).toMatch(/^1 tests in 1 result files: 1 passed/);
      expect(r.stderr).toBe(
        `parallel-tests: the JSON report ${full} was not written: ENOSPC: no space left on device, write\n`,
      );
    },
  );

  it("a reader that closes the pipe early (| head) only stops the writing: the exit code is the run's", () => {
    const suites = Array.from(
      { length: 5000 },
      (_, i) => `<testsuite name="s${i}"><testcase classname="c" name="t"/></testsuite>`,
    );
    writeTree(dir, { 'many.xml': `<testsuites>${suites.join('')}</testsuites>` });
    const command = `"${process.execPath}" "${path.join(ROOT, 'dist/cli.js')}" aggregate many.xml | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', command], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0\n');
  });
});

describe('issue 15, items 7 and 15: shard counts a matrix cannot run', () => {
  it.each([
    [
      ['plan', '--shards', '100000'],
      /^parallel-tests: 100000 shards were asked for every suite; a GitHub matrix runs at most 256 jobs/,
    ],
    [['plan', '--shards', '999999999999'], /^parallel-tests: 999999999999 shards were asked .* 256 jobs/],
    [
      ['plan', '--shards', '999999999999', '--local'],
      /^parallel-tests: 999999999999 shards .* a local plan has at most 100000 shards a suite/,
    ],
  ])('%j: exit 2 with one line, no shard file written', (args, message) => {
    const r = cli([...args, '--out', 'shards']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(path.join(dir, 'shards'))).toBe(false);
  });

  it('plan --local --shards 300 writes the 300 shard files it was asked for', () => {
    writeTree(dir, {
      'tests.txt': Array.from({ length: 300 }, (_, i) => `t/test_${i}.py::test_${i}`).join('\n'),
    });
    const r = cli([
      'plan',
      '--local',
      '--shards',
      '300',
      '--tests',
      'py=tests.txt',
      '--out',
      'shards',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).matrix.include).toHaveLength(300);
    expect(existsSync(path.join(dir, 'shards/py/shard-300.txt'))).toBe(true);
  });
});

describe('issue 15, item 14: an alias bomb in the config through the CLI', () => {
  it('plan --config bomb.yml: exit 2 naming the file and line, at once', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    writeTree(dir, { 'bomb.yml': `${lines.join('\n')}\n${CONFIG}` });
    const r = cli(['plan', '--config', 'bomb.yml'], 10_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^parallel-tests: bomb\.yml:2:10: its aliases \(\*name\) expand to too many nodes/,
    );
    expect(r.ms).toBeLessThan(5000);
  });
});
