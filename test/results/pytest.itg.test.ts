import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregateResults, countTests } from '../../src/results/aggregate.js';
import { readResultFile } from '../../src/results/collect.js';
import type { FileResult } from '../../src/results/model.js';
import { tempDir, writeTree } from '../helpers/run.js';

// Debian's pytest and pytest-xdist live in /usr/bin/python3 (.ci/run installs them); the
// python3 first on PATH here is another interpreter without them.
const PYTHON = process.env.PARALLEL_TESTS_PYTHON ?? '/usr/bin/python3';

const SUITE = `
import os, pathlib, pytest

COUNTER = pathlib.Path(os.environ["FLAKY_COUNTER"])

@pytest.fixture
def broken():
    raise RuntimeError("fixture exploded")

def test_pass():
    assert 1 + 1 == 2

@pytest.mark.parametrize("n", [1, 2, 3])
def test_param(n):
    assert n < 3

def test_error(broken):
    pass

def test_skip():
    pytest.skip("not here")

def test_flaky():
    runs = int(COUNTER.read_text()) if COUNTER.exists() else 0
    COUNTER.write_text(str(runs + 1))
    assert runs >= 1, "fails the first time"

def test_output():
    print("captured " + "x" * 100000)
    assert False
`;

/** pytest's own closing line, e.g. "3 failed, 3 passed, 1 skipped, 1 error in 0.9s": the oracle. */
function pytestSummary(stdout: string): Record<string, number> {
  const line = stdout.trim().split('\n').pop() ?? '';
  const counts: Record<string, number> = { passed: 0, failed: 0, skipped: 0, error: 0 };
  for (const m of line.matchAll(/(\d+) (passed|failed|skipped|errors?)/g))
    counts[m[2]!.replace(/s$/, '')] = Number(m[1]);
  return counts;
}

function pytest(dir: string, args: string[]) {
  const r = spawnSync(
    PYTHON,
    ['-m', 'pytest', '-n', '2', '-o', 'junit_family=xunit1', '-o', 'junit_logging=all', ...args],
    {
      cwd: dir,
      env: { PATH: process.env.PATH, FLAKY_COUNTER: path.join(dir, 'counter'), PYTHONDONTWRITEBYTECODE: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if (r.error || (r.status !== 0 && r.status !== 1)) {
    throw new Error(
      `pytest did not run (${PYTHON}): ${r.error?.message ?? r.stderr}\nInstall python3-pytest and python3-pytest-xdist.`,
    );
  }
  return r.stdout;
}

describe('real pytest-xdist output (2 workers), a failing run and its re-run', () => {
  let dir: string;
  let first: FileResult;
  let rerun: FileResult;
  let firstSummary: Record<string, number>;
  let rerunSummary: Record<string, number>;

  beforeAll(async () => {
    dir = tempDir('pt-pytest-');
    writeTree(dir, { 'tests/test_mix.py': SUITE, 'pytest.ini': '[pytest]\n' });
    firstSummary = pytestSummary(pytest(dir, ['--junitxml=results/run-1/junit.xml', 'tests']));
    // The re-run job: only what failed last time (pytest's --last-failed).
    rerunSummary = pytestSummary(
      pytest(dir, ['--last-failed', '--junitxml=results/run-2/junit.xml', 'tests']),
    );
    first = (await readResultFile(path.join(dir, 'results/run-1/junit.xml'), 'run-1/junit.xml'))!;
    rerun = (await readResultFile(path.join(dir, 'results/run-2/junit.xml'), 'run-2/junit.xml'))!;
  }, 240_000);

  it('each file counts what pytest itself said', () => {
    expect(firstSummary).toEqual({ passed: 3, failed: 3, skipped: 1, error: 1 });
    for (const [file, said] of [
      [first, firstSummary],
      [rerun, rerunSummary],
    ] as const) {
      const c = countTests(file.cases);
      expect(file.error).toBeUndefined();
      expect({ passed: c.passed, failed: c.failed, skipped: c.skipped, error: c.errors }).toEqual(said);
    }
  });

  it('together: the test that failed and then passed is flaky, the rest keep their worst result', () => {
    const agg = aggregateResults([first, rerun]);
    expect(agg.totals).toMatchObject({ tests: 8, passed: 4, failed: 2, errors: 1, skipped: 1, flaky: 1 });
    expect(agg.flaky.map((t) => t.id)).toEqual(['tests.test_mix.test_flaky']);
    expect(agg.failures.map((t) => [t.id, t.status, t.location?.line])).toEqual([
      ['tests.test_mix.test_error', 'errored', 8],
      ['tests.test_mix.test_output', 'failed', 30],
      ['tests.test_mix.test_param[3]', 'failed', 15],
    ]);
  });

  it('keeps a failing test captured output, bounded', () => {
    const output = first.cases.find((c) => c.name === 'test_output')!;
    expect(output.stdout).toMatch(/-+ Captured Out -+\ncaptured x+/);
    expect(output.stdout!.length).toBeLessThan(17_000);
    expect(output.stdout).toMatch(/characters not kept/);
  });
});
