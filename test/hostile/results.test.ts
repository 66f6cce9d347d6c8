/**
 * Issue 15: hostile and broken result files, each defect as its reproduction. Every case ends
 * with counts, a per-file error or a warning, within seconds; the good file always counts.
 */
import { describe, expect, it } from 'vitest';
import { renderPlanExplanation } from '../../src/plan/explain.js';
import { planShards } from '../../src/plan/shard.js';
import { renderConsoleSummary } from '../../src/report/console.js';
import { aggregateResults } from '../../src/results/aggregate.js';
import { framesOf, locateFailure } from '../../src/results/locate.js';
import type { FileResult } from '../../src/results/model.js';
import { createResultParser, parseResultText } from '../../src/results/parse.js';

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

const trx = (result: string) =>
  `<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>${result}</Results></TestRun>`;
const nunit3 = (attrs: string) =>
  `<test-run><test-suite type="Assembly" name="A.dll"><test-case name="t" fullname="N.C.t" duration="0.1" ${attrs}/></test-suite></test-run>`;

describe('issue 15, item 6: unknown or missing outcomes are errors, looked up without prototype inheritance', () => {
  it.each([
    [
      'TRX without an outcome, with an ErrorInfo',
      trx(
        '<UnitTestResult testId="1" testName="t"><Output><ErrorInfo><Message>boom</Message></ErrorInfo></Output></UnitTestResult>',
      ),
      /without an outcome/,
    ],
    [
      'TRX with outcome=""',
      trx('<UnitTestResult testId="1" testName="t" outcome=""/>'),
      /without an outcome/,
    ],
    [
      'TRX outcome="Constructor"',
      trx('<UnitTestResult testId="1" testName="t" outcome="Constructor"/>'),
      /unknown TRX outcome "Constructor"/,
    ],
    [
      'TRX outcome="__proto__"',
      trx('<UnitTestResult testId="1" testName="t" outcome="__proto__"/>'),
      /unknown TRX outcome "__proto__"/,
    ],
    ['NUnit 3 result="Error"', nunit3('result="Error"'), /unknown result="Error"/],
    ['NUnit 3 result="Cancelled"', nunit3('result="Cancelled"'), /unknown result="Cancelled"/],
    ['NUnit 3 result=""', nunit3('result=""'), /without a result/],
    ['NUnit 3 result="constructor"', nunit3('result="constructor"'), /unknown result="constructor"/],
    [
      'NUnit 2 result="toString"',
      '<test-results><test-suite type="Assembly" name="A.dll"><results><test-case name="N.C.t" result="toString"/></results></test-suite></test-results>',
      /unknown result="toString"/,
    ],
    [
      'xUnit.net result="constructor"',
      '<assemblies><assembly name="A.dll"><collection><test name="C.t" type="C" result="constructor"/></collection></assembly></assemblies>',
      /unknown xUnit.net result="constructor"/,
    ],
    [
      'JUnit status="constructor"',
      '<testsuite name="s"><testcase name="t" status="constructor"/></testsuite>',
      /unknown test case status="constructor"/,
    ],
  ])('%s counts as an error, with a warning', (_, text, warning) => {
    const files = withGood('odd.xml', text);
    expect(files[1]!.error).toBeUndefined();
    expect(files[1]!.warnings.join('\n')).toMatch(warning);
    const agg = aggregateResults(files);
    expect(agg.totals).toMatchObject({ tests: 2, passed: 1, errors: 1 });
  });

  it('says an odd outcome once per file, not once per test', () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `<UnitTestResult testId="${i}" testName="t${i}" outcome="Weird"/>`,
    );
    const result = parseResultText('odd.trx', trx(rows.join('')));
    expect(result.warnings).toHaveLength(1);
    expect(result.cases.every((c) => c.status === 'errored')).toBe(true);
  });
});

