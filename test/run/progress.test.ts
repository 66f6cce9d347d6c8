import { describe, expect, it } from 'vitest';
import { renderProgress, testsDoneIn } from '../../src/run/progress.js';

describe('progress: tests done from the runner output', () => {
  it.each([
    ['pytest', '........................................................................ [ 52%]', 72],
    ['pytest', 'tests/python/test_items.py ..F.s.x                                      [ 42%]', 7],
    ['pytest', '..F', 3],
    ['pytest', 'tests/test_a.py::test_x PASSED                                  [ 10%]', 0],
    ['pytest', '= 137 passed in 2.51s =', 0],
    ['pytest', 'FAILED tests/test_a.py::test_x - assert 1 == 2', 0],
    ['xunit', '  Passed Honua.Server.Tests.Items.Limit [12 ms]', 1],
    ['xunit', '  Failed Honua.Server.Tests.Items.Bbox [3 s]', 1],
    ['xunit', 'Passed!  - Failed:     0, Passed:    83, Skipped:     0, Total:    83', 0],
    ['jest', '  ✓ adds (3 ms)', 0],
  ] as const)('%s: %j -> %d', (framework, line, n) => {
    expect(testsDoneIn(framework, line)).toBe(n);
  });
});

describe('progress: the line', () => {
  it('gives every suite its state, elapsed time and tests done where known', () => {
    const line = renderProgress(
      [
        { name: 'csharp', framework: 'xunit', state: 'running', start: 1_000, tests: 0 },
        { name: 'python', framework: 'pytest', state: 'passed', start: 1_000, end: 9_100, tests: 137 },
        { name: 'qgis', framework: 'pytest', state: 'running', start: 2_000, tests: 1 },
        { name: 'later', framework: 'pytest', state: 'waiting', tests: 0 },
      ],
      0,
      13_000,
    );
    expect(line).toBe(
      'parallel-tests: 13 s | csharp running 12 s | python passed in 8 s, 137 tests | qgis running 11 s, 1 test | later waiting',
    );
    expect(
      renderProgress([{ name: 'a', framework: 'go', state: 'running', start: 0, tests: 0 }], 0, 125_000),
    ).toBe('parallel-tests: 2m 5s | a running 2m 5s');
  });
});
