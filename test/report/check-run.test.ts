import { describe, expect, it } from 'vitest';
import {
  CHECK_TEXT_LIMIT,
  checkRunName,
  cutToBytes,
  fitSuiteTable,
  renderCheckAnnotations,
  renderCheckRun,
  renderCheckText,
} from '../../src/report/check-run.js';
import { utf8Bytes } from '../../src/report/markdown.js';
import { expectGolden } from '../helpers/golden.js';
import {
  corpusInput,
  HOSTILE,
  hostileInput,
  inputOf,
  LINKS,
  manyFailures,
  multiJobComparison,
  multiJobInput,
  outsideCode,
  testCase,
} from './inputs.js';

const NAME = checkRunName({ workflow: 'parallel-tests', report: 'report' });

describe('checkRunName', () => {
  it.each([
    [{ workflow: 'CI', report: 'report' }, 'parallel-tests: CI / report'],
    [{ workflow: 'CI', report: 'report (ubuntu, 3.12)' }, 'parallel-tests: CI / report (ubuntu, 3.12)'],
    [{ workflow: 'Nightly\n', report: '' }, 'parallel-tests: Nightly / report'],
    [{ workflow: '', report: 'r' }, 'parallel-tests: workflow / r'],
  ])('%o', (parts, expected) => {
    expect(checkRunName(parts)).toBe(expected);
  });
  it('differs across workflows and across reports of one workflow', () => {
    const names = new Set([
      checkRunName({ workflow: 'CI', report: 'report' }),
      checkRunName({ workflow: 'Nightly', report: 'report' }),
      checkRunName({ workflow: 'CI', report: 'report (windows)' }),
    ]);
    expect(names.size).toBe(3);
  });
});

