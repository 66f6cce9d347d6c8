import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { tempDir, writeTree } from '../helpers/run.js';
import { runActionStep } from '../helpers/runner.js';

/** The action's main step in `workspace`, as the runner runs it. */
function runAction(workspace: string, inputs: Record<string, string>) {
  return runActionStep(workspace, inputs);
}

describe('action: command aggregate, run the way the runner runs it', () => {
  let ws: string;
  beforeAll(() => {
    ws = tempDir('pt-ws-');
    writeTree(ws, {
      'results/python-1/junit.xml':
        '<testsuites><testsuite name="python" time="4"><testcase classname="t.a" name="ok" time="1"/><testcase classname="t.a" name="flaky" time="1"><failure message="first">x</failure></testcase></testsuite></testsuites>',
      'results/python-2/junit.xml':
        '<testsuite name="python" time="5"><testcase classname="t.a" name="flaky" time="1"/><testcase classname="t.b" name="skip" time="0"><skipped/></testcase></testsuite>',
      'results/csharp/run.trx':
        '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results><UnitTestResult testId="1" testName="Q.Works" outcome="Passed" duration="00:00:02"/></Results><TestDefinitions><UnitTest id="1" storage="Honua.Tests.dll"><TestMethod className="Q" name="Works"/></UnitTest></TestDefinitions></TestRun>',
      'failing/junit.xml':
        '<testsuite name="py"><testcase classname="t" name="bad"><error message="boom"/></testcase></testsuite>',
    });
  });

  it('sets the totals as outputs, writes the summary and the JSON report, succeeds', () => {
    const r = runAction(ws, {
      command: 'aggregate',
      results: 'results/**/*.xml\nresults/**/*.trx',
      json: 'out/report.json',
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      tests: '4',
      passed: '3',
      failed: '0',
      errors: '0',
      skipped: '1',
      flaky: '1',
      duration: '5',
      conclusion: 'success',
      json: path.join(ws, 'out/report.json'),
    });
    // The job summary is the markdown report (renderSummary), not the console text.
    expect(r.summary).toMatch(/^### ✅ 1 flaky, 3 passed, 1 skipped in 5\.00s\n/);
    expect(r.summary).toContain('| **Total** | **4** | **3** | **0** | **0** | **1** | **1** |');
    expect(r.summary).toContain('#### Flaky tests (1)');
    expect(r.summary).not.toContain('```');
    expect(JSON.parse(readFileSync(path.join(ws, 'out/report.json'), 'utf8')).totals.flaky).toBe(1);
    expect(r.stdout).not.toContain('::error::');
  });

  it('fails the step when a test failed, still setting the outputs', () => {
    const r = runAction(ws, { command: 'aggregate', results: 'failing/*.xml' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ tests: '1', errors: '1', conclusion: 'failure' });
    expect(r.stdout).toContain('::error::0 test(s) failed and 1 had errors, of 1');
    expect(r.summary).toMatch(/^### ❌ 1 error in /);
    expect(r.summary).toContain('#### Failures (1)');
  });

  it.each([
    [{ command: 'deploy' }, 'input "command" must be one of plan, image, run, aggregate; got "deploy"'],
    [{ command: 'aggregate' }, 'input "results" is required for command aggregate'],
    [
      { command: 'aggregate', results: 'x', 'allow-empty': 'maybe' },
      'input "allow-empty" must be true or false, got "maybe"',
    ],
    [
      { command: 'aggregate', results: 'nothing/*.xml' },
      '1 result file(s) could not be read: nothing/*.xml (no file matches this pattern)',
    ],
  ])('bad input %j fails with a message', (inputs, message) => {
    const r = runAction(ws, inputs);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::${message}`);
  });
});

describe('action: aggregate with coverage', () => {
  const fixtures = path.join(ROOT, 'test/fixtures/coverage');
  function withCoverage(inputs: Record<string, string>) {
    const ws = tempDir('pt-ws-cov-');
    writeTree(ws, {
      'results/junit.xml': '<testsuite name="py"><testcase classname="t" name="ok" time="1"/></testsuite>',
      'cov/coverage-py-shard-1.xml': readFileSync(path.join(fixtures, 'coverage-py-shard-1.xml'), 'utf8'),
      'cov/coverage-py-shard-2.xml': readFileSync(path.join(fixtures, 'coverage-py-shard-2.xml'), 'utf8'),
    });
    return {
      ws,
      ...runAction(ws, {
        command: 'aggregate',
        results: 'results/*.xml',
        'timings-cache': 'false',
        ...inputs,
      }),
    };
  }

  it("merges the shards' Cobertura files into the summary and the JSON report", () => {
    const r = withCoverage({ coverage: 'cov/*.xml', json: 'r.json' });
    expect(r.code, r.stdout).toBe(0);
    const json = JSON.parse(readFileSync(path.join(r.ws, 'r.json'), 'utf8'));
    expect(json.coverage.total.lines).toBeGreaterThan(0);
    expect(r.summary).toMatch(/#+ .*[Cc]overage/);
  });

  it('fails the step below the threshold, and a threshold without files is bad input', () => {
    expect(withCoverage({ coverage: 'cov/*.xml', 'coverage-threshold': '100' }).code).toBe(1);
    const r = withCoverage({ 'coverage-threshold': '80' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::input "coverage-threshold" needs the coverage files');
  });
});

describe('action: command plan, run the way the runner runs it', () => {
  it('sets the matrix output from the config and a test list', () => {
    const ws = tempDir('pt-ws-plan-');
    const ids = Array.from({ length: 40 }, (_, i) => `tests/api/test_m${i % 8}.py::test_case_${i}`);
    writeTree(ws, {
      'parallel-tests.yml':
        'suites:\n  - name: api\n    framework: pytest\n    path: tests/api\n    workers: 2\n    shards: 4\n    timeout-minutes: 15\n',
      'collected.txt': `${ids.join('\n')}\n`,
    });
    const r = runAction(ws, { command: 'plan', tests: 'collected.txt' });
    expect(r.code).toBe(0);
    const matrix = JSON.parse(r.outputs.matrix!);
    expect(
      matrix.include.map((e: Record<string, unknown>) => [e.suite, e.shard, e.shards, e['timeout-minutes']]),
    ).toEqual([
      ['api', 1, 4, 15],
      ['api', 2, 4, 15],
      ['api', 3, 4, 15],
      ['api', 4, 4, 15],
    ]);
    expect(matrix.include.reduce((n: number, e: { tests: number }) => n + e.tests, 0)).toBe(40);
    expect(r.stdout).not.toContain('::error::');
  });

  it('fails with the config error and its position', () => {
    const ws = tempDir('pt-ws-plan-');
    writeTree(ws, {
      'parallel-tests.yml': 'suites:\n  - name: api\n    framework: pytest\n    shards: none\n',
    });
    const r = runAction(ws, { command: 'plan' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::parallel-tests.yml:4:13: "shards" must be a whole number of at least 1, or "auto"',
    );
  });
});
