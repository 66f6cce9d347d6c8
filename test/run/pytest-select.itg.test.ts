import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readResultFile } from '../../src/results/collect.js';
import type { TestCase } from '../../src/results/model.js';
import { pytestArgs, renderSelectionFile, type Selection } from '../../src/run/selection.js';
import { ROOT } from '../helpers/paths.js';
import { tempDir, writeTree } from '../helpers/run.js';

// Debian's pytest and pytest-xdist live in /usr/bin/python3 (.ci/run installs them); the
// python3 first on PATH here is another interpreter without them.
const PYTHON = process.env.PARALLEL_TESTS_PYTHON ?? '/usr/bin/python3';
const PLUGIN_DIR = path.join(ROOT, 'src/run');

const PLANNED = {
  'pytest.ini': '[pytest]\n',
  'tests/test_alpha.py': `
import pytest

class TestC:
    @pytest.mark.parametrize("p", ["p-1", "with space", "x[y]", "\u00fc"])
    def test_x(self, p):
        assert p

    def test_y(self):
        pass

def test_plain():
    pass

@pytest.mark.parametrize("a,b", [(1, 2), (3, 4)])
def test_pair(a, b):
    assert a < b
`,
  'tests/sub/test_beta.py': `
import pytest

class TestOuter:
    class TestInner:
        def test_deep(self):
            pass

@pytest.mark.parametrize("n", range(5))
def test_n(n):
    pass
`,
};

// Written after planning: the plan never saw these, so only the catch-all can run them.
const ADDED = {
  'tests/test_new.py': `
import pytest

def test_brand_new():
    pass

@pytest.mark.parametrize("v", ["a", "b"])
def test_new_param(v):
    pass
`,
};

/** A test deleted since the plan was made: listed, never collected. */
const STALE = 'tests/test_gone.py::test_removed';

interface Run {
  stdout: string;
  cases: TestCase[];
}

