import { describe, expect, it } from 'vitest';
import { utf8Bytes } from '../../src/report/markdown.js';
import {
  renderSuiteTable,
  renderSummary,
  renderTitle,
  SUMMARY_LIMIT_BYTES,
  sourceUrl,
} from '../../src/report/summary.js';
import { aggregateResults, type Counts } from '../../src/results/aggregate.js';
import { expectGolden } from '../helpers/golden.js';
import { corpusInput, fileOf, hostileInput, LINKS, manyFailures, multiJobInput, testCase } from './inputs.js';

const counts = (c: Partial<Counts>): Counts => ({
  tests: 0,
  passed: 0,
  failed: 0,
  errors: 0,
  skipped: 0,
  flaky: 0,
  duration: 0,
  ...c,
});

describe('renderTitle', () => {
  it.each([
    [
      counts({ tests: 1221, passed: 1204, failed: 3, skipped: 12, flaky: 2, errors: 2 }),
      512,
      '3 failed, 2 errors, 2 flaky, 1,204 passed, 12 skipped in 8m 32s',
    ],
    [counts({ tests: 5, passed: 5 }), 4.2, '5 passed in 4.20s'],
    [counts({ tests: 1, errors: 1 }), 61, '1 error in 1m 01s'],
    [counts({ tests: 2, skipped: 2 }), 0, '2 skipped in 0.00s'],
    [counts({}), 0, 'no tests in 0.00s'],
    [counts({ tests: 1234567, passed: 1234567 }), 7322, '1,234,567 passed in 2h 02m'],
  ])('%o in %d s', (totals, seconds, expected) => {
    expect(renderTitle(totals, seconds)).toBe(expected);
  });
});

describe('renderSuiteTable', () => {
  const { aggregate } = multiJobInput();
  it('has a row per suite and the totals, with the wall when given', () => {
    const table = renderSuiteTable(aggregate, { wall: 512 });
    expect(table.split('\n').filter((l) => l.startsWith('| ')).length).toBe(3 + aggregate.suites.length);
    expect(table).toContain('| **Total** | **10** | **7** | **1** | **1** | **1** | **1** |');
    expect(table).toContain('**8m 32s** |');
  });
  it('cuts rows, never the totals', () => {
    const table = renderSuiteTable(aggregate, { maxRows: 1 });
    expect(table).toContain('| … 2 more suites not shown |');
    expect(table).toContain('| **Total** | **10** |');
  });
});

describe('sourceUrl', () => {
  it.each([
    ['tests/test_api.py', 42, 'https://github.com/honua/demo/blob/0123abc/tests/test_api.py#L42'],
    ['tests/a b(1).py', undefined, 'https://github.com/honua/demo/blob/0123abc/tests/a%20b(1).py'],
    ['/abs/path.py', 1, undefined],
    ['../outside.py', 1, undefined],
    ['C:/x.cs', 1, undefined],
  ])('%s:%s', (file, line, expected) => {
    expect(sourceUrl(LINKS, file, line)).toBe(expected);
  });
});

describe('renderSummary golden files', () => {
  it('multi-job run with job records, flaky tests, a failure with a location', () => {
    expectGolden('summary-multi-job.md', renderSummary(multiJobInput(), { links: LINKS }));
  });
  it.each([
    ['dorny-test-reporter/__tests__/fixtures/python-xunit-pytest.xml', 'summary-pytest.md'],
    ['dorny-test-reporter/__tests__/fixtures/dotnet-trx.trx', 'summary-dotnet-trx.md'],
    ['dorny-test-reporter/__tests__/fixtures/jest-junit.xml', 'summary-jest.md'],
    [
      'mikepenz-action-junit-report/test_results/junit_flaky_failure/marathon_junit_report.xml',
      'summary-marathon-flaky.md',
    ],
  ])('%s', (file, golden) => {
    expectGolden(golden, renderSummary(corpusInput([file]), { links: LINKS }));
  });
});

