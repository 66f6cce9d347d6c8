import { describe, expect, it } from 'vitest';
import { renderConsoleSummary, wantsColor } from '../../src/report/console.js';
import type { JobsSummary } from '../../src/report/timeline.js';
import { wrapUntrusted } from '../../src/report/workflow-log.js';
import { aggregateResults } from '../../src/results/aggregate.js';
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

/** The multi-job input's records as aggregate summarizes them. */
function jobsOf(input = multiJobInput(), broken: JobsSummary['broken'] = []): JobsSummary {
  return { timeline: input.timeline!, parallel: input.parallel!, broken };
}

describe('renderConsoleSummary golden files', () => {
  it('multi-job run with job records, a flaky test and a base comparison', () => {
    const input = multiJobInput();
    const text = renderConsoleSummary(input.aggregate, {
      jobs: jobsOf(input),
      comparison: multiJobComparison(),
      results: ['TestResults/run-1 (result files, logs, job records)', 'JSON report out/report.json'],
    });
    expect(text).toContain('  ✗ FAILED  python');
    expect(text).toContain('  ✓ PASSED  csharp');
    expect(text).toMatch(/\nTotal time: 8 min 32 s \(\d+ min \d+ s one job after another\)\n/);
    expectGolden('console-multi-job.txt', text);
  });

  it.each([
    ['dorny-test-reporter/__tests__/fixtures/python-xunit-pytest.xml', 'console-pytest.txt'],
    ['dorny-test-reporter/__tests__/fixtures/dotnet-trx.trx', 'console-dotnet-trx.txt'],
    ['dorny-test-reporter/__tests__/fixtures/jest-junit.xml', 'console-jest.txt'],
    [
      'mikepenz-action-junit-report/test_results/junit_flaky_failure/marathon_junit_report.xml',
      'console-marathon-flaky.txt',
    ],
  ])('%s', (file, golden) => {
    expectGolden(golden, renderConsoleSummary(corpusInput([file]).aggregate));
  });
});

describe('renderConsoleSummary, the closing block', () => {
  it('the run total when the caller timed it; where the results are', () => {
    const input = multiJobInput();
    const text = renderConsoleSummary(input.aggregate, {
      jobs: jobsOf(input),
      totalSeconds: 600,
      results: ['TestResults/run-1'],
    });
    expect(text.endsWith('\nTotal time: 10 min 0 s\nResults: TestResults/run-1\n')).toBe(true);
  });

  it('without job records it says the total is not known, and names the files read', () => {
    const text = renderConsoleSummary(inputOf([testCase({ name: 'a' })]).aggregate);
    expect(text).toContain('\n  ✓ PASSED  py ');
    expect(text).toContain('Total time: 0.10 s of test time (no job records, no suite times)');
    expect(text).toContain('Results: the 1 result files read');
  });

  it('a suite whose job wrote no results failed; one with no results at all gets a row', () => {
    const input = multiJobInput();
    const [csharp] = input.timeline!.filter((e) => e.suite === 'csharp');
    const ghost = { ...csharp!, job: 'docs-1-of-1', suite: 'docs', error: 'no result file' };
    const text = renderConsoleSummary(input.aggregate, {
      jobs: jobsOf(input, [{ ...csharp!, error: 'killed' }, ghost]),
    });
    expect(text).toContain('  ✗ FAILED  csharp');
    expect(text).toMatch(/ {2}✗ FAILED {2}docs +- +-/);
    expect(text).toContain('Jobs without results (2):');
  });
});

describe('renderConsoleSummary colour', () => {
  const input = multiJobInput();
  it('on request: verdicts green and red, failure marks red', () => {
    const text = renderConsoleSummary(input.aggregate, { color: true, jobs: jobsOf(input) });
    expect(text).toContain('\x1b[32m✓ PASSED\x1b[0m  csharp');
    expect(text).toContain('\x1b[31m✗ FAILED\x1b[0m  python');
    expect(text).toContain('\x1b[31mFAIL \x1b[0m python');
    // The same text as the plain one once the colours are taken out.
    expect(text.replace(/\x1b\[\d+m/g, '')).toBe(
      renderConsoleSummary(input.aggregate, { jobs: jobsOf(input) }),
    );
  });
  it('plain by default', () => {
    expect(renderConsoleSummary(input.aggregate, { jobs: jobsOf(input) })).not.toContain('\x1b');
  });
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, {}, false],
    [false, { FORCE_COLOR: '1' }, false],
  ])('wantsColor(tty %s, %j) is %s', (tty, env, expected) => {
    expect(wantsColor(tty, env)).toBe(expected);
  });
});

describe('renderConsoleSummary with hostile names', () => {
  const comparison = {
    ...multiJobComparison(),
    newFailures: [{ suite: 'evil|suite<b>', id: HOSTILE.message }],
    notes: [HOSTILE.message],
  };
  const text = renderConsoleSummary(hostileInput().aggregate, { comparison });
  it('control characters are shown escaped, never obeyed', () => {
    expect(text).not.toMatch(/[\x1b\r\u202e]/);
    expect(text).toContain('::stop-commands::t\\x1b[31mred');
    expect(text).toContain(HOSTILE.name);
  });
  it('a name with a newline stays on its line', () => {
    const agg = aggregateResults([fileOf([testCase({ name: 'a\n::add-mask::b', status: 'failed' })])]);
    const lines = renderConsoleSummary(agg).split('\n');
    expect(lines.some((l) => l.trimStart().startsWith('::add-mask'))).toBe(false);
    expect(lines.some((l) => l.includes('a\\n::add-mask::b'))).toBe(true);
  });
  it('its messages would act in a step log unwrapped; wrapped, nothing of it does', () => {
    expect(parseStepLog(text).map((c) => c.command)).toContain('add-mask');
    const seen = parseStepLog(wrapUntrusted(text, () => 'a-fresh-token'));
    expect(seen.map((c) => c.command)).toEqual(['stop-commands', 'a-fresh-token']);
    expectGolden('console-hostile.txt', text);
  });
});
