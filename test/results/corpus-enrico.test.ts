import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Counts, countTests } from '../../src/results/aggregate.js';
import { readResultFile } from '../../src/results/collect.js';
import { CORPUS, ENRICO } from '../helpers/paths.js';

interface Expectation {
  input: string | null;
  expected: string;
  tests?: number;
  passed?: number;
  failed?: number;
  errors?: number;
  skipped?: number;
  parse_exception?: string;
}

type Tally = Omit<Counts, 'flaky' | 'duration'>;

/**
 * Where we count differently from EnricoMi's expectations, on purpose. Each entry asserts our
 * own figures, so a change in either direction shows up.
 */
const DIFFERENCES: Record<string, { ours: Tally; reason: string }> = {
  'nunit/mstest/clicketyclackety.xml': {
    ours: { tests: 23, passed: 13, failed: 1, errors: 9, skipped: 0 },
    reason:
      'NUnit 3 result="Failed" label="Error" is an unexpected exception; NUnit\'s own console summary counts these as Errors, apart from Failures, and so do we',
  },
  'nunit/mstest/timewarpinc.xml': {
    ours: { tests: 1, passed: 0, failed: 0, errors: 1, skipped: 0 },
    reason: 'NUnit 3 result="Failed" label="Error": an error, as NUnit itself counts it',
  },
  'nunit/nunit3/jenkins/NUnit-issue44527.xml': {
    ours: { tests: 150, passed: 6, failed: 1, errors: 143, skipped: 0 },
    reason: 'NUnit 3 label="Error" (exceptions) and label="Invalid" (tests that could not run) are errors',
  },
  'trx/yami_YAMILEX_2015-10-24_04_18_59.trx': {
    ours: { tests: 25, passed: 2, failed: 2, errors: 1, skipped: 20 },
    reason: 'TRX outcome="Aborted" is an error: the test never finished, it was not skipped on purpose',
  },
  'xunit/mstest/fixie.xml': {
    ours: { tests: 7, passed: 3, failed: 3, errors: 0, skipped: 1 },
    reason:
      'each theory row (ShouldBeString<String>("A"), ...("B"), <Int32>(123)) is its own test, as xUnit.net counts it (total="7"); EnricoMi merges rows by method name',
  },
  'xunit/mstest/pickles.xml': {
    ours: { tests: 4, passed: 3, failed: 1, errors: 0, skipped: 0 },
    reason: 'two AddingSeveralNumbers(...) theory rows are two tests, as in the assembly total="4"',
  },
};

/** JSON reporters (Dart, Mocha JSON) are not read yet: those files must say so, not count zero silently. */
const UNSUPPORTED_JSON = new Set(['dart/json/tests.json', 'mocha/tests.json']);

const index: Expectation[] = JSON.parse(
  readFileSync(path.join(CORPUS, 'EnricoMi-publish-unit-test-result-action/EXPECTED-INDEX.json'), 'utf8'),
);

async function read(input: string) {
  const file = input.replace(' (missing file)', '');
  return { file, result: await readResultFile(path.join(ENRICO, file), file) };
}

function tally(c: Tally): Tally {
  return { tests: c.tests, passed: c.passed, failed: c.failed, errors: c.errors, skipped: c.skipped };
}

/** EnricoMi's parser throws on these; ours keeps every test and warns (issue 15, item 18). */
const KEPT_WITH_WARNING = new Set([
  'nunit/nunit3/jenkins/NUnit-issue17521.xml',
  'nunit/nunit3/jenkins/NUnit-sec1752-file.xml',
  'nunit/nunit3/jenkins/NUnit-sec1752-https.xml',
]);

