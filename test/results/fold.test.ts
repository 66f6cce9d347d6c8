import { describe, expect, it } from 'vitest';
import { aggregateResults, ResultFold } from '../../src/results/aggregate.js';
import { collectResults } from '../../src/results/collect.js';
import { parseResultText } from '../../src/results/parse.js';
import { tempDir, writeTree } from '../helpers/run.js';

function junit(cases: string): string {
  return `<testsuites>${cases}</testsuites>`;
}

function failing(suite: string, n: number, trace = 'tests/t.py:3: AssertionError'): string {
  let out = `<testsuite name="${suite}">`;
  for (let i = 0; i < n; i++) {
    out += `<testcase classname="c" name="t${i}" time="0.5"><failure message="boom ${i}">${trace}</failure><system-out>out ${i}</system-out></testcase>`;
  }
  return `${out}</testsuite>`;
}

const SHARD = junit(
  '<testsuite name="py"><testcase classname="a" name="x" file="tests/a.py" time="1"><failure message="m">tests/a.py:7: E</failure></testcase>' +
    '<testcase classname="a" name="y" time="2"/><testcase classname="a" name="y" time="3"/><testcase classname="a" name="s" time="0.1"><skipped/></testcase>' +
    '<testcase classname="" name="" time="4"/><testcase classname="" name="" time="4"/></testsuite>',
);
const RERUN = junit(
  '<testsuite name="py"><testcase classname="a" name="x" file="tests/a.py" time="5"/><testcase classname="b" name="slow" time="9"/></testsuite>',
);

describe('folding files as they stream', () => {
  it('streamed through collect, it gives the same model as aggregating the parsed files', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a/shard.xml': SHARD, 'b/rerun.xml': RERUN });
    const fold = new ResultFold();
    const streamed = await collectResults(['a/shard.xml', 'b/rerun.xml'], { cwd: dir, fold });
    expect(streamed.files.map((f) => f.cases.length)).toEqual([0, 0]);
    const got = fold.finish();
    const want = aggregateResults([
      parseResultText('a/shard.xml', SHARD),
      parseResultText('b/rerun.xml', RERUN),
    ]);
    expect(got.totals).toEqual(want.totals);
    expect(got.files).toEqual(want.files);
    expect(got.suites).toEqual(want.suites);
    expect(got.flaky.map((t) => [t.id, t.runs, t.shown.message, t.location])).toEqual(
      want.flaky.map((t) => [t.id, t.runs, t.shown.message, t.location]),
    );
    // Two unnamed cases are two tests; y ran twice in one file and is one test.
    expect(got.totals).toMatchObject({ tests: 6, passed: 5, skipped: 1, flaky: 1 });
    expect(got.files.map((f) => f.tests)).toEqual([5, 2]);
    expect(got.flaky.map((t) => [t.id, t.runs, t.location])).toEqual([
      ['a.x', 2, { file: 'tests/a.py', line: 7 }],
    ]);
  });

  it('lists the slowest tests by their summed time, and each timed test with the mean over its files', () => {
    const agg = aggregateResults([parseResultText('shard.xml', SHARD), parseResultText('rerun.xml', RERUN)]);
    expect(agg.slowest.slice(0, 3).map((t) => [t.id, t.duration])).toEqual([
      ['b.slow', 9],
      ['a.x', 6],
      ['a.y', 5],
    ]);
    const timed = [...agg.timed()].map((t) => [t.className, t.name, t.seconds, t.format, t.pytest]);
    // x: 1 s in one file and 5 s in the other -> 3; y: 2 + 3 in one file; the skipped case says
    // nothing. Both files name a .py file: their tests read like pytest's.
    expect(timed).toEqual([
      ['a', 'x', 3, 'junit', true],
      ['a', 'y', 5, 'junit', true],
      ['', '', 4, 'junit', true],
      ['', '', 4, 'junit', true],
      ['b', 'slow', 9, 'junit', true],
    ]);
    const plain = aggregateResults([
      parseResultText('r.xml', junit('<testsuite name="s"><testcase name="t"/></testsuite>')),
    ]);
    expect([...plain.timed()].map((t) => t.pytest)).toEqual([false]);
  });

  it('keeps failure details within the budget, every failure and count exact', () => {
    const text = junit(failing('s1', 5) + failing('s2', 3));
    const agg = aggregateResults([parseResultText('r.xml', text)], {
      budget: { perSuite: 2, chars: 1_000_000, message: 4 },
    });
    expect(agg.totals.failed).toBe(8);
    expect(agg.failures).toHaveLength(8);
    expect(agg.detailsOmitted).toBe(4);
    const bySuite = (s: string) => agg.failures.filter((t) => t.suite === s);
    expect(bySuite('s1').map((t) => t.shown.details !== undefined)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(bySuite('s2').map((t) => t.shown.stdout)).toEqual(['out 0', 'out 1', undefined]);
    // Past the budget the message stays, cut; the location was told from the whole text first.
    expect(bySuite('s1')[4]?.shown.message).toBe('boom…');
    expect(bySuite('s1')[4]?.location).toEqual({ file: 'tests/t.py', line: 3 });
  });

  it('stops keeping details once the whole report has used its characters', () => {
    const text = junit(failing('s1', 3, 'x'.repeat(100)) + failing('s2', 3, 'y'.repeat(100)));
    const agg = aggregateResults([parseResultText('r.xml', text)], {
      budget: { perSuite: 10, chars: 250, message: 100 },
    });
    expect(agg.failures.filter((t) => t.shown.details !== undefined)).toHaveLength(3);
    expect(agg.detailsOmitted).toBe(3);
  });

  it('builds the full test list only when asked', () => {
    const agg = aggregateResults([parseResultText('shard.xml', SHARD)]);
    expect(Object.keys(agg)).not.toContain('tests');
    expect(agg.tests.map((t) => [t.id, t.status, t.shown.source])).toEqual([
      ['', 'passed', 'shard.xml'],
      ['', 'passed', 'shard.xml'],
      ['a.s', 'skipped', 'shard.xml'],
      ['a.x', 'failed', 'shard.xml'],
      ['a.y', 'passed', 'shard.xml'],
    ]);
    expect(agg.tests).toBe(agg.tests);
  });

  it('keeps names of any kind and size: non-ASCII, lone surrogates, longer than a page of names', () => {
    const long = 'x'.repeat(1_500_000);
    const names = ['tést', '\u{1F600} smile', 'a\uD800b', 'a\uDC00b', long, 'after'];
    const cases = names.map((n) => `<testcase classname="c" name="${n}"/>`).join('');
    const again = names.map((n) => `<testcase classname="c" name="${n}"><failure/></testcase>`).join('');
    const agg = aggregateResults([
      parseResultText('a.xml', junit(`<testsuite name="s">${cases}</testsuite>`)),
      parseResultText('b.xml', junit(`<testsuite name="s">${again}</testsuite>`)),
    ]);
    // Each name met again in the second file is the same test: flaky, never a new one.
    expect(agg.totals).toMatchObject({ tests: 6, passed: 6, flaky: 6 });
    expect(agg.tests.map((t) => t.shown.name).sort()).toEqual([...names].sort());
  });
});
