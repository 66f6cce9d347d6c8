import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, SHARED } from '../helpers/paths.js';
import { runDist, tempDir, writeTree } from '../helpers/run.js';

const LOCALSTACK = path.join(SHARED, 'timings/localstack');
const snapshot = (date: string): Record<string, number> =>
  JSON.parse(readFileSync(path.join(LOCALSTACK, `test_durations.${date}.json`), 'utf8'));

/** Reads a shard file: its mode line and ids. */
function readShard(file: string): { mode: string; tests: string[] } {
  const [head, ...rest] = readFileSync(file, 'utf8').trimEnd().split('\n');
  return { mode: head!.replace('# parallel-tests selection: ', ''), tests: rest.filter((l) => l !== '') };
}

describe('CLI: plan with real timing history (localstack)', () => {
  let dir: string;
  let plan: {
    matrix: { include: Record<string, unknown>[] };
    suites: Record<string, number | string | string[]>[];
    warnings: string[];
  };
  let current: string[];
  let firstOutput: string;
  const PLAN_ARGS = [
    'plan',
    '--timings',
    path.join(LOCALSTACK, 'test_durations.2025-06-30.json'),
    '--timings',
    path.join(LOCALSTACK, 'test_durations.2025-07-14.json'),
    '--tests',
    'tests.txt',
    '--json',
  ];
  const shardTexts = () =>
    plan.matrix.include.map((e) => readFileSync(path.join(dir, e['tests-file'] as string), 'utf8'));
  const newTest = 'tests/aws/services/sqs/test_sqs.py::TestSqsProvider::test_brand_new_behaviour';

  beforeAll(() => {
    dir = tempDir('pt-plan-');
    // Planned with two older snapshots; the tests about to run come from a later one, plus one new.
    current = [...Object.keys(snapshot('2025-07-28')), newTest];
    writeTree(dir, {
      'parallel-tests.yml':
        'suites:\n  - name: aws\n    framework: pytest\n    path: tests/aws\n    workers: 4\n    shards: 8\n',
      'tests.txt': `${current.join('\n')}\n`,
    });
    const r = runDist('cli.js', PLAN_ARGS, { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    firstOutput = r.stdout;
    plan = JSON.parse(r.stdout);
  });

  it('makes 8 matrix entries, exactly one of them the catch-all', () => {
    const entries = plan.matrix.include;
    expect(entries.map((e) => e.shard)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(entries.filter((e) => e['catch-all'])).toHaveLength(1);
    for (const e of entries) {
      expect(e).toMatchObject({
        suite: 'aws',
        framework: 'pytest',
        shards: 8,
        workers: 1,
        cores: 4,
        'runs-on': ['ubuntu-latest'],
      });
    }
  });

  it('puts every listed test in exactly one shard; the catch-all also takes what no shard lists', () => {
    const files = plan.matrix.include.map((e) => readShard(path.join(dir, e['tests-file'] as string)));
    const includes = files.filter((f) => f.mode === 'include');
    const catchAll = files.find((f) => f.mode === 'exclude')!;
    const listed = includes.flatMap((f) => f.tests);
    expect(new Set(listed).size).toBe(listed.length);
    // The catch-all excludes exactly the other shards' tests, so it runs the rest: its own and any new.
    expect([...catchAll.tests].sort()).toEqual([...listed].sort());
    const catchAllRuns = current.filter((id) => !listed.includes(id));
    expect(listed.length + catchAllRuns.length).toBe(current.length);
    const unknownLater = 'tests/aws/services/s3/test_s3.py::test_added_after_planning';
    expect(listed).not.toContain(unknownLater);
    expect(catchAll.tests).not.toContain(unknownLater);
  });

  it('says how many ids matched the history, were estimated, were dropped', () => {
    const known = new Set([...Object.keys(snapshot('2025-06-30')), ...Object.keys(snapshot('2025-07-14'))]);
    const matched = current.filter((id) => known.has(id)).length;
    const dropped = [...known].filter((id) => !current.includes(id)).length;
    expect(plan.suites[0]).toMatchObject({
      suite: 'aws',
      shards: 8,
      matched,
      estimated: current.length - matched,
      dropped,
    });
    expect(plan.suites[0]!.estimated).toBeGreaterThan(0);
  });

  it('balances: the longest shard is within 6% of the lower bound on its own estimates', () => {
    const s = plan.suites[0] as Record<string, number>;
    expect(s['makespan-seconds']! / s['lower-bound-seconds']!).toBeLessThan(1.06);
  });

  it('is deterministic: the same inputs give byte-identical output and shard files', () => {
    const before = shardTexts();
    const again = runDist('cli.js', PLAN_ARGS, { cwd: dir });
    expect(again.stdout).toBe(firstOutput);
    expect(shardTexts()).toEqual(before);
  });
});

describe('CLI: plan --explain on the honua preset', () => {
  it.each([22, 8])('%i cores', (cores) => {
    const dir = tempDir('pt-honua-');
    writeFileSync(
      path.join(dir, 'parallel-tests.yml'),
      readFileSync(path.join(ROOT, 'workflows-templates/honua.yml')),
    );
    const r = runDist('cli.js', ['plan', '--explain', '--host-cores', String(cores)], { cwd: dir });
    expect(r.code).toBe(0);
    expectGolden(`plan-honua-${cores}.txt`, r.stdout);
  });

  it('config errors exit 2 with file:line:column', () => {
    const dir = tempDir('pt-bad-');
    writeTree(dir, {
      'parallel-tests.yml': 'suites:\n  - name: py\n    framework: pytest\n    workers: lots\n',
    });
    const r = runDist('cli.js', ['plan'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'parallel-tests: parallel-tests.yml:4:14: "workers" must be a whole number of at least 1, or "auto"\n',
    );
  });

  it('a missing config exits 2 naming it', () => {
    const r = runDist('cli.js', ['plan', '--config', 'nope.yml'], { cwd: tempDir() });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/config .*nope\.yml: no such file/) });
  });
});

describe('CLI: timings kept between runs (aggregate --history, plan --history, a local cache)', () => {
  const junit = (n: number) =>
    `<testsuite name="pytest">${Array.from(
      { length: n },
      (_, i) =>
        `<testcase classname="tests.api.test_m${i % 4}" name="test_${i}" file="tests/api/test_m${i % 4}.py" time="${1 + (i % 5)}"/>`,
    ).join('')}</testsuite>`;
  const config = 'suites:\n  - name: api\n    framework: pytest\n    path: tests/api\n    shards: 3\n';

  it('aggregate appends a snapshot; plan balances with it', () => {
    const dir = tempDir('pt-hist-');
    writeTree(dir, { 'parallel-tests.yml': config, 'results/junit.xml': junit(24) });
    expect(
      runDist('cli.js', ['aggregate', 'results/*.xml', '--history', 'timings.json'], { cwd: dir }).code,
    ).toBe(0);
    expect(
      runDist('cli.js', ['aggregate', 'results/*.xml', '--history', 'timings.json'], { cwd: dir }).code,
    ).toBe(0);
    const history = JSON.parse(readFileSync(path.join(dir, 'timings.json'), 'utf8'));
    expect(history.format).toBe('parallel-tests-timings');
    expect(history.snapshots).toHaveLength(2);
    expect(history.snapshots[0]['tests/api/test_m1.py::test_1']).toBe(2);
    const r = runDist('cli.js', ['plan', '--history', 'timings.json', '--json'], { cwd: dir });
    const plan = JSON.parse(r.stdout);
    expect(plan.suites[0]).toMatchObject({ matched: 24, shards: 3, 'total-seconds': 70 });
    expect(plan.suites[0]['makespan-seconds']).toBeLessThanOrEqual(24);
  });

  it('through a local cache: a new branch starts from the default branch timings', () => {
    const cache = tempDir('pt-cache-dir-');
    const main = tempDir('pt-main-');
    writeTree(main, { 'parallel-tests.yml': config, 'results/junit.xml': junit(12) });
    const saved = runDist(
      'cli.js',
      ['aggregate', 'results/*.xml', '--cache-dir', cache, '--branch', 'main'],
      { cwd: main },
    );
    expect(saved.code).toBe(0);
    const feature = tempDir('pt-feature-');
    writeTree(feature, { 'parallel-tests.yml': config });
    const r = runDist(
      'cli.js',
      ['plan', '--cache-dir', cache, '--branch', 'feature/x', '--default-branch', 'main', '--json'],
      { cwd: feature },
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).suites[0]).toMatchObject({ matched: 12 });
    // A branch with no history of its own and no default branch to fall back on plans without timings.
    const lonely = runDist('cli.js', ['plan', '--cache-dir', cache, '--branch', 'other', '--json'], {
      cwd: tempDirWith(config),
    });
    expect(JSON.parse(lonely.stdout).suites[0]).toMatchObject({ matched: 0 });
  });
});

function tempDirWith(config: string): string {
  const dir = tempDir('pt-other-');
  writeTree(dir, { 'parallel-tests.yml': config });
  return dir;
}
