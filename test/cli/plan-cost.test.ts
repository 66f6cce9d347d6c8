import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDist, tempDir, writeTree } from '../helpers/run.js';

/** JUnit for `files` files of 10 tests, 1 s each, starting at file `from`. */
function junit(from: number, files: number): string {
  const cases: string[] = [];
  for (let f = from; f < from + files; f++) {
    for (let t = 0; t < 10; t++) {
      cases.push(
        `<testcase classname="tests.test_f${f}" name="test_${t}" file="tests/test_f${f}.py" time="1"/>`,
      );
    }
  }
  return `<testsuite name="pytest">${cases.join('')}</testsuite>`;
}

const config = (extra = '') =>
  `suites:\n  - name: api\n    framework: pytest\n    path: tests\n    shards: 3\n${extra}`;

/**
 * Files of each include shard the plan wrote, and how many times files were counted over them:
 * equal to the distinct files when no file is cut (the catch-all, an exclude list, left out).
 */
function fileSpread(dir: string): { counted: number; distinct: number } {
  const all = new Set<string>();
  let counted = 0;
  for (let i = 1; i <= 3; i++) {
    const text = readFileSync(path.join(dir, '.parallel-tests/plan/api', `shard-${i}.txt`), 'utf8');
    if (!text.includes('selection: include')) continue;
    const ids = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    const files = new Set(ids.map((id) => id.split('::')[0]!));
    counted += files.size;
    for (const f of files) all.add(f);
  }
  return { counted, distinct: all.size };
}

function plan(dir: string, timings: string) {
  return runDist('cli.js', ['plan', '--timings', timings, '--explain', '--host-cores', '8'], { cwd: dir });
}

describe('CLI: plan with the shard cost model', () => {
  it('with a declared 1 s per-file cost keeps files whole, and --explain says why', () => {
    const dir = tempDir('pt-cost-');
    writeTree(dir, {
      'parallel-tests.yml': config('    file-setup-seconds: 1\n'),
      'results/junit.xml': junit(0, 11),
    });
    const r = plan(dir, 'results/junit.xml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('api: setup 1.00 s per file (declared (file-setup-seconds))');
    const spread = fileSpread(dir);
    expect(spread.counted).toBe(spread.distinct);
    expect(r.stdout).toMatch(
      /api: split by whole files: the shorter modelled longest shard of single tests [\d.]+ s, whole files [\d.]+ s/,
    );
  });

  it('with no evidence splits single tests, and --explain says the cost is 0', () => {
    const dir = tempDir('pt-cost-');
    writeTree(dir, { 'parallel-tests.yml': config(), 'results/junit.xml': junit(0, 11) });
    const r = plan(dir, 'results/junit.xml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('api: setup 0.00 s per file (no evidence: 0)');
    expect(r.stdout).toContain('api: split by single tests: no setup per file');
    // 11 equal files over 3 shards: single tests cut at least one of them.
    const spread = fileSpread(dir);
    expect(spread.counted).toBeGreaterThan(spread.distinct);
  });

  it('fits the per-file cost from earlier job records and plans with it', () => {
    const dir = tempDir('pt-cost-');
    // Three earlier jobs that each paid 5 s start-up + 2 s per file + their tests (1 worker).
    const tree: Record<string, string> = { 'parallel-tests.yml': config() };
    let from = 0;
    [2, 4, 5].forEach((files, i) => {
      const wall = 5 + 2 * files + 10 * files;
      tree[`results/api-${i + 1}/junit.xml`] = junit(from, files);
      tree[`results/api-${i + 1}/parallel-tests-job.json`] = JSON.stringify({
        version: 1,
        suite: 'api',
        shard: i + 1,
        shards: 3,
        framework: 'pytest',
        workers: 1,
        cores: 1,
        runner: 'local',
        start: '2026-01-01T00:00:00.000Z',
        end: new Date(Date.parse('2026-01-01T00:00:00.000Z') + wall * 1000).toISOString(),
        exit: 0,
        command: ['pytest'],
        results: ['junit.xml'],
      });
      from += files;
    });
    writeTree(dir, tree);
    const r = plan(dir, 'results/**/*.xml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('api: setup 2.00 s per file (fitted from 3 earlier jobs), start-up 5.0 s');
    expect(r.stdout).toContain('api: split by whole files');
    // Whole files: each of the 11 files in exactly one shard.
    const spread = fileSpread(dir);
    expect(spread.distinct).toBeGreaterThan(0);
    expect(spread.counted).toBe(spread.distinct);
  });
});