describe('EnricoMi corpus: every expectation', () => {
  const counted = index.filter((e) => e.input !== null && e.tests !== undefined);
  const exceptions = index.filter((e) => e.input !== null && e.parse_exception !== undefined);

  it('covers all 83 expectations (one stale duplicate has no input)', () => {
    expect(index).toHaveLength(83);
    expect(index.filter((e) => e.input === null).map((e) => e.expected)).toEqual([
      'trx/yami_YAMILEX 2015-10-24 04_18_59.results.json',
    ]);
  });

  it.each(counted.map((e) => [e.input!, e] as const))('%s', async (input, e) => {
    const { result } = await read(input);
    expect(result).not.toBeNull();
    const ours = tally(countTests(result!.cases));
    if (UNSUPPORTED_JSON.has(input)) {
      expect(result!.error).toMatch(/^a JSON file/);
      expect(ours.tests).toBe(0);
      return;
    }
    const expected: Tally = {
      tests: e.tests!,
      passed: e.passed!,
      failed: e.failed!,
      errors: e.errors!,
      skipped: e.skipped!,
    };
    const difference = DIFFERENCES[input];
    if (difference) {
      expect(ours).not.toEqual(expected);
      expect(ours).toEqual(difference.ours);
      expect(difference.reason.length).toBeGreaterThan(20);
    } else {
      expect(ours).toEqual(expected);
    }
  });

  it.each(exceptions.map((e) => [e.input!, e] as const))(
    '%s is reported as unreadable or kept with a warning',
    async (input, e) => {
      const { file, result } = await read(input);
      if (input.endsWith('(missing file)')) {
        // A missing file is not a FileResult: the pattern that named it matched nothing.
        expect(result).toBeNull();
        return;
      }
      // Only lost data is an error (issue 15, item 18): what was kept as it is, with a note, is a warning.
      if (KEPT_WITH_WARNING.has(input)) {
        expect(result!.error, file).toBeUndefined();
        expect(result!.warnings.length, file).toBeGreaterThan(0);
      } else {
        expect(result!.error, `${file}: ${e.parse_exception}`).toBeDefined();
      }
    },
  );
});

describe('EnricoMi corpus: reasons are specific', () => {
  it.each([
    ['xml/empty.xml', /^the file is empty$/],
    ['json/empty.json', /^the file is empty$/],
    ['xml/non-xml.xml', /^line 1, column 1: text before the root element: not an XML file$/],
    ['junit-xml/non-junit.xml', /unknown format: the root element is <suites>/],
    ['junit-xml/pytest/corrupt-xml.xml', /^line 11, column 22: the file ends before <skipped> is closed/],
    [
      'nunit/nunit3/jenkins/NUnit-issue47367.xml',
      /^line 5, column \d+: attribute "pass" of <test-case> has no value/,
    ],
  ])('%s', async (input, pattern) => {
    const { result } = await read(input);
    expect(result!.error).toMatch(pattern);
  });

  it.each([
    ['nunit/nunit3/jenkins/NUnit-issue17521.xml', /^line 33, column 16: character U\+0000 is not allowed/],
    [
      'nunit/nunit3/jenkins/NUnit-sec1752-file.xml',
      /^line 2, column 1: the DOCTYPE declares entities; they are never expanded/,
    ],
    ['nunit/nunit3/jenkins/NUnit-sec1752-https.xml', /never expanded/],
  ])('%s is kept, with the note as a warning', async (input, pattern) => {
    const { result } = await read(input);
    expect(result!.error).toBeUndefined();
    expect(result!.warnings[0]).toMatch(pattern);
  });

  it('keeps what a truncated file held before it was cut', async () => {
    const { result } = await read('junit-xml/pytest/corrupt-xml.xml');
    expect(result!.cases.map((c) => [c.name, c.status])).toEqual([
      ['test_check_shape_compatibility', 'passed'],
    ]);
  });

  it('never expands the external entity, and still reads the tests', async () => {
    const { result } = await read('nunit/nunit3/jenkins/NUnit-sec1752-file.xml');
    const failed = result!.cases.find((c) => c.status === 'failed');
    expect(failed?.message).toBe('&xxe;');
  });
});
