import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDist, tempDir, writeTree } from '../helpers/run.js';

function checkout(seconds: number): string {
  const dir = tempDir('pt-checkout-');
  writeTree(dir, {
    'results/junit.xml': `<testsuite name="py"><testcase classname="tests.test_a" name="test_x" file="tests/test_a.py" time="${seconds}"/></testsuite>`,
  });
  return dir;
}

describe('aggregate --cache-dir: the timing history grows across fresh checkouts', () => {
  it('restores the history before it appends, so two checkouts in a row leave two snapshots', () => {
    const cache = tempDir('pt-cache-');
    const first = checkout(1);
    const second = checkout(3);
    for (const dir of [first, second]) {
      const r = runDist('cli.js', ['aggregate', 'results/*.xml', '--cache-dir', cache, '--branch', 'main'], {
        cwd: dir,
      });
      expect(r.code, r.stderr).toBe(0);
    }
    const history = JSON.parse(readFileSync(path.join(second, '.parallel-tests/timings.json'), 'utf8'));
    expect(history.snapshots).toEqual([{ 'tests/test_a.py::test_x': 1 }, { 'tests/test_a.py::test_x': 3 }]);
  });

  it('plan on a third fresh checkout reads both snapshots from the cache', () => {
    const cache = tempDir('pt-cache-');
    for (const seconds of [2, 4]) {
      const dir = checkout(seconds);
      expect(
        runDist('cli.js', ['aggregate', 'results/*.xml', '--cache-dir', cache, '--branch', 'main'], {
          cwd: dir,
        }).code,
      ).toBe(0);
    }
    const third = tempDir('pt-checkout-');
    writeTree(third, {
      'parallel-tests.yml':
        'version: 1\nsuites:\n  - name: py\n    framework: pytest\n    path: tests\n    shards: 1\n',
    });
    const r = runDist('cli.js', ['plan', '--json', '--cache-dir', cache, '--branch', 'main'], { cwd: third });
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    // Smoothed at weight 0.5 over 2 s then 4 s: 3 s.
    expect(plan.matrix.include[0]['estimated-seconds']).toBe(3);
  });
});
