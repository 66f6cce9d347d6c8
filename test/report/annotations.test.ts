import { describe, expect, it } from 'vitest';
import {
  type AnnotationList,
  escapeCommandData,
  escapeCommandProperty,
  formatAnnotationCommand,
  renderAnnotations,
} from '../../src/report/annotations.js';
import { aggregateResults } from '../../src/results/aggregate.js';
import type { TestCase } from '../../src/results/model.js';
import { expectGolden } from '../helpers/golden.js';
import { parseStepLog } from '../helpers/step-log.js';
import {
  corpusInput,
  fileOf,
  HOSTILE,
  hostileInput,
  inputOf,
  multiJobComparison,
  multiJobInput,
  testCase,
} from './inputs.js';

/** The annotation list as the step's log shows it: one workflow command a line. */
function commands(list: AnnotationList): string {
  return list.annotations.map((a) => `${formatAnnotationCommand(a)}\n`).join('');
}

const byLevel = (list: AnnotationList, level: string) => list.annotations.filter((a) => a.level === level);

function failures(count: number, located = true): TestCase[] {
  const cases: TestCase[] = [];
  for (let i = 0; i < count; i++) {
    cases.push(
      testCase({
        name: `test_${String(i).padStart(6, '0')}`,
        status: 'failed',
        message: `AssertionError: value ${i} was wrong`,
        ...(located ? { file: 'tests/test_api.py', line: i + 1 } : {}),
      }),
    );
  }
  return cases;
}

/** `count` tests that failed in one file and passed in another. */
function flaky(count: number) {
  const first: TestCase[] = [];
  const second: TestCase[] = [];
  for (let i = 0; i < count; i++) {
    first.push(testCase({ name: `test_flaky_${i}`, status: 'failed', message: 'timeout' }));
    second.push(testCase({ name: `test_flaky_${i}` }));
  }
  return aggregateResults([fileOf(first, 'a.xml'), fileOf(second, 'b.xml')]);
}

describe('workflow-command escaping', () => {
  it.each([
    ['100% done', '100%25 done', '100%25 done'],
    ['a\nb\r\nc', 'a%0Ab%0D%0Ac', 'a%0Ab%0D%0Ac'],
    ['x::y,z', 'x::y,z', 'x%3A%3Ay%2Cz'],
    ['%0A', '%250A', '%250A'],
    ['', '', ''],
  ])('%j', (text, data, property) => {
    expect(escapeCommandData(text)).toBe(data);
    expect(escapeCommandProperty(text)).toBe(property);
  });
});

describe('renderAnnotations golden files', () => {
  it('multi-job run with job records, a flaky test and a base comparison', () => {
    const list = renderAnnotations(multiJobInput(), { comparison: multiJobComparison() });
    // test_bbox passed in the base run: new, and says so; test_load_roads failed there already.
    expect(list.annotations.map((a) => a.title)).toEqual([
      'new failure: python › tests.test_api.test_bbox',
      'error: qgis › tests.test_layers.test_load_roads',
      'flaky: python › tests.test_api.test_flaky',
    ]);
    expectGolden('annotations-multi-job.txt', commands(list));
  });

  it('without a comparison no failure is called new', () => {
    const list = renderAnnotations(multiJobInput());
    expect(list.annotations.some((a) => a.title?.startsWith('new'))).toBe(false);
  });

  it.each([
    [
      'dorny-test-reporter/__tests__/fixtures/python-xunit-pytest.xml',
      'annotations-pytest.txt',
      ['tests/test_lib.py'],
    ],
    [
      'dorny-test-reporter/__tests__/fixtures/dotnet-trx.trx',
      'annotations-dotnet-trx.txt',
      [
        'reports/dotnet/DotnetTests.XUnitTests/CalculatorTests.cs',
        'reports/dotnet/DotnetTests.Unit/Calculator.cs',
      ],
    ],
    // No tracked files: the report's absolute Windows paths match nothing, so no file property.
    ['dorny-test-reporter/__tests__/fixtures/jest-junit.xml', 'annotations-jest.txt', []],
    [
      'mikepenz-action-junit-report/test_results/junit_flaky_failure/marathon_junit_report.xml',
      'annotations-marathon-flaky.txt',
      [],
    ],
  ])('%s', (file, golden, tracked) => {
    const list = renderAnnotations(corpusInput([file], tracked));
    for (const level of ['error', 'warning', 'notice'])
      expect(byLevel(list, level).length).toBeLessThanOrEqual(10);
    expectGolden(golden, commands(list));
  });
});

