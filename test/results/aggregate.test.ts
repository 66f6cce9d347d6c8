import { describe, expect, it } from 'vitest';
import { aggregateResults } from '../../src/results/aggregate.js';
import { RepositoryFiles } from '../../src/results/locate.js';
import type { FileResult, TestCase, TestStatus } from '../../src/results/model.js';

function run(source: string, name: string, status: TestStatus, extra: Partial<TestCase> = {}): TestCase {
  return { suite: 'py', className: 'tests.test_a', name, duration: 1, status, source, ...extra };
}

function file(path: string, cases: TestCase[], extra: Partial<FileResult> = {}): FileResult {
  return { path, cases, warnings: [], walls: {}, ...extra };
}

describe('aggregating many files from many jobs', () => {
  it('a test that failed in one shard and passed in its re-run is flaky, counted once as passed', () => {
    const agg = aggregateResults([
      file('shard-1/junit.xml', [
        run('shard-1/junit.xml', 'test_x', 'failed', { message: 'boom' }),
        run('shard-1/junit.xml', 'test_y', 'passed'),
      ]),
      file('rerun/junit.xml', [run('rerun/junit.xml', 'test_x', 'passed')]),
    ]);
    expect(agg.totals).toEqual({
      tests: 2,
      passed: 2,
      failed: 0,
      errors: 0,
      skipped: 0,
      flaky: 1,
      duration: 3,
    });
    expect(agg.flaky.map((t) => [t.id, t.runs, t.shown.message])).toEqual([
      ['tests.test_a.test_x', 2, 'boom'],
    ]);
    expect(agg.failures).toEqual([]);
  });

  it.each<[TestStatus[], TestStatus, boolean]>([
    [['failed', 'failed'], 'failed', false],
    [['errored', 'failed'], 'errored', false],
    [['skipped', 'passed'], 'passed', false],
    [['skipped', 'skipped'], 'skipped', false],
    [['errored', 'passed'], 'passed', true],
    [['passed', 'failed'], 'passed', true],
  ])('runs %j merge to %s (flaky %s)', (runs, status, flaky) => {
    const agg = aggregateResults(runs.map((s, i) => file(`f${i}.xml`, [run(`f${i}.xml`, 't', s)])));
    expect(agg.tests.map((t) => [t.status, t.flaky])).toEqual([[status, flaky]]);
    expect(agg.totals.tests).toBe(1);
  });

  it('keeps per-file counts, suites with their stated wall time (parallel shards: the longest)', () => {
    const agg = aggregateResults([
      file('a.xml', [run('a.xml', 't1', 'passed'), run('a.xml', 't2', 'failed')], {
        format: 'junit',
        walls: { py: 40 },
      }),
      file('b.xml', [run('b.xml', 't3', 'skipped')], { format: 'junit', walls: { py: 55 } }),
      file('c.xml', [], { error: 'the file is empty' }),
    ]);
    expect(agg.files).toEqual([
      { path: 'a.xml', format: 'junit', tests: 2, passed: 1, failed: 1, errors: 0, skipped: 0 },
      { path: 'b.xml', format: 'junit', tests: 1, passed: 0, failed: 0, errors: 0, skipped: 1 },
      {
        path: 'c.xml',
        format: null,
        tests: 0,
        passed: 0,
        failed: 0,
        errors: 0,
        skipped: 0,
        error: 'the file is empty',
      },
    ]);
    expect(agg.suites).toEqual([
      { name: 'py', tests: 3, passed: 1, failed: 1, errors: 0, skipped: 1, flaky: 0, duration: 3, wall: 55 },
    ]);
  });

  it('gives failures a repository location from a runner path', () => {
    const repo = new RepositoryFiles(['src/app.py', 'tests/test_a.py', 'other/tests/test_b.py']);
    const agg = aggregateResults(
      [
        file('a.xml', [
          run('a.xml', 't', 'failed', {
            details:
              'def test():\n>   assert 1 == 2\nE   assert 1 == 2\n\n/home/runner/work/app/app/tests/test_a.py:42: AssertionError',
          }),
        ]),
      ],
      { repository: repo },
    );
    expect(agg.failures[0]?.location).toEqual({ file: 'tests/test_a.py', line: 42 });
  });
});
