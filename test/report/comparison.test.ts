import { describe, expect, it } from 'vitest';
import { compareReports, hasChanges, renderComparisonMarkdown } from '../../src/report/comparison.js';
import { type JsonReport, renderJsonReport } from '../../src/report/json.js';
import { aggregateResults } from '../../src/results/aggregate.js';
import type { FileResult, TestCase, TestStatus } from '../../src/results/model.js';
import { expectGolden } from '../helpers/golden.js';

function report(cases: [string, string, TestStatus, number?][], parallelWall?: number): JsonReport {
  const file: FileResult = {
    path: 'r.xml',
    warnings: [],
    walls: {},
    cases: cases.map(
      ([suite, name, status, duration]): TestCase => ({
        suite,
        className: 'c',
        name,
        status,
        duration: duration ?? 1,
        source: 'r.xml',
        ...(status === 'failed' ? { message: 'boom' } : {}),
      }),
    ),
  };
  const r = renderJsonReport(aggregateResults([file]));
  if (parallelWall !== undefined) r.parallel = { wall: parallelWall, busy: 0, speedup: 1, efficiency: 1 };
  return r;
}

const ids = (refs: { suite: string; id: string }[]) => refs.map((r) => `${r.suite}:${r.id}`);

describe('compareReports', () => {
  const base = report(
    [
      ['py', 'stays_green', 'passed'],
      ['py', 'gets_fixed', 'failed'],
      ['py', 'breaks', 'passed'],
      ['py', 'removed', 'passed'],
      ['py', 'failing_then_skipped', 'failed'],
      ['cs', 'still_failing', 'failed'],
    ],
    100,
  );
  const current = report(
    [
      ['py', 'stays_green', 'passed', 2],
      ['py', 'gets_fixed', 'passed'],
      ['py', 'breaks', 'failed'],
      ['py', 'failing_then_skipped', 'skipped'],
      ['py', 'new_and_failing', 'failed'],
      ['py', 'new_and_green', 'passed'],
      ['cs', 'still_failing', 'failed'],
    ],
    80,
  );
  const c = compareReports(current, base, 'main @ 1a2b3c4d');

  it('tells new failures, fixed, new and removed tests', () => {
    expect(ids(c.newFailures)).toEqual(['py:c.breaks', 'py:c.new_and_failing']);
    // A failure that is skipped now is not fixed; one that is gone is removed, not fixed.
    expect(ids(c.fixed)).toEqual(['py:c.gets_fixed']);
    expect(ids(c.added)).toEqual(['py:c.new_and_failing', 'py:c.new_and_green']);
    expect(ids(c.removed)).toEqual(['py:c.removed']);
    expect(c.notes).toEqual([]);
    expect(hasChanges(c)).toBe(true);
  });

  it('gives the counts and the duration change, and the wall time when both have job records', () => {
    expect(c.tests).toEqual({ base: 6, current: 7, change: 1 });
    expect(c.failed).toEqual({ base: 3, current: 3, change: 0 });
    expect(c.duration).toEqual({ base: 6, current: 8, change: 2 });
    expect(c.wall).toEqual({ base: 100, current: 80, change: -20 });
    expect(compareReports(report([['py', 'a', 'passed']]), base, 'x').wall).toBeUndefined();
  });

  it('has no changes against itself', () => {
    expect(hasChanges(compareReports(current, current, 'same'))).toBe(false);
  });

  it('says what it cannot tell from a base written before reports had test ids', () => {
    const { tests: _, ...old } = base;
    const d = compareReports(current, old, 'old.json');
    expect(ids(d.newFailures)).toEqual(['py:c.breaks', 'py:c.new_and_failing']);
    expect(ids(d.fixed)).toEqual(['py:c.gets_fixed']);
    expect(d.added).toEqual([]);
    expect(d.notes).toEqual([
      'the base report has no test ids (written by an older version): new and removed tests cannot be told',
    ]);
  });

  it('renders as markdown (golden), hostile names as text, long lists capped', () => {
    const hostile = report([
      ['<script>alert(1)</script>', 'a|b `c` **d**', 'failed'],
      ...Array.from({ length: 30 }, (_, i): [string, string, TestStatus] => ['py', `t${i}`, 'failed']),
    ]);
    const md = renderComparisonMarkdown(compareReports(hostile, base, 'main @ 1a2b3c4d'));
    expect(md).not.toContain('<script>');
    expect(md).toContain('more not shown');
    expectGolden('comparison-section.md', md);
  });
});