function python(dir: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(PYTHON, args, {
    cwd: dir,
    // No bytecode: the plugin's folder is the repository's src/run.
    env: { PATH: process.env.PATH, PYTHONDONTWRITEBYTECODE: '1', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

function collect(dir: string): string[] {
  const r = python(dir, ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider']);
  if (r.status !== 0) throw new Error(`pytest --collect-only failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout.split('\n').filter((line) => line.includes('::'));
}

async function runShard(
  dir: string,
  name: string,
  selection: Selection,
  workers: number | 'auto',
  selectionFile = path.join(dir, 'plan', `${name}.txt`),
): Promise<Run> {
  writeFileSync(path.resolve(dir, selectionFile), renderSelectionFile(selection));
  const junit = `results/${name}.xml`;
  const { args, env } = pytestArgs({
    selectionFile,
    pluginDir: PLUGIN_DIR,
    workers,
    junitFile: junit,
    extra: ['-p', 'no:cacheprovider'],
  });
  const r = python(dir, ['-m', 'pytest', ...args], env);
  if (r.status !== 0) {
    throw new Error(`shard ${name}: pytest exited ${r.status ?? r.error?.message}\n${r.stdout}\n${r.stderr}`);
  }
  expect(r.stdout).not.toMatch(/Different tests were collected/);
  const file = await readResultFile(path.join(dir, junit), junit);
  if (!file || file.error) throw new Error(`shard ${name}: no readable JUnit file (${file?.error})`);
  return { stdout: r.stdout, cases: file.cases };
}

/** A node id as the JUnit xunit1 report names it: dotted module and classes, then the test name. */
function junitKey(nodeId: string): string {
  const parts = nodeId.split('::');
  const module = parts[0]!.replace(/\.py$/, '').replaceAll('/', '.');
  return [module, ...parts.slice(1, -1)].join('.') + ' ' + parts.at(-1);
}

const keysOf = (cases: TestCase[]) => cases.map((c) => `${c.className} ${c.name}`).sort();

describe('pytest shards through the selection plugin (real pytest-xdist)', () => {
  let dir: string;
  let planned: string[];
  let all: string[];
  let shards: string[][];
  let runs: Run[];
  let serial: Run;

  beforeAll(async () => {
    const probe = spawnSync(PYTHON, ['-c', 'import pytest, xdist'], { encoding: 'utf8' });
    if (probe.status !== 0) {
      throw new Error(
        `pytest with pytest-xdist is needed in ${PYTHON} (set PARALLEL_TESTS_PYTHON to another interpreter): ` +
          `${probe.error?.message ?? probe.stderr.trim()}\nInstall python3-pytest and python3-pytest-xdist.`,
      );
    }
    dir = tempDir('pt-select-');
    writeTree(dir, { ...PLANNED, 'plan/.keep': '' });
    planned = collect(dir);
    // The plan: two listed shards, round robin; the third is the catch-all, listing nothing of its own.
    shards = [0, 1].map((s) => planned.filter((_, i) => i % 3 === s));
    writeTree(dir, ADDED);
    all = collect(dir);
    const others = [...shards[0]!, ...shards[1]!];
    runs = [
      await runShard(dir, 'shard-1', { mode: 'include', tests: shards[0]! }, 2),
      await runShard(dir, 'shard-2', { mode: 'include', tests: [...shards[1]!, STALE] }, 2),
      // A relative selection file: relative to where pytest starts, in the controller and the workers.
      await runShard(dir, 'catch-all', { mode: 'exclude', tests: others }, 2, 'plan/catch-all.txt'),
    ];
    serial = await runShard(dir, 'shard-2-serial', { mode: 'include', tests: [...shards[1]!, STALE] }, 1);
  }, 240_000);

  it('collects what the test project holds, ids with brackets, spaces and escapes included', () => {
    expect(planned).toHaveLength(14);
    expect(planned).toContain('tests/test_alpha.py::TestC::test_x[with space]');
    expect(planned).toContain('tests/test_alpha.py::TestC::test_x[x[y]]');
    expect(planned).toContain('tests/test_alpha.py::TestC::test_x[\\xfc]');
    expect(planned).toContain('tests/sub/test_beta.py::TestOuter::TestInner::test_deep');
    expect(all).toHaveLength(17);
  });

  it('runs every collected test exactly once across the three shards', () => {
    const ran = keysOf(runs.flatMap((r) => r.cases));
    expect(ran).toEqual(all.map(junitKey).sort());
    expect(runs.flatMap((r) => r.cases).every((c) => c.status === 'passed')).toBe(true);
  });

  it('runs exactly the listed tests in each include shard', () => {
    expect(keysOf(runs[0]!.cases)).toEqual(shards[0]!.map(junitKey).sort());
    expect(keysOf(runs[1]!.cases)).toEqual(shards[1]!.map(junitKey).sort());
  });

  it('runs the tests the plan never saw in the catch-all', () => {
    const added = all.filter((id) => !planned.includes(id));
    expect(added).toEqual([
      'tests/test_new.py::test_brand_new',
      'tests/test_new.py::test_new_param[a]',
      'tests/test_new.py::test_new_param[b]',
    ]);
    const catchAll = keysOf(runs[2]!.cases);
    for (const id of added) expect(catchAll).toContain(junitKey(id));
    expect(catchAll).toHaveLength(all.length - shards[0]!.length - shards[1]!.length);
  });

  it('says once, under xdist, what was selected and which listed tests were not collected', () => {
    expect(runs[0]!.stdout).toContain(`parallel-tests: include selection, ${shards[0]!.length} selected, `);
    expect(runs[2]!.stdout).toContain(
      `parallel-tests: exclude selection, ${runs[2]!.cases.length} selected, ${shards[0]!.length + shards[1]!.length} deselected`,
    );
    const warning = `parallel-tests: 1 listed tests were not collected (first: ${STALE})`;
    expect(runs[1]!.stdout.split(warning)).toHaveLength(2);
    expect(runs[0]!.stdout).not.toContain('not collected');
  });

  it('without xdist: the same tests, pytest counts the deselected ones, and the stale id is one line, not a Python warning', () => {
    expect(serial.stdout).not.toMatch(/gw\d/);
    expect(keysOf(serial.cases)).toEqual(keysOf(runs[1]!.cases));
    expect(serial.stdout).toMatch(
      new RegExp(`${shards[1]!.length} passed, ${all.length - shards[1]!.length} deselected in`),
    );
    expect(serial.stdout).toContain('parallel-tests: 1 listed tests were not collected');
  });
});