describe('renderSummary escapes what comes from a result file', () => {
  const md = renderSummary(hostileInput(), { links: LINKS });
  // Code spans show their text as written: what is outside them must carry no markup.
  const outsideCode = md
    .replace(/<(pre|code)>[\s\S]*?<\/\1>/g, '')
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
  it('has no raw HTML tag, pipe, backtick or command of the input', () => {
    expect(outsideCode).not.toContain('<script>');
    expect(outsideCode).not.toContain('**b**');
    expect(md).not.toContain('<img');
    expect(md.match(/<\/pre>/g)?.length).toBe(1);
    expect(md).not.toContain('\x1b');
    expect(md.match(/<\/details>/g)?.length).toBe(1);
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('evil\\|suite&lt;b&gt;');
    expect(md).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt; | `x` **b**');
    // The link's destination is encoded; the text stays text.
    expect(md).toContain('(<https://github.com/honua/demo/blob/0123abc/tests/te%20st(1).py#L3>)');
    expectGolden('summary-hostile.md', md);
  });
});

describe('renderSummary within the budget', () => {
  it('100,000 failures: under 1 MiB, totals intact, "more not shown"', () => {
    const input = manyFailures(100_000);
    const md = renderSummary(input, { links: LINKS });
    expect(utf8Bytes(md)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(md).toContain('### ❌ 100,000 failed, 1 passed in 16m 40s');
    expect(md).toContain('| **Total** | **100,001** | **1** | **100,000** | **0** | **0** | **0** |');
    expect(md).toMatch(/_… [\d,]+ more failures not shown: see the JSON report\._/);
    expect(md).toContain('#### Slowest tests');
  });

  it('exactly at the budget everything stays; one byte less and the details go first', () => {
    const input = manyFailures(30);
    const whole = renderSummary(input, { links: LINKS });
    const size = utf8Bytes(whole);
    expect(renderSummary(input, { links: LINKS, maxBytes: size })).toBe(whole);
    const cut = renderSummary(input, { links: LINKS, maxBytes: size - 1 });
    expect(utf8Bytes(cut)).toBeLessThanOrEqual(size - 1);
    expect(cut.match(/<details>/g)?.length).toBe(29);
    expect(cut).not.toContain('more failures not shown');
  });

  it('degrades in order: details, then the lists, then the timeline; title and totals stay', () => {
    const multi = multiJobInput();
    const whole = renderSummary(multi);
    const sizes = [utf8Bytes(whole), 1800, 1500, 1100];
    const [full, noDetails, short, tiny] = sizes.map((maxBytes) => renderSummary(multi, { maxBytes }));
    for (const [i, md] of [full, noDetails, short, tiny].entries()) {
      expect(utf8Bytes(md!)).toBeLessThanOrEqual(sizes[i]!);
      expect(md).toContain('### ❌ 1 failed, 1 error, 1 flaky, 7 passed, 1 skipped in 8m 32s');
      expect(md).toContain('| **Total** | **10** |');
    }
    expect(full).toContain('<details>');
    expect(full).toContain('```mermaid');
    expect(noDetails).not.toContain('<details>');
    expect(noDetails).toContain('```mermaid');
    expect(short).toContain('```mermaid');
    expect(short).toContain('more failures not shown');
    expect(tiny).not.toContain('```mermaid');
    expect(tiny).toContain('The timeline of 4 jobs is not shown');
  });

  it('200,000 suites: rows cut, the totals row stays', () => {
    const files = [];
    for (let i = 0; i < 200_000; i++)
      files.push(fileOf([testCase({ suite: `suite-${i}`, name: 't' })], `r${i}.xml`));
    const md = renderSummary({ aggregate: aggregateResults(files) });
    expect(utf8Bytes(md)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/\| … [\d,]+ more suites not shown \|/);
    expect(md).toContain('| **Total** | **200,000** | **200,000** |');
  });

  it('extra sections: whole when they fit, their fallback when not, placed where asked', () => {
    const input = multiJobInput();
    const sections = [
      {
        markdown: '#### Compared with main\n\n' + 'x'.repeat(2000),
        fallback: '_Comparison: 1 new failure._',
        placement: 'after-suites' as const,
      },
      { markdown: '#### Coverage\n\n81%' },
    ];
    const md = renderSummary(input, { sections });
    expect(md.indexOf('#### Compared with main')).toBeLessThan(md.indexOf('#### Failures'));
    expect(md.indexOf('#### Coverage')).toBeGreaterThan(md.indexOf('#### Parallel run'));
    const small = renderSummary(input, { sections, maxBytes: 2500 });
    expect(small).toContain('_Comparison: 1 new failure._');
    expect(small).not.toContain('x'.repeat(2000));
  });
});
