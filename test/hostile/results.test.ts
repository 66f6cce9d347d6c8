/**
 * Issue 15: hostile and broken result files, each defect as its reproduction. Every case ends
 * with counts, a per-file error or a warning, within seconds; the good file always counts.
 */
import { describe, expect, it } from 'vitest';
import { aggregateResults } from '../../src/results/aggregate.js';
import { framesOf, locateFailure } from '../../src/results/locate.js';
import type { FileResult } from '../../src/results/model.js';
import { parseResultText } from '../../src/results/parse.js';

const GOOD = '<testsuite name="good"><testcase classname="t.test_a" name="test_ok" time="1"/></testsuite>';

function withGood(name: string, text: string): FileResult[] {
  return [parseResultText('good.xml', GOOD), parseResultText(name, text)];
}

describe('issue 15, item 1: failure location is linear in the message length', () => {
  it.each([
    ['letters', 'a'.repeat(300_000)],
    ['slashes', '/'.repeat(300_000)],
    ['dots', '.'.repeat(300_000)],
    ['path segments', '/a'.repeat(150_000)],
    ['almost .NET frames', 'x.cs:line 1 '.repeat(25_000)],
    ['almost JS frames', 'a.js:1:'.repeat(40_000)],
    ['almost pytest frames', `${'a'.repeat(300_000)}.py`],
  ])('a 300,000-character message of %s without a newline is located within a second', (_, message) => {
    const started = performance.now();
    const files = withGood(
      'hostile.xml',
      `<testsuite name="h"><testcase name="t"><failure message="${message}"/></testcase></testsuite>`,
    );
    const agg = aggregateResults(files);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(agg.totals).toMatchObject({ tests: 2, passed: 1, failed: 1 });
  });

  it('still finds the frames the patterns found, in order', () => {
    const text = [
      'at Foo.Bar() in /src/A/B.cs:line 12 at Baz() in C:\\src\\C.cs:Zeile 3',
      '    at fn (src/x.test.js:15:29) at C:\\w\\y.test.ts:1:2',
      'tests/test_a.py:42: AssertionError',
    ].join('\n');
    expect(framesOf(text)).toEqual([
      { file: '/src/A/B.cs', line: 12 },
      { file: 'C:/src/C.cs', line: 3 },
      { file: 'src/x.test.js', line: 15 },
      { file: 'C:/w/y.test.ts', line: 1 },
      { file: 'tests/test_a.py', line: 42 },
    ]);
    expect(locateFailure({ message: `${'/'.repeat(100_000)} at /repo/x.test.js:3:1` })).toEqual({
      file: '/repo/x.test.js',
      line: 3,
    });
  });
});

describe('issue 15, item 3: declared counts never allocate per test', () => {
  it('tests="2147483647" on a suite with no cases counts 2,147,483,647 tests in a few cases', () => {
    const before = process.memoryUsage().rss;
    const files = withGood('counts.xml', '<testsuite name="x" tests="2147483647"/>');
    expect(files[1]!.cases.length).toBeLessThanOrEqual(4);
    const agg = aggregateResults(files);
    expect(agg.totals).toMatchObject({ tests: 2_147_483_648, passed: 2_147_483_648 });
    expect(agg.files.map((f) => f.tests)).toEqual([1, 2_147_483_647]);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(files[1]!.warnings.join('\n')).toMatch(/declares 2147483647 tests .*counted from its attributes/);
  });

  it('declared failures and errors stay failures, one case per status', () => {
    const files = withGood(
      'counts.xml',
      '<testsuite name="x" tests="5" failures="2" errors="1" skipped="1"/>',
    );
    expect(files[1]!.cases.map((c) => [c.status, c.count])).toEqual([
      ['errored', 1],
      ['failed', 2],
      ['skipped', 1],
      ['passed', 1],
    ]);
    const agg = aggregateResults(files);
    expect(agg.totals).toMatchObject({ tests: 6, passed: 2, failed: 2, errors: 1, skipped: 1 });
    expect(agg.suites.find((s) => s.name === 'x')).toMatchObject({ tests: 5, failed: 2, errors: 1 });
    expect(agg.failures.map((f) => f.id)).toEqual([
      'x.(1 errored of 5, counted from the suite attributes)',
      'x.(2 failed of 5, counted from the suite attributes)',
    ]);
  });

  it('a count beyond any real run is a warning, not billions of anything', () => {
    const files = withGood('counts.xml', '<testsuite name="x" tests="99999999999999999999"/>');
    expect(files[1]!.cases).toEqual([]);
    expect(files[1]!.warnings.join('\n')).toMatch(/not a plausible count/);
  });
});