describe('renderAnnotations at the caps', () => {
  it('100,000 failures: 10 error annotations and the one notice, well under a second', () => {
    const input = inputOf(failures(100_000));
    const started = performance.now();
    const list = renderAnnotations(input);
    const ms = performance.now() - started;
    expect(byLevel(list, 'error')).toHaveLength(10);
    expect(byLevel(list, 'notice')).toHaveLength(1);
    expect(list.annotations).toHaveLength(11);
    expect(byLevel(list, 'notice')[0]!.message).toBe(
      '99,990 failures more than shown as annotations (GitHub shows 10 errors, 10 warnings and 10 notices per step): every one is in the job summary and the JSON report.',
    );
    expect(list.notShown).toEqual({ error: 99_990, warning: 0, notice: 0 });
    expect(ms).toBeLessThan(250);
  });

  it('exactly 10 failures: all shown, no notice; 11: 10 and a notice naming 1 more', () => {
    const at = renderAnnotations(inputOf(failures(10)));
    expect(byLevel(at, 'error')).toHaveLength(10);
    expect(byLevel(at, 'notice')).toHaveLength(0);
    const over = renderAnnotations(inputOf(failures(11)));
    expect(byLevel(over, 'error')).toHaveLength(10);
    expect(byLevel(over, 'notice').map((a) => a.message.split(' more')[0])).toEqual(['1 failure']);
  });

  it('exactly 10 flaky tests: 10 warnings; 11: 10 and the notice', () => {
    const at = renderAnnotations({ aggregate: flaky(10) });
    expect(byLevel(at, 'warning')).toHaveLength(10);
    expect(byLevel(at, 'notice')).toHaveLength(0);
    const over = renderAnnotations({ aggregate: flaky(11) });
    expect(byLevel(over, 'warning')).toHaveLength(10);
    expect(byLevel(over, 'notice')[0]!.message).toMatch(/^1 flaky test more than shown/);
  });

  it('a slot reserved for the step failure message leaves 9 errors', () => {
    const list = renderAnnotations(inputOf(failures(10)), { reserved: { error: 1 } });
    expect(byLevel(list, 'error')).toHaveLength(9);
    expect(list.notShown.error).toBe(1);
  });

  it('no notice slot left: the notice is counted as not shown, never an 11th', () => {
    const list = renderAnnotations(inputOf(failures(11)), { reserved: { notice: 10 } });
    expect(byLevel(list, 'notice')).toHaveLength(0);
    expect(list.notShown.notice).toBe(1);
  });

  it('failures with a location come first, in the order read', () => {
    const cases = [...failures(5, false), ...failures(12, true)];
    const list = renderAnnotations(inputOf(cases));
    expect(byLevel(list, 'error').every((a) => a.file === 'tests/test_api.py')).toBe(true);
    const few = renderAnnotations(
      inputOf([...failures(3, false), testCase({ name: 'x', status: 'failed', file: 'a.py', line: 2 })]),
    );
    expect(few.annotations.map((a) => a.file ?? '-')).toEqual(['a.py', '-', '-', '-']);
  });

  it('a long message is cut; the title stays one line within 255 characters', () => {
    const list = renderAnnotations(
      inputOf([testCase({ name: 'n'.repeat(400), status: 'failed', message: 'line\n'.repeat(5000) })]),
    );
    const a = list.annotations[0]!;
    expect(a.message.length).toBeLessThanOrEqual(4002);
    expect(a.message.endsWith('\n…')).toBe(true);
    expect(a.title!.length).toBeLessThanOrEqual(255);
  });
});

describe('renderAnnotations escapes what comes from a result file', () => {
  const list = renderAnnotations(hostileInput());
  const text = commands(list);
  it('each annotation is one command line, read back as written', () => {
    expect(text.split('\n').filter(Boolean)).toHaveLength(list.annotations.length);
    const seen = parseStepLog(text);
    expect(seen.map((c) => c.command)).toEqual(['error']);
    expect(seen[0]!.properties.title).toBe(`failure: evil|suite<b> › ${HOSTILE.name}`);
    expect(seen[0]!.data).toBe(list.annotations[0]!.message);
    expect(seen[0]!.data.startsWith('::error file=a.py,line=1::fake\n##[error]legacy')).toBe(true);
    expectGolden('annotations-hostile.txt', text);
  });
  it('a name with newlines, commas and colons stays inside its property', () => {
    const evil = renderAnnotations(
      inputOf([
        testCase({
          name: 'a,file=x.py,line=9::b\n::error::c',
          status: 'failed',
          file: 'tests/a,b:c.py',
          line: 3,
        }),
      ]),
    );
    const [cmd] = parseStepLog(commands(evil));
    expect(cmd!.properties).toEqual({
      title: 'failure: py › tests.test_api.a,file=x.py,line=9::b ::error::c',
      file: 'tests/a,b:c.py',
      line: '3',
    });
  });
});