describe('renderCheckRun golden files', () => {
  it('multi-job run with job records, flaky tests and a base comparison', () => {
    const payload = renderCheckRun(multiJobInput(), {
      name: NAME,
      conclusion: 'failure',
      links: LINKS,
      comparison: multiJobComparison(),
    });
    expect(payload.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(['tests/test_api.py:42']);
    expect(payload.output.summary).toContain('#### Compared with main \\@ 1a2b3c4d');
    expect(payload.output.summary).toContain('#### Parallel run');
    expectGolden('check-run-multi-job.json', `${JSON.stringify(payload, null, 2)}\n`);
  });
  it('a corpus file (dorny-test-reporter python-xunit-unittest.xml)', () => {
    const input = corpusInput(['dorny-test-reporter/__tests__/fixtures/python-xunit-unittest.xml']);
    const payload = renderCheckRun(input, { name: NAME, conclusion: 'failure', links: LINKS });
    expect(payload.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual([
      'tests/test_lib.py:23',
      'tests/test_lib.py:30',
    ]);
    expectGolden('check-run-unittest.json', `${JSON.stringify(payload, null, 2)}\n`);
  });
  it('a green run has no text and no annotations', () => {
    const payload = renderCheckRun(inputOf([testCase({ name: 'ok' })]), {
      name: NAME,
      conclusion: 'success',
    });
    expect(payload.output.text).toBeUndefined();
    expect(payload.annotations).toEqual([]);
    expect(payload.output.summary).toMatch(/^### ✅ 1 passed in 0\.10s\n/);
  });
});

describe('annotations', () => {
  it('one per failure located in the repository; absolute or outside paths are left out', () => {
    const input = inputOf([
      testCase({ name: 'a', status: 'failed', message: 'm', file: 'tests/a.py', line: 3 }),
      testCase({ name: 'b', status: 'failed', message: 'm', file: '/abs/b.py', line: 3 }),
      testCase({ name: 'c', status: 'failed', message: 'm', file: '../c.py', line: 3 }),
      testCase({ name: 'd', status: 'errored', file: 'tests/d.py' }),
      testCase({ name: 'e', status: 'failed', message: 'm' }),
    ]);
    const annotations = renderCheckAnnotations(input.aggregate.failures);
    expect(annotations.map((a) => [a.path, a.start_line, a.message])).toEqual([
      ['tests/a.py', 3, 'm'],
      ['tests/d.py', 1, 'error'],
    ]);
  });
  it('titles within 255 characters, messages and details within 64 KB', () => {
    const input = inputOf([
      testCase({
        name: `t${'n'.repeat(400)}`,
        status: 'failed',
        message: `é${'m'.repeat(100_000)}`,
        details: '€'.repeat(100_000),
        file: 'a.py',
        line: 1,
      }),
    ]);
    const [a] = renderCheckAnnotations(input.aggregate.failures);
    expect(a!.title.length).toBeLessThanOrEqual(255);
    expect(utf8Bytes(a!.message)).toBeLessThanOrEqual(64 * 1024);
    expect(utf8Bytes(a!.raw_details!)).toBeLessThanOrEqual(64 * 1024);
    expect(a!.raw_details).toMatch(/^€+\n… \(cut\)$/);
  });
  it('hostile names and messages are plain text with control characters shown', () => {
    const [a] = renderCheckAnnotations(hostileInput().aggregate.failures);
    expect(a!.title).toBe(`evil|suite<b> › ${HOSTILE.name}`);
    expect(a!.message).not.toContain('\x1b');
    expect(a!.message).toContain('\\x1b[31m');
  });
});

describe('cutToBytes', () => {
  it.each([
    ['abc', 3, 'abc'],
    ['€€€€', 12, '€€€€'],
  ])('%s within %d stays', (text, max, expected) => {
    expect(cutToBytes(text, max)).toBe(expected);
  });
  it('never splits a character nor goes over', () => {
    for (let max = 12; max < 40; max++) {
      const cut = cutToBytes('€'.repeat(30), max);
      expect(utf8Bytes(cut)).toBeLessThanOrEqual(max);
      expect(cut).not.toContain('\uFFFD');
    }
  });
});

describe('within GitHub limits', () => {
  it('100,000 failures: 100,000 annotations, summary and text under 65,535, totals intact', () => {
    const started = performance.now();
    const input = manyFailures(100_000);
    const payload = renderCheckRun(input, { name: NAME, conclusion: 'failure', links: LINKS });
    const renderMs = performance.now() - started;
    expect(payload.annotations.length).toBe(100_000);
    expect(utf8Bytes(payload.output.summary)).toBeLessThanOrEqual(CHECK_TEXT_LIMIT);
    expect(utf8Bytes(payload.output.text!)).toBeLessThanOrEqual(CHECK_TEXT_LIMIT);
    expect(payload.output.summary).toContain('| **Total** | **100,001** | **1** | **100,000** |');
    expect(payload.output.summary).toContain(
      '100,000 failures listed below; 100,000 annotations mark their lines',
    );
    expect(payload.output.text).toMatch(/_… [\d,]+ more failures not shown: see the job summary\._/);
    // Linear: a few seconds at most even on a shared machine (the lost attempt took 42 minutes).
    expect(renderMs).toBeLessThan(10_000);
  });

  it('a text exactly at the cap is kept whole; one byte over and it is cut to fit', () => {
    const one = (pad: number) =>
      inputOf([
        testCase({
          name: 'test_cap',
          status: 'failed',
          message: 'boom',
          details: `y${'x'.repeat(pad)}`,
          file: 'tests/a.py',
          line: 1,
        }),
      ]);
    const options = { links: LINKS, detailChars: 1e6 };
    const pad = CHECK_TEXT_LIMIT - utf8Bytes(renderCheckText(one(0), { ...options, maxBytes: 1e9 }));
    const exact = renderCheckText(one(pad), options);
    expect(utf8Bytes(exact)).toBe(CHECK_TEXT_LIMIT);
    expect(exact).toContain('<details>');
    const over = renderCheckText(one(pad + 1), options);
    expect(utf8Bytes(over)).toBeLessThanOrEqual(CHECK_TEXT_LIMIT);
    expect(over).not.toContain('<details>');
    expect(over).toContain('`boom`');
  });

  it('25 failures of one size: exactly at the budget all stay, one byte less and one detail goes', () => {
    const input = manyFailures(25);
    const whole = renderCheckText(input, { links: LINKS, maxBytes: 1e9 });
    const size = utf8Bytes(whole);
    expect(renderCheckText(input, { links: LINKS, maxBytes: size })).toBe(whole);
    const cut = renderCheckText(input, { links: LINKS, maxBytes: size - 1 });
    expect(utf8Bytes(cut)).toBeLessThanOrEqual(size - 1);
    expect(cut.match(/<details>/g)?.length).toBe(24);
  });

  it('the suite table keeps its totals when its rows do not fit', () => {
    const cases = [];
    for (let i = 0; i < 5000; i++) cases.push(testCase({ suite: `suite-${i}`, name: 't' }));
    const { aggregate } = inputOf(cases);
    const table = fitSuiteTable(aggregate, undefined, 10_000);
    expect(utf8Bytes(table)).toBeLessThanOrEqual(10_000);
    expect(table).toMatch(/\| … 4,\d{3} more suites not shown \|/);
    expect(table).toContain('| **Total** | **5,000** |');
  });
});

describe('hostile names render as text in the summary and the text', () => {
  const payload = renderCheckRun(hostileInput(), { name: NAME, conclusion: 'failure', links: LINKS });
  const md = `${payload.output.summary}\n${payload.output.text}`;
  const outside = outsideCode(md);
  it('no raw tag, mention, expression or command outside code', () => {
    expect(outside).not.toContain('<script>');
    expect(outside).not.toMatch(/(^|[^\\])@octocat/);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('\x1b');
    expect(md.match(/<\/pre>/g)?.length).toBe(1);
    expect(md).toContain('evil\\|suite&lt;b&gt;');
  });
  it('expressions and backticks stay inside code', () => {
    const expression = '$' + '{{ github.token }}';
    const input = inputOf([
      testCase({ name: `test_$${expression}`, status: 'failed', message: `\`x\` ${expression}` }),
    ]);
    const text = renderCheckText(input);
    expect(text).toContain(`<code>\`x\` ${expression}</code>`);
    expect(text).toContain(`<code>tests.test_api.test_$${expression}</code>`);
    const outside = outsideCode(text);
    expect(outside).not.toContain('${{');
  });
});