describe('issue 15, item 18: scanner notes are warnings; only lost data is an error', () => {
  it.each([
    [
      'a NUL character',
      '<testsuite name="s"><testcase name="a\u0000b"/></testsuite>',
      /U\+0000 is not allowed/,
    ],
    ['a bare ampersand', '<testsuite name="s"><testcase name="a & b"/></testsuite>', /bare "&"/],
    [
      'an undefined entity',
      '<testsuite name="s"><testcase name="a &nbsp; b"/></testsuite>',
      /undefined entity &nbsp;/,
    ],
  ])('%s: the file is kept as it is, with a warning, and no error', (_, text, note) => {
    const result = parseResultText('kept.xml', text);
    expect(result.error).toBeUndefined();
    expect(result.warnings.join('\n')).toMatch(note);
    expect(result.cases).toHaveLength(1);
  });

  it('a fatal issue after a note is the error; the note stays a warning', () => {
    const result = parseResultText(
      'cut.xml',
      '<testsuite name="s"><testcase name="a &nbsp; b"/><testcase name="c">',
    );
    expect(result.error).toMatch(/the file ends before <testcase> is closed/);
    expect(result.warnings.join('\n')).toMatch(/undefined entity/);
  });
});

describe('issue 15, item 7: many suites or shards never overflow the stack', () => {
  it('a valid JUnit file with 200,000 <testsuite> elements is counted and rendered', () => {
    const suites = Array.from(
      { length: 200_000 },
      (_, i) => `<testsuite name="s${i}"><testcase classname="c" name="t" time="0.01"/></testsuite>`,
    );
    const text = `<testsuites>${suites.join('')}</testsuites>`;
    expect(text.length).toBeGreaterThan(14_000_000);
    const agg = aggregateResults(withGood('many.xml', text));
    expect(agg.totals.tests).toBe(200_001);
    const console = renderConsoleSummary(agg);
    expect(console).toMatch(/^200,001 tests in 2 result files: 200,001 passed/);
    expect(console).toContain('  s199999 ');
  });

  it('200,000 shards are planned and their makespan found without a spread', () => {
    const durations = new Map(Array.from({ length: 10 }, (_, i) => [`t${i}`, 1] as [string, number]));
    const plan = planShards(durations, { shards: 200_000, style: 'generic' });
    expect(plan.makespan).toBe(1);
  });
});

describe('issue 15, item 10: control characters from result files are printed escaped', () => {
  it('ANSI escapes, CR and BEL from character references reach the console as text', () => {
    const hostile =
      '<testsuite name="s&#27;[2J"><testcase classname="c" name="t&#13;PASS&#7;"><failure message="red &#27;[31mboom&#27;[0m&#x202E;txt.exe"/></testcase></testsuite>';
    const console = renderConsoleSummary(aggregateResults(withGood('ansi.xml', hostile)));
    expect(console).not.toMatch(/[\x07\x1b\r\u202e]/);
    expect(console).toContain('s\\x1b[2J › c.t\\rPASS\\x07');
    expect(console).toContain('red \\x1b[31mboom\\x1b[0m\\u202etxt.exe');
  });
});

describe('issue 15, item 11: absurd and comma durations', () => {
  it('time="1e308" is refused with a warning: no Infinity, NaN or null anywhere', () => {
    const files = withGood(
      'huge.xml',
      '<testsuite name="h" time="1e308"><testcase name="a" time="1e308"/><testcase name="b" time="1e308"/></testsuite>',
    );
    expect(files[1]!.warnings.join('\n')).toMatch(/time="1e308" is not a plausible duration/);
    const agg = aggregateResults(files);
    expect(Number.isFinite(agg.totals.duration)).toBe(true);
    const console = renderConsoleSummary(agg);
    expect(console).not.toMatch(/Infinity|NaN/);
  });

  it('time="1,5" is 1.5 s with a warning, never 15 s; "1,234.5" stays thousands; "1,2,3" is refused', () => {
    const result = parseResultText(
      'comma.xml',
      '<testsuite name="s"><testcase name="a" time="1,5"/><testcase name="b" time="1,234.5"/><testcase name="c" time="1,2,3"/></testsuite>',
    );
    expect(result.cases.map((c) => c.duration)).toEqual([1.5, 1234.5, 0]);
    expect(result.warnings).toEqual(['time="1,5" has a decimal comma: read as 1.5 s']);
  });

  it('the console never prints a non-finite duration', () => {
    const agg = aggregateResults(withGood('x.xml', GOOD));
    agg.totals.duration = Number.POSITIVE_INFINITY;
    expect(renderConsoleSummary(agg)).not.toMatch(/Infinity|NaN/);
  });
});

