import { describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT,
  type CommentMode,
  commentDue,
  commentMarker,
  commentState,
  renderComment,
} from '../../src/report/comment.js';
import { utf8Bytes } from '../../src/report/markdown.js';
import { expectGolden } from '../helpers/golden.js';
import {
  corpusInput,
  hostileInput,
  inputOf,
  LINKS,
  manyFailures,
  multiJobComparison,
  multiJobInput,
  outsideCode,
  testCase,
} from './inputs.js';

const MARKER = commentMarker('parallel-tests/report');
const RUN_URL = 'https://github.com/honua/demo/actions/runs/42';

describe('commentMarker', () => {
  it('is an HTML comment no key can end early', () => {
    expect(MARKER).toBe('<!-- parallel-tests report: parallel%2Dtests%2Freport -->');
    const hostile = commentMarker('CI --> <b>x</b> <!--');
    expect(hostile.match(/-->/g)?.length).toBe(1);
    expect(hostile.endsWith(' -->')).toBe(true);
    expect(hostile).not.toContain('<b>');
  });
  it('differs per workflow and report, and no key is a prefix of another marker', () => {
    const a = commentMarker('CI/report');
    const b = commentMarker('CI/report-2');
    expect(a).not.toBe(b);
    expect(b.startsWith(a)).toBe(false);
  });
});

describe('renderComment golden files', () => {
  it('multi-job run with flaky tests and a base comparison', () => {
    const md = renderComment(multiJobInput(), {
      marker: MARKER,
      links: LINKS,
      runUrl: RUN_URL,
      comparison: multiJobComparison(),
    });
    expect(
      md.startsWith(`${MARKER}\n### ❌ 1 failed, 1 error, 1 flaky, 7 passed, 1 skipped in 8m 32s\n`),
    ).toBe(true);
    // The comparison is below the suite table.
    expect(md.indexOf('#### Compared with')).toBeGreaterThan(md.indexOf('| **Total** |'));
    expectGolden('comment-multi-job.md', md);
  });
  it('a corpus file (dorny-test-reporter jest-junit.xml), no base run yet', () => {
    const md = renderComment(corpusInput(['dorny-test-reporter/__tests__/fixtures/jest-junit.xml']), {
      marker: MARKER,
      links: LINKS,
      runUrl: RUN_URL,
      comparisonNote: 'No comparison: no earlier report of main in the cache yet.',
    });
    expectGolden('comment-jest.md', md);
  });
});

describe('renderComment within the limit', () => {
  it('100,000 failures: within 65,536, totals intact, "more"', () => {
    const md = renderComment(manyFailures(100_000), { marker: MARKER, links: LINKS, runUrl: RUN_URL });
    expect(utf8Bytes(md)).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md).toContain('| **Total** | **100,001** |');
    expect(md).toContain('- … 99,990 more\n');
  });
  it('thousands of suites: rows cut, the totals row, comparison and link stay within the limit', () => {
    const cases = [];
    for (let i = 0; i < 3000; i++) cases.push(testCase({ suite: `suite-${i}`, name: 't' }));
    const md = renderComment(inputOf(cases), { marker: MARKER, runUrl: RUN_URL });
    expect(utf8Bytes(md)).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md).toMatch(/more suites not shown/);
    expect(md).toContain('| **Total** | **3,000** |');
    expect(md.endsWith(`(<${RUN_URL}>)\n`)).toBe(true);
  });
  it('exactly at the budget everything stays; one byte less and something goes', () => {
    const input = multiJobInput();
    const options = { marker: MARKER, links: LINKS, runUrl: RUN_URL, comparison: multiJobComparison() };
    const whole = renderComment(input, { ...options, maxBytes: 1e9 });
    expect(renderComment(input, { ...options, maxBytes: utf8Bytes(whole) })).toBe(whole);
    const less = renderComment(input, { ...options, maxBytes: utf8Bytes(whole) - 1 });
    expect(utf8Bytes(less)).toBeLessThan(utf8Bytes(whole));
  });
});

describe('renderComment escapes what comes from a result file', () => {
  const md = renderComment(hostileInput(), { marker: MARKER, links: LINKS });
  const outside = outsideCode(md);
  it('no raw tag, markup, pipe or mention of the input outside code', () => {
    expect(outside).not.toContain('<script>');
    expect(outside).not.toContain('**b**');
    expect(outside).not.toMatch(/(^|[^\\])@octocat/);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('\x1b');
    expect(md).toContain('evil\\|suite&lt;b&gt;');
    // Only our own marker is an HTML comment.
    expect(md.match(/<!--/g)?.length).toBe(1);
  });
});

describe('commentDue', () => {
  const table: [CommentMode, boolean, boolean, boolean, boolean][] = [
    // mode, failing, changed, existing -> post
    ['off', true, true, true, false],
    ['always', false, false, false, true],
    ['failures', true, false, false, true],
    ['failures', false, true, false, false],
    // Green again: the earlier comment must not keep showing failures.
    ['failures', false, false, true, true],
    ['changes', false, true, false, true],
    ['changes', true, false, false, false],
    ['changes', false, false, true, true],
  ];
  it.each(table)('%s failing=%s changed=%s existing=%s -> %s', (mode, failing, changed, existing, post) => {
    expect(commentDue(mode, { failing, changed, existing }).post).toBe(post);
  });
  it('commentState tells changes from the comparison and failures from the totals', () => {
    const state = commentState(multiJobInput(), {
      comparison: multiJobComparison(),
      failed: false,
      existing: false,
    });
    expect(state).toEqual({ failing: true, changed: true, existing: false });
    expect(commentState(inputOf([testCase({ name: 'ok' })]), { failed: false, existing: true })).toEqual({
      failing: false,
      changed: false,
      existing: true,
    });
  });
});
