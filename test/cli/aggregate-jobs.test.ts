import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../helpers/paths.js';
import { runDist, tempDir, writeTree } from '../helpers/run.js';

const junit = (name: string, status = '') =>
  `<testsuite name="py"><testcase classname="t" name="${name}" time="1">${status}</testcase></testsuite>`;

function record(shard: number, start: string, end: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: 1,
    suite: 'py',
    shard,
    shards: 3,
    framework: 'pytest',
    workers: 2,
    cores: 2,
    runner: `runner-${shard}`,
    start,
    end,
    exit: 0,
    command: ['python3', '-m', 'pytest', '-n', '2'],
    results: ['junit.xml'],
    ...extra,
  });
}

describe('CLI: aggregate builds the timeline and parallel figures from job records', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeTree(dir, {
      'ok/py-1/junit.xml': junit('a'),
      'ok/py-1/parallel-tests-job.json': record(1, '2026-12-01T10:00:00Z', '2026-12-01T10:02:00Z'),
      'ok/py-2/junit.xml': junit('b'),
      'ok/py-2/parallel-tests-job.json': record(2, '2026-12-01T10:00:30Z', '2026-12-01T10:01:30Z'),
      'crash/py-1/junit.xml': junit('a'),
      'crash/py-1/parallel-tests-job.json': record(1, '2026-12-01T10:00:00Z', '2026-12-01T10:02:00Z'),
      'crash/py-3/parallel-tests-job.json': record(3, '2026-12-01T10:00:00Z', '2026-12-01T10:00:05Z', {
        exit: 137,
        results: [],
        error: 'the runner was killed (SIGKILL); no result file',
      }),
      'badrec/py-1/junit.xml': junit('a'),
      'badrec/py-1/parallel-tests-job.json': '{"version": 1, "suite": 7}',
    });
  });

  it('adds timeline and parallel to the JSON report and the figures to the console', () => {
    const r = runDist('cli.js', ['aggregate', 'ok/**/*.xml', '--json', 'report.json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(Object.keys(report)).toEqual([
      'totals',
      'suites',
      'files',
      'failures',
      'timeline',
      'parallel',
      'tests',
    ]);
    expect(report.timeline).toEqual([
      {
        job: 'py-1-of-3',
        suite: 'py',
        shard: 1,
        start: '2026-12-01T10:00:00Z',
        end: '2026-12-01T10:02:00Z',
        cores: 2,
        runner: 'runner-1',
        exit: 0,
      },
      {
        job: 'py-2-of-3',
        suite: 'py',
        shard: 2,
        start: '2026-12-01T10:00:30Z',
        end: '2026-12-01T10:01:30Z',
        cores: 2,
        runner: 'runner-2',
        exit: 0,
      },
    ]);
    // wall 120 s; busy 2*120 + 2*60 = 360; serial 180 s; peak 4 cores.
    expect(report.parallel).toEqual({ wall: 120, busy: 360, speedup: 1.5, efficiency: 0.75 });
    expect(r.stdout).toContain(
      '2 jobs: 120.0 s wall, 360.0 busy core-seconds, speedup 1.50x, core efficiency 75%',
    );
  });

  it('a job that wrote no result file is in the timeline with its exit and fails the run with exit 3', () => {
    const r = runDist('cli.js', ['aggregate', 'crash/**/*.xml', '--json', 'crash.json'], { cwd: dir });
    expect(r.code).toBe(3);
    const report = JSON.parse(readFileSync(path.join(dir, 'crash.json'), 'utf8'));
    expect(report.totals.tests).toBe(1);
    expect(
      report.timeline.map((e: { job: string; exit: number; error?: string }) => [e.job, e.exit, e.error]),
    ).toEqual([
      ['py-1-of-3', 0, undefined],
      ['py-3-of-3', 137, 'the runner was killed (SIGKILL); no result file'],
    ]);
    expect(r.stdout).toContain(
      'Jobs without results (1):\n  py-3-of-3 (exit 137, on runner-3): the runner was killed (SIGKILL); no result file',
    );
  });

  it('a bad record is an input problem naming the file, the results still count (exit 2)', () => {
    const r = runDist('cli.js', ['aggregate', 'badrec/**/*.xml', '--json', 'bad.json'], { cwd: dir });
    expect(r.code).toBe(2);
    const report = JSON.parse(readFileSync(path.join(dir, 'bad.json'), 'utf8'));
    expect(report.totals.passed).toBe(1);
    expect(report.files[1]).toMatchObject({
      path: 'badrec/py-1/parallel-tests-job.json',
      error:
        'job record: expected "suite" (a name), "shard" (a whole number), "shards" (a whole number), "workers" (a whole number), "cores" (a whole number), "framework" (a string), "runner" (a string), "start" (an ISO time), "end" (an ISO time), "exit" (a whole number or null), "command" (a list of strings), "results" (a list of paths)',
    });
    expect(report.timeline).toBeUndefined();
  });
});

describe("CLI: aggregate names a job's results after the suite its record names", () => {
  it("counts a TRX (named after its assembly) and pytest's JUnit under the config's suites", () => {
    const dir = tempDir();
    const trx = readFileSync(
      path.join(SHARED, 'corpus/dorny-test-reporter/__tests__/fixtures/dotnet-trx.trx'),
      'utf8',
    );
    writeTree(dir, {
      'r/csharp-1/TestResults/run.trx': trx,
      'r/csharp-1/parallel-tests-job.json': record(1, '2026-12-01T10:00:00Z', '2026-12-01T10:01:00Z', {
        suite: 'csharp',
        shards: 1,
        framework: 'xunit',
        results: ['TestResults/run.trx'],
      }),
      'r/python-1/junit.xml': junit('a', '<failure message="boom"/>'),
      'r/python-1/parallel-tests-job.json': record(1, '2026-12-01T10:00:00Z', '2026-12-01T10:01:00Z', {
        suite: 'python',
        shards: 1,
      }),
      // Listed by no record: keeps the name it gives itself.
      'r/loose/junit.xml': junit('c'),
    });
    const plain = runDist(
      'cli.js',
      ['aggregate', 'r/loose/*.xml', 'r/csharp-1/**/*.trx', '--json', 'plain.json'],
      {
        cwd: path.join(dir),
      },
    );
    // That TRX has a failing test: exit 1 either way.
    expect(plain.code).toBe(1);
    const r = runDist('cli.js', ['aggregate', 'r/**/*.xml', 'r/**/*.trx', '--json', 'report.json'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    const names = report.suites.map((s: { name: string; tests: number }) => `${s.name} ${s.tests}`);
    const trxSuites = JSON.parse(readFileSync(path.join(dir, 'plain.json'), 'utf8')).suites.filter(
      (s: { name: string }) => s.name !== 'py',
    );
    const trxTests = trxSuites.reduce((n: number, s: { tests: number }) => n + s.tests, 0);
    expect(trxSuites.length).toBeGreaterThan(0);
    expect(names).toEqual([`csharp ${trxTests}`, 'py 1', 'python 1']);
    expect(report.failures.filter((f: { suite: string }) => f.suite === 'python')).toHaveLength(1);
    expect(report.timeline.map((t: { suite: string }) => t.suite).sort()).toEqual(['csharp', 'python']);
  });
});
