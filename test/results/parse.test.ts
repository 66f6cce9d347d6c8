import { describe, expect, it } from 'vitest';
import { countTests } from '../../src/results/aggregate.js';
import { DEFAULT_TEXT_LIMITS, type FileResult } from '../../src/results/model.js';
import { createResultParser, parseResultText } from '../../src/results/parse.js';

function parse(xml: string, limits = DEFAULT_TEXT_LIMITS): FileResult {
  return parseResultText('r.xml', xml, { limits });
}

function statuses(result: FileResult): string[] {
  return result.cases.map((c) => `${c.name}:${c.status}`);
}

const junit = (body: string) =>
  `<?xml version="1.0"?>\n<testsuites>\n<testsuite name="s">\n${body}\n</testsuite>\n</testsuites>\n`;

describe('input that is not a readable report becomes an error naming line and reason', () => {
  it.each([
    ['empty', '', /^the file is empty$/],
    ['only white space', '  \n\n ', /^the file is empty$/],
    ['not XML', 'hello world', /^line 1, column 1: text before the root element: not an XML file$/],
    ['JSON', '{"tests": []}', /^a JSON file: only XML test reports are read/],
    [
      'unknown root',
      '<html><body/></html>',
      /^unknown format: the root element is <html>, expected testsuites/,
    ],
    [
      'mismatched tags',
      '<testsuites>\n<testsuite>\n</testsuites>',
      /^line 3, column 1: closing tag <\/testsuites> does not match <testsuite>$/,
    ],
    [
      'unquoted attribute',
      '<testsuite name=x/>',
      /^line 1, column 17: the value of attribute "name" is not quoted$/,
    ],
    ['"<" in an attribute', '<testsuite name="a<b"/>', /"<" in the value of attribute "name"/],
    ['two roots', '<testsuite/><testsuite/>', /a second root element <testsuite>/],
    ['text after the root', '<testsuite/>\noops', /^line 2, column 1: text after the root element$/],
    ['cut in a tag', '<testsuites><testsuite name="a', /the file ends inside a tag/],
    [
      'cut in CDATA',
      '<testsuites><testsuite><testcase name="a"><failure><![CDATA[boom',
      /ends inside a CDATA section/,
    ],
    ['cut in a comment', '<testsuites><!-- x', /ends inside a comment/],
  ])('%s', (_, xml, error) => {
    expect(parse(xml).error).toMatch(error);
  });

  it('a truncated file keeps every test case completed before the cut', () => {
    const xml = junit(
      '<testcase name="a"/>\n<testcase name="b"><failure message="x">trace</failure></testcase>\n<testcase name="c">',
    );
    const cut = xml.slice(0, xml.indexOf('<testcase name="c">') + 10);
    const result = parse(cut);
    expect(result.error).toMatch(
      /^line 6, column 1: the file ends inside a tag|ends before <testsuite> is closed/,
    );
    expect(statuses(result)).toEqual(['a:passed', 'b:failed']);
  });

  it('a case cut mid-way is not counted: its result is unknown', () => {
    const result = parse(
      '<testsuites><testsuite name="s"><testcase name="a"/><testcase name="b"><system-out>half',
    );
    expect(result.error).toMatch(/the file ends before <system-out> is closed/);
    expect(statuses(result)).toEqual(['a:passed']);
  });
});