describe('issue 15, item 13: a DOCTYPE with "]" inside its internal subset', () => {
  const SUBSET =
    '<!DOCTYPE testsuite SYSTEM "urn:x[1]>" [ <!ENTITY a "]"> <!ENTITY b \'"]>\'> <!-- ] ]> --> <?pi ] ?> <!ELEMENT testsuite ANY> %pe; ]>';
  const DOC = `<?xml version="1.0"?>\n${SUBSET}\n<testsuite name="d"><testcase classname="c" name="a"/><testcase classname="c" name="b"><failure message="x"/></testcase></testsuite>`;

  it('is skipped whole: the tests count, no error, the good file beside it', () => {
    const files = withGood('doctype.xml', DOC);
    expect(files[1]!.error).toBeUndefined();
    expect(files[1]!.warnings.join('\n')).toMatch(/the DOCTYPE declares entities; they are never expanded/);
    expect(aggregateResults(files).totals).toMatchObject({ tests: 3, passed: 2, failed: 1 });
  });

  it('reads the same split in two at every position, and in chunks of one character', () => {
    const whole = parseResultText('doctype.xml', DOC);
    expect(whole.cases).toHaveLength(2);
    const end = DOC.indexOf('<testsuite');
    for (let at = 1; at <= end; at++) {
      const parser = createResultParser('doctype.xml');
      parser.write(DOC.slice(0, at));
      parser.write(DOC.slice(at));
      expect(parser.end(), `split at ${at}`).toEqual(whole);
    }
    const parser = createResultParser('doctype.xml');
    for (const c of DOC) parser.write(c);
    expect(parser.end()).toEqual(whole);
  });

  it.each([
    ['an unclosed subset', '<!DOCTYPE x [ <!ENTITY a "b">'],
    ['a literal that never closes', '<!DOCTYPE x [ <!ENTITY a "]> ]>'],
    ['a comment that never closes', '<!DOCTYPE x [ <!-- ]> ]>'],
  ])('%s is an error at the end, not a wait for more', (_, text) => {
    const files = withGood('cut.xml', `${text}<testsuite name="s"><testcase name="t"/></testsuite>`);
    expect(files[1]!.error).toMatch(/the file ends inside a tag/);
    expect(aggregateResults(files).totals).toMatchObject({ tests: 1, passed: 1 });
  });
});

describe('issue 15, fuzz: a file of unknown format reads the same whole and streamed', () => {
  it('what the scanner finds after the unknown root is not reported, however the chunks break', () => {
    const text = '<testcase name="a"></wrong><another/>';
    const whole = parseResultText('odd.xml', text);
    expect(whole.error).toMatch(/unknown format: the root element is <testcase>/);
    expect(whole.warnings).toEqual([]);
    const parser = createResultParser('odd.xml');
    for (let at = 0; at < text.length && !parser.done; at += 4) parser.write(text.slice(at, at + 4));
    expect(parser.end()).toEqual(whole);
  });
});

describe('plan explanation with many shards', () => {
  it('renders a plan whose tables have more rows than a call takes arguments', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ suite: `s${i}` }));
    // Only the allocation table is exercised at scale here; the matrix table is the same helper.
    const plan = {
      allocation: {
        host: { cores: 4 },
        reserved: [],
        spare: [],
        suites: rows.map((r) => ({ suite: r.suite, cores: [1], workers: 1, overflow: 0, shared: true })),
      },
      suites: [],
      warnings: [],
    } as unknown as Parameters<typeof renderPlanExplanation>[0];
    expect(renderPlanExplanation(plan).split('\n').length).toBeGreaterThan(200_000);
  });
});
