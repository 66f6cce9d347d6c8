import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CoverageSummary } from '../../src/coverage/merge.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { utf8Bytes } from '../../src/report/markdown.js';
import { aggregateResults } from '../../src/results/aggregate.js';
import { expectGolden } from '../helpers/golden.js';
import { fileOf, HOSTILE, hostileInput, inputOf, multiJobInput, testCase } from './inputs.js';

const COVERAGE: CoverageSummary = {
  total: { lines: 1204, covered: 1003, percent: 83.3 },
  packages: [
    { name: 'honua.api', lines: 1000, covered: 900, percent: 90 },
    { name: '<b>pkg</b>', lines: 204, covered: 103, percent: 50.49 },
  ],
  files: [],
  reports: [
    { path: 'TestResults/python-1/coverage.xml', warnings: [] },
    { path: 'TestResults/python-2/coverage.xml', error: 'not Cobertura XML (line 1)', warnings: [] },
  ],
  threshold: { percent: 80, met: true },
};

/** The text of every element the HTML parser would make of `tag` (a crude but strict look). */
function tags(html: string, tag: string): string[] {
  return html.match(new RegExp(`<${tag}[\\s>]`, 'gi')) ?? [];
}

describe('renderHtmlReport', () => {
  it('multi-job run with flaky tests, an error, coverage: golden', () => {
    expectGolden('report-multi-job.html', renderHtmlReport(multiJobInput(), { coverage: COVERAGE }));
  });

  it('the CSP allows exactly the page own style and script, by hash, and no fetch', () => {
    const html = renderHtmlReport(multiJobInput());
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    expect(csp).toContain(`default-src 'none'`);
    expect(csp).toContain(`style-src ${hash(style)};`);
    expect(csp).toContain(`script-src ${hash(script)};`);
    expect(tags(html, 'script')).toHaveLength(1);
    expect(tags(html, 'style')).toHaveLength(1);
  });

  it('refers to nothing outside itself', () => {
    const html = renderHtmlReport(multiJobInput(), { coverage: COVERAGE });
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
  });

  it('a hostile test name and message are text, never markup', () => {
    const html = renderHtmlReport(hostileInput());
    expect(tags(html, 'script')).toHaveLength(1);
    expect(tags(html, 'img')).toHaveLength(0);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('evil|suite&lt;b&gt;');
    expect(html).not.toContain('</pre></details>red');
    // The terminal escape is shown, not passed on.
    expect(html).not.toContain('\x1b');
    expect(html).toContain('\\x1b[31mred&lt;/pre&gt;&lt;/details&gt;');
    expect(HOSTILE.name).toContain('<script>');
  });

  it('lists failing, flaky and skipped tests before passed ones, within the cap', () => {
    const cases = [
      ...Array.from({ length: 5 }, (_, i) => testCase({ suite: 'a', name: `test_pass_${i}` })),
      testCase({ suite: 'b', name: 'test_skip', status: 'skipped' }),
      testCase({ suite: 'c', name: 'test_fail', status: 'failed', message: 'boom' }),
    ];
    const html = renderHtmlReport(inputOf(cases), { maxTests: 3 });
    const rows = html.match(/<tr data-status="[^"]+">.*<\/tr>/g)!;
    expect(rows.map((r) => /data-status="([^"]+)"/.exec(r)![1])).toEqual(['failed', 'skipped', 'passed']);
    expect(rows[2]).toContain('test_pass_0');
    expect(html).toContain('… 4 more tests not shown: see the JSON report.');
    expect(html).toContain('<td class="num" data-count="tests">7</td>');
  });

  it('marks a flaky test once, as passed and flaky', () => {
    const html = renderHtmlReport(multiJobInput());
    const flaky = html.match(/<tr data-status="passed flaky">.*<\/tr>/g)!;
    expect(flaky).toHaveLength(1);
    expect(flaky[0]).toContain('test_flaky');
    expect(html.match(/<tr data-status="[^"]*">.*test_flaky.*<\/tr>/g)).toHaveLength(1);
  });

  it('no sections for what is not there: no timeline without job records, no coverage without it', () => {
    const html = renderHtmlReport(inputOf([testCase({ name: 'test_ok' })]));
    expect(html).not.toContain('id="timeline"');
    expect(html).not.toContain('id="coverage"');
    expect(html).not.toContain('id="failures"');
    expect(html).toContain('✓ <span id="title-line">1 passed in 0.10s</span>');
  });

  it('a report of no tests still renders its title', () => {
    const html = renderHtmlReport({ aggregate: aggregateResults([fileOf([])]) });
    expect(html).toContain('no tests in 0.00s');
    expect(html).not.toContain('id="filter"');
  });

  it('200,000 tests and 10,000 failures: a bounded page, exact totals, "more not shown"', () => {
    const cases = [];
    for (let i = 0; i < 200_000; i++) {
      const failed = i % 20 === 19;
      cases.push(
        testCase({
          suite: `suite_${Math.floor(i / 100)}`,
          name: `test_${i}`,
          status: failed ? 'failed' : 'passed',
          duration: 0.01,
          ...(failed ? { message: `AssertionError: ${i}`, details: 'x'.repeat(20_000) } : {}),
        }),
      );
    }
    const html = renderHtmlReport(inputOf(cases));
    expect(utf8Bytes(html)).toBeLessThan(16 * 1024 * 1024);
    expect(html).toContain('<td class="num" data-count="tests">200,000</td>');
    expect(html).toContain('<td class="num" data-count="failed">10,000</td>');
    expect(html).toContain('<h2 id="failures">Failures (10,000)</h2>');
    expect(html).toContain('… 9,000 more failures not shown: see the JSON report.');
    expect(html).toContain('… 190,000 more tests not shown: see the JSON report.');
    expect(html).toContain('… 1,000 more suites not shown: see the JSON report.');
    expect(html.match(/<tr data-status=/g)).toHaveLength(10_000);
  });

  it('never splits a surrogate pair where it cuts', () => {
    const name = `test_${'😀'.repeat(100)}`;
    const html = renderHtmlReport(
      inputOf([testCase({ name, status: 'failed', message: '😀'.repeat(100) })]),
      {
        nameChars: 39,
        detailChars: 41,
      },
    );
    expect(html).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(html).not.toMatch(/(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('cuts a huge name and a huge failure text', () => {
    const name = `test_${'n'.repeat(5000)}`;
    const html = renderHtmlReport(
      inputOf([testCase({ name, status: 'failed', message: 'm', details: `m${'d'.repeat(49_999)}` })]),
      { detailChars: 1000, nameChars: 100 },
    );
    expect(html).not.toContain('n'.repeat(200));
    expect(html).toContain(`<pre>m${'d'.repeat(999)}\n… (49,000 more characters cut)</pre>`);
  });
});