describe('security: nothing outside the file is ever read, nothing is expanded', () => {
  it('an external entity is reported and left unexpanded', () => {
    const xml =
      '<?xml version="1.0"?>\n<!DOCTYPE t [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n' +
      junit('<testcase name="a"><failure message="&xxe;">&xxe;</failure></testcase>').replace(
        /^<\?xml.*\n/,
        '',
      );
    const result = parse(xml);
    expect(result.error).toBeUndefined();
    expect(result.warnings[0]).toMatch(
      /^line 2, column 1: the DOCTYPE declares entities; they are never expanded/,
    );
    expect(result.cases[0]?.message).toBe('&xxe;');
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('an entity-expansion bomb costs nothing', () => {
    const defs = ['<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++)
      defs.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const xml = `<!DOCTYPE lolz [${defs.join('')}]>\n${junit('<testcase name="&lol9;"/>')}`;
    const before = process.memoryUsage().heapUsed;
    const result = parse(xml);
    expect(result.warnings.join('\n')).toMatch(/never expanded/);
    expect(result.cases[0]?.name).toBe('&lol9;');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('XML details', () => {
  it('decodes the predefined entities and character references in text and attributes', () => {
    const result = parse(
      junit(
        '<testcase name="a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;"><failure message="x">1 &lt; 2 &#x1F600;</failure></testcase>',
      ),
    );
    expect(result.cases[0]?.name).toBe(`a & b <c> "d" 'e' AB`);
    expect(result.cases[0]?.details).toBe('1 < 2 \u{1F600}');
  });

  it('reads CDATA, skips comments and processing instructions, allows ">" in attribute values', () => {
    const result = parse(
      junit(
        '<!-- <testcase name="commented"/> --><?pi x?><testcase name="a > b"><failure><![CDATA[<not a tag> & raw]]></failure></testcase>',
      ),
    );
    expect(statuses(result)).toEqual(['a > b:failed']);
    expect(result.cases[0]?.details).toBe('<not a tag> & raw');
  });

  it('reads namespaced TRX and strips a byte-order mark', () => {
    const trx =
      '\uFEFF<?xml version="1.0" encoding="utf-8"?><TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2006"><Results>' +
      '<UnitTestResult testId="1" testName="T1" outcome="Timeout" duration="00:00:01.5000000"/>' +
      '<UnitTestResult testId="2" testName="T2" outcome="Inconclusive"/></Results>' +
      '<TestDefinitions><UnitTest id="1" storage="/x/A.Tests.dll"><TestMethod className="A.C" name="T1"/></UnitTest></TestDefinitions></TestRun>';
    const result = parse(trx);
    expect(result.format).toBe('trx');
    expect(result.cases.map((c) => [c.suite, c.className, c.name, c.status, c.duration])).toEqual([
      ['A.Tests', 'A.C', 'T1', 'errored', 1.5],
      ['', '', 'T2', 'skipped', 0],
    ]);
  });

  it('counts TRX data rows (InnerResults), not their parent', () => {
    const trx =
      '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>' +
      '<UnitTestResult testId="1" testName="Rows" outcome="Failed" resultType="DataDrivenTest"><InnerResults>' +
      '<UnitTestResult testId="1" testName="Rows (1)" outcome="Passed"/>' +
      '<UnitTestResult testId="1" testName="Rows (2)" outcome="Failed"><Output><ErrorInfo><Message>bad row</Message><StackTrace>at X in /src/A.cs:line 3</StackTrace></ErrorInfo></Output></UnitTestResult>' +
      '</InnerResults></UnitTestResult><UnitTestResult testId="2" testName="Gone" outcome="Aborted"/></Results></TestRun>';
    const result = parse(trx);
    expect(statuses(result)).toEqual(['Rows (1):passed', 'Rows (2):failed', 'Gone:errored']);
    expect(result.cases[1]?.message).toBe('bad row');
    expect(result.cases[1]?.details).toBe('at X in /src/A.cs:line 3');
  });

  it('maps every TRX outcome', () => {
    const outcomes = [
      'Passed',
      'Failed',
      'Error',
      'Timeout',
      'Aborted',
      'NotExecuted',
      'Inconclusive',
      'NotRunnable',
      'PassedButRunAborted',
      'Warning',
      'Disconnected',
      'Pending',
    ];
    const rows = outcomes
      .map((o, i) => `<UnitTestResult testId="${i}" testName="${o}" outcome="${o}"/>`)
      .join('');
    const result = parse(`<TestRun><Results>${rows}</Results></TestRun>`);
    expect(statuses(result)).toEqual([
      'Passed:passed',
      'Failed:failed',
      'Error:errored',
      'Timeout:errored',
      'Aborted:errored',
      'NotExecuted:skipped',
      'Inconclusive:skipped',
      'NotRunnable:skipped',
      'PassedButRunAborted:passed',
      'Warning:passed',
      'Disconnected:errored',
      'Pending:skipped',
    ]);
  });

  it('pytest-xdist: worker-interleaved cases, a rerun in the same file is one flaky test', () => {
    const result = parse(
      junit(
        '<testcase classname="tests.test_a" name="test_x" file="tests/test_a.py" line="3" time="0.5"><failure message="AssertionError">tests/test_a.py:4: AssertionError</failure></testcase>' +
          '<testcase classname="tests.test_b" name="test_y" time="0.1"/>' +
          '<testcase classname="tests.test_a" name="test_x" file="tests/test_a.py" line="3" time="0.4"/>',
      ),
    );
    expect(countTests(result.cases)).toMatchObject({ tests: 2, passed: 2, failed: 0, flaky: 1 });
  });

  it('Surefire flakyFailure marks a passing test flaky; rerunFailure keeps a failure a failure', () => {
    const result = parse(
      junit(
        '<testcase classname="C" name="a"><flakyFailure message="first try">x</flakyFailure></testcase>' +
          '<testcase classname="C" name="b"><failure message="no">x</failure><rerunFailure message="still no">y</rerunFailure></testcase>',
      ),
    );
    expect(countTests(result.cases)).toMatchObject({ tests: 2, passed: 1, failed: 1, flaky: 1 });
  });
});

describe('memory is bounded by the limits, not by what a test printed', () => {
  it('cuts a huge system-out while streaming, keeps head and tail, says how much was dropped', () => {
    const parser = createResultParser('big.xml', { limits: { details: 1000, output: 1000 } });
    parser.write(
      '<testsuites><testsuite name="s"><testcase name="t"><failure message="m">trace</failure><system-out>BEGIN',
    );
    const line = 'x'.repeat(99) + '\n';
    for (let i = 0; i < 20_000; i++) parser.write(line);
    parser.write('END</system-out></testcase></testsuite></testsuites>');
    const result = parser.end();
    expect(result.error).toBeUndefined();
    const out = result.cases[0]!.stdout!;
    expect(out.length).toBeLessThan(1100);
    expect(out.startsWith('BEGIN')).toBe(true);
    expect(out.endsWith('END')).toBe(true);
    expect(out).toMatch(/\[… 1999\d{3} characters not kept …\]/);
  });

  it('does not keep the output of passing tests', () => {
    const result = parse(junit('<testcase name="a"><system-out>lots</system-out></testcase>'));
    expect(result.cases[0]?.stdout).toBeUndefined();
  });
});
