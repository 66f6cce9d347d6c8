import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSelectionFile } from '../../src/run/selection.js';
import { ROOT } from '../helpers/paths.js';
import { tempDir, writeTree } from '../helpers/run.js';

// Debian's pytest and pytest-xdist (scripts/test-deps.sh installs them).
const PYTHON = process.env.PARALLEL_TESTS_PYTHON ?? '/usr/bin/python3';

/** A project like pypa/packaging and pallets/click: warnings are errors. */
function project(): string {
  const dir = tempDir('pt-plugin-');
  writeTree(dir, {
    'pytest.ini': '[pytest]\nfilterwarnings =\n    error\nmarkers =\n    slow: slow tests\n',
    'tests/test_a.py':
      'import pytest\n\ndef test_one():\n    pass\n\n@pytest.mark.slow\ndef test_two():\n    pass\n\ndef test_three():\n    pass\n',
  });
  return dir;
}

function pytest(dir: string, args: string[], selection?: string) {
  const r = spawnSync(PYTHON, ['-m', 'pytest', '-p', 'parallel_tests_select', '-q', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      PYTHONPATH: path.join(ROOT, 'src/run'),
      PYTHONDONTWRITEBYTECODE: '1',
      ...(selection ? { PARALLEL_TESTS_SELECTION: selection } : {}),
    },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the selection plugin on projects with filterwarnings = error (issue 14)', () => {
  it('a listed id that is no longer collected is one line, not a warning that crashes the shard', () => {
    const dir = project();
    writeTree(dir, {
      'shard.txt': renderSelectionFile({
        mode: 'include',
        tests: ['tests/test_a.py::test_one', 'tests/test_a.py::test_gone'],
      }),
    });
    const r = pytest(dir, [], 'shard.txt');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/1 passed, 2 deselected/);
    expect(r.out).toContain(
      'parallel-tests: 1 listed tests were not collected (first: tests/test_a.py::test_gone)',
    );
  });

  it('the count it reports is after -m deselected too', () => {
    const dir = project();
    writeTree(dir, {
      'shard.txt': renderSelectionFile({
        mode: 'include',
        tests: ['tests/test_a.py::test_one', 'tests/test_a.py::test_two'],
      }),
    });
    const serial = pytest(dir, ['-m', 'not slow'], 'shard.txt');
    expect(serial.code, serial.out).toBe(0);
    expect(serial.out).toContain('parallel-tests: include selection, 1 selected, 1 deselected');
    const xdist = pytest(dir, ['-m', 'not slow', '-n', '2'], 'shard.txt');
    expect(xdist.code, xdist.out).toBe(0);
    expect(xdist.out).toContain('parallel-tests: include selection, 1 selected, 1 deselected');
  });

  it('loaded without a selection it says that every collected test runs (with and without xdist)', () => {
    const dir = project();
    for (const args of [[], ['-n', '2']]) {
      const r = pytest(dir, args);
      expect(r.code, r.out).toBe(0);
      expect(r.out).toMatch(/3 passed/);
      expect(r.out).toContain(
        'parallel-tests: no selection (PARALLEL_TESTS_SELECTION is not set): every collected test runs',
      );
    }
  });
});
