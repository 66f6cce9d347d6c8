import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDist, tempDir, writeTree } from '../helpers/run.js';

/** Issue 14's defects found on real suites (pypa/packaging, pallets/click, python-attrs/attrs), each reproduced. */
const CONFIG = (extra = '') =>
  `version: 1\nsuites:\n  - name: py\n    framework: pytest\n    path: tests\n${extra}`;

function plan(dir: string, args: string[]) {
  const r = runDist('cli.js', ['plan', '--json', ...args], { cwd: dir });
  return { ...r, json: r.code === 0 ? JSON.parse(r.stdout) : undefined };
}

describe('plan: defects real suites hit (issue 14)', () => {
  it('zeros are not free: 600 tests recorded at 0 s spread over the shards with the slow ones', () => {
    const dir = tempDir('pt-plan-');
    const durations: Record<string, number> = {};
    for (let i = 0; i < 600; i++) durations[`tests/test_zero_${i % 30}.py::t${i}`] = 0;
    for (let i = 0; i < 8; i++) durations[`tests/test_slow.py::s${i}`] = 0.5;
    writeTree(dir, {
      'parallel-tests.yml': CONFIG('    shards: 4\n'),
      'durations.json': JSON.stringify(durations),
    });
    const r = plan(dir, ['--timings', 'durations.json']);
    expect(r.code, r.stderr).toBe(0);
    const counts = r.json.matrix.include.map((e: { tests: number }) => e.tests);
    // Each shard takes a fair part of the zeros (before: one shard took almost all of them).
    for (const n of counts) expect(n).toBeGreaterThan(100);
    expect(r.stderr + r.stdout).not.toMatch(/Error/);
  });

  it('raw `pytest --collect-only -q` output: the summary line and banners are not tests', () => {
    const dir = tempDir('pt-plan-');
    writeTree(dir, {
      'parallel-tests.yml': CONFIG('    shards: 2\n'),
      'collected.txt':
        'tests/test_a.py::test_one\ntests/test_a.py::test_two[a b]\n\n3/4 tests collected (1 deselected) in 0.02s\n' +
        '==================== warnings summary ====================\ntests/test_a.py:3\n  DeprecationWarning: x\n',
    });
    const r = plan(dir, ['--tests', 'py=collected.txt']);
    expect(r.code, r.stderr).toBe(0);
    const tests = r.json.matrix.include.reduce((n: number, e: { tests: number }) => n + e.tests, 0);
    expect(tests).toBe(2);
  });

  it("no timings and shards: auto: the budget's jobs, and the estimated seconds are unknown (not the test count)", () => {
    const dir = tempDir('pt-plan-');
    const ids = Array.from({ length: 300 }, (_, i) => `tests/test_${i % 20}.py::t${i}`).join('\n');
    writeTree(dir, { 'parallel-tests.yml': CONFIG('    shards: auto\n'), 'ids.txt': ids });
    const r = plan(dir, ['--tests', 'ids.txt']);
    expect(r.code, r.stderr).toBe(0);
    // The default runner has 4 cores and the suite's budget is one runner: one job (before: 300 s -> many jobs).
    expect(r.json.matrix.include.length).toBeLessThanOrEqual(4);
    for (const e of r.json.matrix.include) expect(e['estimated-seconds']).toBeNull();
    expect(r.json.warnings.join('\n')).toMatch(/no timings known/);
  });

  it('re-planning into the same folder leaves only the new shard files', () => {
    const dir = tempDir('pt-plan-');
    const ids = Array.from({ length: 40 }, (_, i) => `tests/test_${i}.py::t`).join('\n');
    writeTree(dir, { 'parallel-tests.yml': CONFIG(), 'ids.txt': ids });
    expect(plan(dir, ['--tests', 'ids.txt', '--shards', '5']).code).toBe(0);
    expect(readdirSync(path.join(dir, '.parallel-tests/plan/py'))).toHaveLength(5);
    expect(plan(dir, ['--tests', 'ids.txt', '--shards', '2']).code).toBe(0);
    expect(readdirSync(path.join(dir, '.parallel-tests/plan/py')).sort()).toEqual([
      'shard-1.txt',
      'shard-2.txt',
    ]);
  });

  it('more shards than tests: no empty include shard, and a warning says so', () => {
    const dir = tempDir('pt-plan-');
    writeTree(dir, { 'parallel-tests.yml': CONFIG(), 'ids.txt': 'tests/test_a.py::x\ntests/test_b.py::y\n' });
    const r = plan(dir, ['--tests', 'ids.txt', '--shards', '5']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.matrix.include).toHaveLength(2);
    for (const e of r.json.matrix.include) expect(e.tests).toBe(1);
    expect(r.json.warnings.join('\n')).toMatch(/5 shards for 2 tests/);
  });

  it('a pytest-split durations file is known by its content, whatever its name', () => {
    const dir = tempDir('pt-plan-');
    writeTree(dir, {
      'parallel-tests.yml': CONFIG('    shards: 2\n'),
      'main.test_durations': JSON.stringify({ 'tests/test_a.py::x': 30, 'tests/test_b.py::y': 10 }),
    });
    const r = plan(dir, ['--timings', 'main.test_durations']);
    expect(r.code, r.stderr).toBe(0);
    const seconds = r.json.matrix.include.map((e: { 'estimated-seconds': number }) => e['estimated-seconds']);
    expect(seconds.sort()).toEqual([10, 30]);
  });

  it('a timings file that cannot be read is bad input (exit 2), never a quiet fall-back to counting', () => {
    const dir = tempDir('pt-plan-');
    writeTree(dir, { 'parallel-tests.yml': CONFIG(), 'timings.xml': 'not a result file at all' });
    const r = plan(dir, ['--timings', 'timings.xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/timings "timings\.xml": .*timings\.xml/);
    expect(existsSync(path.join(dir, '.parallel-tests/plan'))).toBe(false);
    expect(readFileSync(path.join(dir, 'timings.xml'), 'utf8')).toBe('not a result file at all');
  });
});
