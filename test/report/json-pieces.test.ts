import { describe, expect, it } from 'vitest';
import { renderJsonReport, reportPieces, stringifyReport } from '../../src/report/json.js';
import { aggregateResults } from '../../src/results/aggregate.js';
import { parseResultText } from '../../src/results/parse.js';

const XML =
  '<testsuites><testsuite name="b"><testcase classname="k" name="z"/><testcase classname="k" name="a">' +
  '<failure message="boom">tests/t.py:3: E</failure></testcase><testcase classname="" name="s"><skipped/></testcase></testsuite>' +
  '<testsuite name="a &quot;q&quot;"><testcase classname="k" name="\u00e9\n"/></testsuite></testsuites>';

function aggregate() {
  return aggregateResults([parseResultText('r.xml', XML), parseResultText('empty.xml', '')]);
}

describe('the JSON report written in pieces', () => {
  it('is the same text as stringifyReport, the test ids streamed from the aggregate', () => {
    const streamed = [...reportPieces(renderJsonReport(aggregate()))].join('');
    const report = renderJsonReport(aggregate());
    // Reading tests builds them: the text is then stringify's own.
    expect(Object.keys(report.tests!)).toEqual(['a "q"', 'b']);
    expect(streamed).toBe(stringifyReport(report));
    expect([...reportPieces(report)].join('')).toBe(stringifyReport(report));
    expect(JSON.parse(streamed).tests.b).toEqual({ passed: ['k.z'], failed: ['k.a'], skipped: ['s'] });
  });

  it('writes the keys added later, leaves out undefined ones, and an empty run', () => {
    const report = renderJsonReport(aggregateResults([]));
    report.coverage = undefined;
    report.comparison = { base: 'x' } as unknown as NonNullable<typeof report.comparison>;
    expect([...reportPieces(report)].join('')).toBe(stringifyReport(report));
  });

  it("writes one big suite's ids in pieces, never as one string (a 10,000-test suite)", () => {
    const cases = Array.from({ length: 10_000 }, (_, i) => `<testcase classname="k" name="t${i}"/>`).join('');
    const big = () =>
      aggregateResults([parseResultText('big.xml', `<testsuite name="one">${cases}</testsuite>`)]);
    const pieces = [...reportPieces(renderJsonReport(big()))];
    const report = renderJsonReport(big());
    expect(pieces.join('')).toBe(stringifyReport(report));
    // 10,000 ids of ~20 bytes: 200 KB in all, no piece over a quarter of it.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100_000);
  });
});
