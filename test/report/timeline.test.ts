import { describe, expect, it } from 'vitest';
import { parallelFigures, renderJobsConsole, summarizeJobs } from '../../src/report/timeline.js';
import type { FoundJob, JobRecord } from '../../src/results/job-record.js';

/** A job from minute offsets after 10:00 (seconds allowed as fractions). */
function job(
  suite: string,
  shard: number,
  from: number,
  to: number,
  extra: Partial<JobRecord> & { present?: number } = {},
): FoundJob {
  const at = (m: number) => new Date(Date.UTC(2026, 11, 1, 10, 0, 0) + m * 60_000).toISOString();
  const { present = 1, ...rest } = extra;
  return {
    path: `${suite}-${shard}/parallel-tests-job.json`,
    present,
    record: {
      version: 1,
      suite,
      shard,
      shards: 2,
      framework: 'pytest',
      workers: 2,
      cores: 2,
      runner: 'host',
      start: at(from),
      end: at(to),
      exit: 0,
      command: ['pytest'],
      results: ['junit.xml'],
      ...rest,
    },
  };
}

describe('parallel figures from job records', () => {
  it.each([
    {
      name: 'two 2-core jobs at once: twice as fast, every reserved core-second used',
      jobs: [job('a', 1, 0, 10), job('a', 2, 0, 10)],
      want: { wall: 600, busy: 2400, speedup: 2, efficiency: 1 },
    },
    {
      name: 'one after another on the same cores: no speedup, efficiency over the peak cores (2), not the sum (4)',
      jobs: [job('a', 1, 0, 10), job('a', 2, 10, 20)],
      want: { wall: 1200, busy: 2400, speedup: 1, efficiency: 1 },
    },
    {
      name: 'a long and a short job at once: the short one leaves cores idle',
      jobs: [job('a', 1, 0, 10), job('a', 2, 0, 5)],
      want: { wall: 600, busy: 1800, speedup: 1.5, efficiency: 0.75 },
    },
    {
      name: 'measured CPU seconds on every record are used instead of seconds x cores',
      jobs: [job('a', 1, 0, 10, { cpuSeconds: 900 }), job('a', 2, 0, 10, { cpuSeconds: 300 })],
      want: { wall: 600, busy: 1200, speedup: 2, efficiency: 0.5 },
    },
    {
      name: 'CPU seconds on only some records: none are used (a mix would mean nothing)',
      jobs: [job('a', 1, 0, 10, { cpuSeconds: 1 }), job('a', 2, 0, 10)],
      want: { wall: 600, busy: 2400, speedup: 2, efficiency: 1 },
    },
    {
      name: 'jobs of different sizes overlapping in part: the peak is the most held at once',
      jobs: [
        job('a', 1, 0, 10, { cores: 4 }),
        job('b', 1, 5, 15, { cores: 2 }),
        job('c', 1, 10, 15, { cores: 1 }),
      ],
      // busy 4*600 + 2*600 + 1*300 = 3900; peak 6 (a and b, 5..10); wall 900
      want: { wall: 900, busy: 3900, speedup: 25 / 15, efficiency: 3900 / (6 * 900) },
    },
    {
      name: 'no time between start and end: figures are 0, never NaN or Infinity',
      jobs: [job('a', 1, 0, 0)],
      want: { wall: 0, busy: 0, speedup: 0, efficiency: 0 },
    },
  ])('$name', ({ jobs, want }) => {
    const got = parallelFigures(jobs);
    expect(got.wall).toBe(want.wall);
    expect(got.busy).toBe(want.busy);
    expect(got.speedup).toBeCloseTo(want.speedup, 3);
    expect(got.efficiency).toBeCloseTo(want.efficiency, 3);
  });
});

describe('the timeline', () => {
  it('is in start order, then by job name, with the contract keys', () => {
    const s = summarizeJobs([job('b', 1, 1, 2), job('a', 2, 0, 3), job('a', 1, 0, 1)])!;
    expect(s.timeline.map((e) => e.job)).toEqual(['a-1-of-2', 'a-2-of-2', 'b-1-of-2']);
    expect(s.timeline[0]).toEqual({
      job: 'a-1-of-2',
      suite: 'a',
      shard: 1,
      start: '2026-12-01T10:00:00.000Z',
      end: '2026-12-01T10:01:00.000Z',
      cores: 2,
      runner: 'host',
      exit: 0,
    });
    expect(s.broken).toEqual([]);
  });

  it.each([
    [{ results: [], exit: 137 }, 'wrote no result file'],
    [{ present: 0 }, 'none of its result files is there (junit.xml)'],
    [{ exit: null, error: 'timed out after 15 min; killed' }, 'timed out after 15 min; killed'],
  ])('a job without results (%j) is broken, with its exit and why', (extra, why) => {
    const s = summarizeJobs([job('a', 1, 0, 1), job('a', 2, 0, 1, extra)])!;
    expect(s.broken.map((e) => [e.job, e.error])).toEqual([['a-2-of-2', why]]);
    expect(s.timeline).toHaveLength(2);
    expect(s.timeline[1]!.exit).toBe('exit' in extra ? extra.exit : 0);
  });

  it('is absent when no record was found', () => {
    expect(summarizeJobs([])).toBeUndefined();
  });

  it('prints the figures and every broken job in the console text', () => {
    const s = summarizeJobs([job('a', 1, 0, 10), job('a', 2, 0, 5, { results: [], exit: null })])!;
    expect(renderJobsConsole(s)).toBe(
      '\n2 jobs: 600.0 s wall, 1800.0 busy core-seconds, speedup 1.50x, core efficiency 75%\n\n' +
        'Jobs without results (1):\n  a-2-of-2 (killed or never started, on host): wrote no result file\n',
    );
  });

  it("prints a broken job's record as text: control characters escaped, a long error cut", () => {
    const error = [
      'server never healthy \x1b[2J',
      ...Array.from({ length: 20 }, (_, i) => `log ${i}\r\x07`),
    ].join('\n');
    const s = summarizeJobs([job('a', 1, 0, 10), job('a', 2, 0, 5, { exit: 3, error })])!;
    const text = renderJobsConsole(s);
    expect(text).not.toMatch(/[\x07\x1b\r]/);
    const lines = text.split('\n');
    expect(lines).toContain('  a-2-of-2 (exit 3, on host): server never healthy \\x1b[2J');
    expect(lines).toContain('    log 0\\r\\x07');
    expect(lines).toContain('    log 10\\r\\x07');
    expect(lines).not.toContain('    log 11\\r\\x07');
    expect(lines).toContain("    … 9 more line(s) in the job's record");
  });
});
