import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAggregate } from '../../src/commands/aggregate.js';
import { parseConfig } from '../../src/config/config.js';
import { parseJobRecord } from '../../src/results/job-record.js';
import { runShard, type ShardOptions } from '../../src/run/shard.js';
import { ROOT } from '../helpers/paths.js';
import { tempDir, writeTree } from '../helpers/run.js';

const PYTHON = process.env.PARALLEL_TESTS_PYTHON ?? '/usr/bin/python3';

const CONFIG = `
suites:
  - name: py
    framework: pytest
    python: ${PYTHON}
    path: tests
    retries: 1
  - name: hang
    framework: command
    command: [bash, hang.sh, "{results}"]
    timeout-minutes: 0.04
  - name: crash
    framework: command
    command: [bash, crash.sh]
  - name: nopy
    framework: pytest
    python: /nonexistent/python3
`;

const FILES = {
  'pytest.ini': '[pytest]\naddopts = -p no:cacheprovider\n',
  'tests/test_a.py': `
import os, pathlib

def test_ok():
    pass

def test_broken():
    assert 1 == 2

def test_flaky():
    marker = pathlib.Path(os.environ["FLAKY_MARKER"])
    if not marker.exists():
        marker.write_text("failed once")
        assert False, "first attempt fails"
`,
  'tests/test_b.py': 'import pytest\n\n@pytest.mark.parametrize("n", [1, 2, 3])\ndef test_n(n):\n    pass\n',
  // Partial results, then grandchildren (one ignores TERM) and a hang.
  'hang.sh': `
cat > "$1/partial.xml" <<'XML'
<testsuite name="hang" tests="2"><testcase classname="h" name="done1" time="0.1"/><testcase classname="h" name="done2" time="0.1"/></testsuite>
XML
sleep 300 &
echo $! >> pids
( trap '' TERM; while :; do sleep 0.2; done ) &
echo $! >> pids
echo "running"
sleep 300
`,
  'crash.sh': 'for i in $(seq 1 30); do echo "step $i"; done\necho "Segmentation fault" >&2\nexit 139\n',
};

function setup() {
  const dir = tempDir('pt-shard-');
  writeTree(dir, FILES);
  const config = parseConfig(CONFIG, 'parallel-tests.yml');
  const options = (name: string, over: Partial<ShardOptions> = {}): ShardOptions => ({
    suite: config.suites.find((s) => s.name === name)!,
    baseDir: dir,
    shard: 1,
    shards: 1,
    workers: 2,
    cores: 2,
    outDir: path.join(dir, 'TestResults', 'run-1', `${name}-1`),
    runner: os.hostname(),
    env: {
      PATH: process.env.PATH,
      PYTHONDONTWRITEBYTECODE: '1',
      FLAKY_MARKER: path.join(dir, 'flaky-marker'),
    },
    graceMs: 300,
    ...over,
  });
  return { dir, options };
}

/** Whether a process runs (a zombie waiting for PID 1 to reap it does not). */
function running(pid: number): boolean {
  const status = `/proc/${pid}/status`;
  return existsSync(status) && !/State:\s+Z/.test(readFileSync(status, 'utf8'));
}

const readRecord = (file: string) => {
  const parsed = parseJobRecord(readFileSync(file, 'utf8'));
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.record;
};

describe('runShard with real programs', () => {
  it('pytest -n 2 through the plugin: failed tests only run again, in a file of their own; the record beside them', async () => {
    const { dir, options } = setup();
    const lines: string[] = [];
    const outcome = await runShard(options('py'), {
      onLine: (l) => lines.push(l),
      pluginDir: path.join(ROOT, 'src/run'),
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.exitCode).toBe(1);
    expect(outcome.flaky).toEqual(['tests/test_a.py::test_flaky']);
    expect(outcome.failing).toBe(1);
    expect(outcome.tests).toBe(6);
    const record = readRecord(path.join(options('py').outDir, 'parallel-tests-job.json'));
    expect(record).toMatchObject({
      suite: 'py',
      shard: 1,
      shards: 1,
      framework: 'pytest',
      workers: 2,
      cores: 2,
      exit: 1,
      results: ['junit.xml', 'junit-attempt-2.xml'],
    });
    expect(record.command.slice(0, 7)).toEqual([
      PYTHON,
      '-m',
      'pytest',
      '-p',
      'parallel_tests_select',
      '-n',
      '2',
    ]);
    expect(record.cpuSeconds).toBeGreaterThan(0);
    expect(record.error).toBeUndefined();
    // The retry selected exactly the two failed tests.
    expect(readFileSync(path.join(options('py').outDir, 'retry-2.txt'), 'utf8')).toBe(
      '# parallel-tests selection: include\ntests/test_a.py::test_broken\ntests/test_a.py::test_flaky\n',
    );
    expect(lines.some((l) => l.startsWith('parallel-tests: retry 1 of 1: 2 failed test(s) again'))).toBe(
      true,
    );
    expect(readFileSync(outcome.logFile, 'utf8')).toContain('$ ');
    const report = (
      await runAggregate(
        { patterns: ['TestResults/run-1/py-1/*.xml'], cwd: dir, allowEmpty: false },
        async () => [],
      )
    ).report;
    expect(report.totals).toMatchObject({ tests: 6, passed: 5, failed: 1, errors: 0, skipped: 0, flaky: 1 });
    expect(report.timeline?.map((t) => [t.job, t.exit])).toEqual([['py-1-of-1', 1]]);
  }, 90_000);

  it('a hanging suite: its whole tree is stopped at the timeout and its partial JUnit still counts', async () => {
    const { dir, options } = setup();
    const outcome = await runShard(options('hang'));
    expect(outcome.status).toBe('error');
    expect(outcome.exitCode).toBe(3);
    expect(outcome.record.error).toMatch(
      /^timed out after 0\.04 min \(timeout-minutes\); its process tree was stopped/,
    );
    expect(outcome.record.error).toContain('running');
    expect(outcome.record.results).toEqual(['partial.xml']);
    expect(outcome.record.exit).toBeNull();
    const pids = readFileSync(path.join(dir, 'pids'), 'utf8').trim().split('\n').map(Number);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(running(pid), `pid ${pid}`).toBe(false);
    const agg = await runAggregate(
      { patterns: ['TestResults/run-1/hang-1/*.xml'], cwd: dir, allowEmpty: false },
      async () => [],
    );
    expect(agg.report.totals).toMatchObject({ tests: 2, passed: 2 });
    expect(agg.exitCode).toBe(3);
  }, 30_000);

  it('a crashing suite without results: an error with its exit and last output, and still a record', async () => {
    const { options } = setup();
    const outcome = await runShard(options('crash'));
    expect(outcome.exitCode).toBe(3);
    expect(outcome.record.exit).toBe(139);
    expect(outcome.record.results).toEqual([]);
    expect(outcome.record.error).toMatch(/^wrote no result file \(exit 139\); last output:\n/);
    expect(outcome.record.error).toContain('step 30\nSegmentation fault');
    expect(readRecord(outcome.recordFile).error).toBe(outcome.record.error);
  }, 30_000);

  it('a suite whose interpreter is missing is not run, and says what is missing', async () => {
    const { options } = setup();
    const outcome = await runShard(options('nopy'));
    expect(outcome.status).toBe('not-run');
    expect(outcome.exitCode).toBe(3);
    expect(outcome.record.error).toBe(
      'not run: suite "nopy": the interpreter /nonexistent/python3 (python: in the config) does not run',
    );
    expect(outcome.record.command).toEqual([]);
  }, 30_000);
});
