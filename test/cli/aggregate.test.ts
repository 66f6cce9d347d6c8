import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers/paths.js';
import { runDist, tempDir, writeTree } from '../helpers/run.js';

const passing =
  '<testsuite name="py" time="3.5"><testcase classname="t.test_a" name="test_ok" time="1.25"/></testsuite>';
const failing =
  '<testsuite name="py"><testcase classname="t.test_a" name="test_bad" file="t/test_a.py" line="9" time="0.5"><failure message="assert 1 == 2">t/test_a.py:10: AssertionError</failure></testcase></testsuite>';

describe('CLI: node dist/cli.js aggregate', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeTree(dir, {
      'ok/junit.xml': passing,
      'fail/junit.xml': failing,
      'broken/junit.xml': '<testsuite name="py"><testcase name="x">',
    });
  });

  it('exits 0 when all passed and writes the JSON report with exactly the contract keys', () => {
    const r = runDist('cli.js', ['aggregate', 'ok/*.xml', '--json', 'out/report.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 tests in 1 result files: 1 passed/);
    const report = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'));
    expect(Object.keys(report)).toEqual(['totals', 'suites', 'files', 'failures', 'tests']);
    expect(report.tests).toEqual({ py: { passed: ['t.test_a.test_ok'] } });
    expect(report.totals).toEqual({
      tests: 1,
      passed: 1,
      failed: 0,
      errors: 0,
      skipped: 0,
      flaky: 0,
      duration: 1.25,
    });
    expect(report.suites).toEqual([
      {
        name: 'py',
        tests: 1,
        passed: 1,
        failed: 0,
        errors: 0,
        skipped: 0,
        flaky: 0,
        duration: 1.25,
        wall: 3.5,
      },
    ]);
    expect(report.files).toEqual([
      { path: 'ok/junit.xml', format: 'junit', tests: 1, passed: 1, failed: 0, errors: 0, skipped: 0 },
    ]);
  });

  it('exits 1 on test failures and lists them with their location', () => {
    const r = runDist('cli.js', ['aggregate', 'ok/*.xml', 'fail/*.xml', '--json', 'r.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  py › t.test_a.test_bad (t/test_a.py:10)');
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    expect(report.failures).toEqual([
      { suite: 'py', id: 't.test_a.test_bad', file: 't/test_a.py', line: 10, message: 'assert 1 == 2' },
    ]);
  });

  it('exits 2 on an unreadable file, names it, and still counts the rest', () => {
    const r = runDist('cli.js', ['aggregate', 'ok/*.xml', 'broken/*.xml', '--json', 'b.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('broken/junit.xml: line 1, column ');
    const report = JSON.parse(readFileSync(path.join(dir, 'b.json'), 'utf8'));
    expect(report.totals.passed).toBe(1);
    expect(report.files[1]).toMatchObject({
      path: 'broken/junit.xml',
      error: expect.stringMatching(/truncated/),
    });
  });

  it('a glob that matches nothing is an error by default, a warning with --allow-empty', () => {
    const strict = runDist('cli.js', ['aggregate', 'ok/*.xml', 'none/*.xml'], { cwd: dir });
    expect(strict.code).toBe(2);
    expect(strict.stdout).toContain('none/*.xml: no file matches this pattern');
    const lenient = runDist('cli.js', ['aggregate', 'ok/*.xml', 'none/*.xml', '--allow-empty'], { cwd: dir });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('no file matches "none/*.xml" (allowed)');
  });

  it('bad usage exits 2 with a message', () => {
    expect(runDist('cli.js', ['aggregate'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no result files given/),
    });
    expect(runDist('cli.js', ['aggregate', 'x', '--bogus'], { cwd: dir })).toMatchObject({ code: 2 });
    expect(runDist('cli.js', ['frobnicate'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown command/),
    });
  });

  it('reads the real corpus: TRX, NUnit, xUnit and JUnit together', () => {
    const r = runDist(
      'cli.js',
      [
        'aggregate',
        'dorny-test-reporter/__tests__/fixtures/external/FluentValidation.Tests.trx',
        'EnricoMi-publish-unit-test-result-action/python/test/files/nunit/nunit3/jenkins/NUnit-correct.xml',
        'EnricoMi-publish-unit-test-result-action/python/test/files/xunit/mstest/jenkinsci/testcase1.xml',
        'EnricoMi-publish-unit-test-result-action/python/test/files/junit-xml/pytest/junit.fail.xml',
        '--json',
        path.join(dir, 'corpus.json'),
      ],
      { cwd: CORPUS },
    );
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'corpus.json'), 'utf8'));
    expect(report.files.map((f: { format: string; tests: number }) => [f.format, f.tests])).toEqual([
      ['trx', 804],
      ['nunit', 28],
      ['xunit', 3],
      ['junit', 5],
    ]);
    expect(report.totals.tests).toBe(804 + 28 + 3 + 5);
  });
});
