import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { estimateDurations, parseTestDurations } from '../../src/plan/durations.js';
import { autoShardCount, MAX_MATRIX_JOBS, planShards, type ShardPlan } from '../../src/plan/shard.js';
import { unitOf } from '../../src/plan/test-ids.js';
import { SHARED } from '../helpers/paths.js';

/** A fixed, heavy-tailed suite: 12 files, 1 to 30 tests each. */
function suite(): Map<string, number> {
  const durations = new Map<string, number>();
  let x = 7;
  for (let f = 0; f < 12; f++) {
    const tests = 1 + ((f * 7) % 30);
    for (let t = 0; t < tests; t++) {
      x = (x * 48271) % 2147483647;
      const seconds = (x % 1000) / 100;
      durations.set(`tests/test_${f}.py::test_${t}`, seconds * seconds);
    }
  }
  return durations;
}

function shuffled<K, V>(map: Map<K, V>, seed: number): Map<K, V> {
  const entries = [...map];
  let x = seed;
  for (let i = entries.length - 1; i > 0; i--) {
    x = (x * 16807) % 2147483647;
    const j = x % (i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return new Map(entries);
}

function expectPartition(plan: ShardPlan, ids: Iterable<string>, count: number): void {
  expect(plan.shards.map((s) => s.index)).toEqual([...Array(count).keys()]);
  const listed = plan.shards.flatMap((s) => s.tests);
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual([...ids].sort());
  expect(plan.shards.filter((s) => s.catchAll)).toHaveLength(1);
  for (const shard of plan.shards) expect(shard.tests).toEqual([...shard.tests].sort());
}

describe('planShards', () => {
  const durations = suite();

  it.each([1, 2, 3, 4, 7, 16, 50, 500])('puts every test in exactly one of %i shards', (count) => {
    const plan = planShards(durations, { shards: count, style: 'pytest' });
    expectPartition(plan, durations.keys(), count);
  });

  it('reports total, longest, lower bound and makespan from the durations', () => {
    const plan = planShards(durations, { shards: 4, style: 'pytest' });
    const total = [...durations.values()].reduce((a, b) => a + b, 0);
    const longest = Math.max(...durations.values());
    expect(plan.total).toBeCloseTo(total, 9);
    expect(plan.longest).toBe(longest);
    expect(plan.lowerBound).toBeCloseTo(Math.max(total / 4, longest), 9);
    expect(plan.makespan).toBe(Math.max(...plan.shards.map((s) => s.estimated)));
    for (const shard of plan.shards) {
      expect(shard.estimated).toBeCloseTo(
        shard.tests.reduce((a, id) => a + durations.get(id)!, 0),
        9,
      );
    }
    expect(plan.makespan / plan.lowerBound).toBeLessThan(1.06);
  });

  it('makes the least loaded shard the catch-all (lowest index on ties)', () => {
    const plan = planShards(durations, { shards: 5, style: 'pytest' });
    const least = Math.min(...plan.shards.map((s) => s.estimated));
    const catchAll = plan.shards.find((s) => s.catchAll)!;
    expect(catchAll.estimated).toBe(least);
    expect(catchAll.index).toBe(plan.shards.findIndex((s) => s.estimated === least));
  });

  it('keeps empty shards when N exceeds the tests; the catch-all may then be empty', () => {
    const two = new Map([
      ['tests/a.py::x', 5],
      ['tests/b.py::y', 3],
    ]);
    const plan = planShards(two, { shards: 5, style: 'pytest' });
    expectPartition(plan, two.keys(), 5);
    expect(plan.shards.map((s) => s.tests)).toEqual([['tests/a.py::x'], ['tests/b.py::y'], [], [], []]);
    expect(plan.shards.map((s) => s.catchAll)).toEqual([false, false, true, false, false]);
    expect(plan.lowerBound).toBe(5);
  });

  it('plans nothing into N empty shards, one of them the catch-all', () => {
    const plan = planShards(new Map(), { shards: 3, style: 'generic' });
    expect(plan.shards.map((s) => [s.tests, s.catchAll])).toEqual([
      [[], true],
      [[], false],
      [[], false],
    ]);
    expect([plan.total, plan.longest, plan.lowerBound, plan.makespan]).toEqual([0, 0, 0, 0]);
  });

  it('gives the same plan for the same input, in any map order', () => {
    const first = planShards(durations, { shards: 6, style: 'pytest' });
    expect(planShards(durations, { shards: 6, style: 'pytest' })).toEqual(first);
    for (const seed of [1, 2, 3]) {
      const again = planShards(shuffled(durations, seed), { shards: 6, style: 'pytest' });
      expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    }
  });

  it('breaks ties by id, not by input order', () => {
    const equal = new Map([
      ['tests/c.py::t', 1],
      ['tests/a.py::t', 1],
      ['tests/b.py::t', 1],
    ]);
    const plan = planShards(equal, { shards: 3, style: 'pytest' });
    expect(plan.shards.map((s) => s.tests)).toEqual([
      ['tests/a.py::t'],
      ['tests/b.py::t'],
      ['tests/c.py::t'],
    ]);
  });

  it('keeps a light unit whole and splits a unit heavier than total / N', () => {
    const input = new Map<string, number>();
    for (let t = 0; t < 10; t++) input.set(`tests/big.py::t${t}`, 10);
    for (let f = 0; f < 10; f++) input.set(`tests/small_${f}.py::t`, 10);
    input.set('tests/pair.py::a', 2);
    input.set('tests/pair.py::b', 2);
    // total 204, N = 4: share 51; the 100 s file would set the makespan on its own.
    for (const splitAbove of [1, undefined]) {
      const plan = planShards(input, { shards: 4, style: 'pytest', splitAbove });
      const holding = (prefix: string) =>
        plan.shards.filter((s) => s.tests.some((id) => id.startsWith(prefix))).length;
      expect(holding('tests/big.py::')).toBeGreaterThan(1);
      expect(holding('tests/pair.py::')).toBe(1);
      expect(plan.makespan).toBeLessThan(60);
    }
  });

  it('with splitAbove 1 keeps every unit up to total / N whole', () => {
    const plan = planShards(durations, { shards: 3, style: 'pytest', splitAbove: 1 });
    const share = plan.total / 3;
    const shardsOf = new Map<string, Set<number>>();
    for (const shard of plan.shards) {
      for (const id of shard.tests) {
        const unit = unitOf('pytest', id);
        if (!shardsOf.has(unit)) shardsOf.set(unit, new Set());
        shardsOf.get(unit)!.add(shard.index);
      }
    }
    for (const [unit, shards] of shardsOf) {
      const weight = [...durations]
        .filter(([id]) => unitOf('pytest', id) === unit)
        .reduce((a, [, s]) => a + s, 0);
      if (weight <= share) expect(shards.size, unit).toBe(1);
    }
  });

  it('groups dotnet tests by class', () => {
    const input = new Map([
      ['Ns.A.x', 1],
      ['Ns.A.y', 1],
      ['Ns.B.x', 1],
      ['Ns.B.y', 1],
    ]);
    const plan = planShards(input, { shards: 2, style: 'dotnet', splitAbove: 1 });
    expect(plan.shards.map((s) => s.tests)).toEqual([
      ['Ns.A.x', 'Ns.A.y'],
      ['Ns.B.x', 'Ns.B.y'],
    ]);
  });

  it('plans a new test (estimated from its file) and drops a removed one', () => {
    const known = new Map([
      ['tests/a.py::t1', 4],
      ['tests/a.py::t2', 6],
      ['tests/b.py::gone', 9],
    ]);
    const tests = ['tests/a.py::t1', 'tests/a.py::t2', 'tests/a.py::t3'];
    const { durations: planned } = estimateDurations(known, { tests, style: 'pytest' });
    const plan = planShards(planned, { shards: 2, style: 'pytest' });
    expectPartition(plan, tests, 2);
    expect(plan.total).toBe(15);
  });

  const bad: [string, number][] = [
    ['0', 0],
    ['-1', -1],
    ['1.5', 1.5],
    ['NaN', Number.NaN],
  ];
  it.each(bad)('rejects %s shards', (_label, count) => {
    expect(() => planShards(durations, { shards: count, style: 'pytest' })).toThrow(InputError);
  });

  it('rejects a negative duration and a splitAbove outside 0..1', () => {
    expect(() => planShards(new Map([['t', -1]]), { shards: 2, style: 'generic' })).toThrow(/"t"/);
    expect(() => planShards(durations, { shards: 2, style: 'pytest', splitAbove: 2 })).toThrow(InputError);
  });
});

describe('planShards on real localstack timings', () => {
  const dir = path.join(SHARED, 'timings/localstack');
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();

  it('has the seven snapshots', () => {
    expect(names).toHaveLength(7);
  });

  it.each(names)('%s: within 6 %% of the lower bound at N = 4, 8, 16, scored on itself', (name) => {
    const durations = parseTestDurations(readFileSync(path.join(dir, name), 'utf8'), name);
    for (const count of [4, 8, 16]) {
      const plan = planShards(durations, { shards: count, style: 'pytest' });
      expectPartition(plan, durations.keys(), count);
      // Scored on the same snapshot, so the realised makespan is the estimate.
      const realised = Math.max(
        ...plan.shards.map((s) => s.tests.reduce((a, id) => a + durations.get(id)!, 0)),
      );
      expect(realised / plan.lowerBound, `N = ${count}`).toBeLessThanOrEqual(1.06);
      expect(realised / plan.lowerBound).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('autoShardCount', () => {
  const rows: [string, Parameters<typeof autoShardCount>[0], number][] = [
    ['fits in one', { total: 100, longest: 10, targetSeconds: 300, overheadSeconds: 60 }, 1],
    [
      'the fewest that reach the target',
      { total: 1000, longest: 10, targetSeconds: 300, overheadSeconds: 50 },
      4,
    ],
    ['exactly on the target', { total: 1000, longest: 10, targetSeconds: 300, overheadSeconds: 100 }, 5],
    [
      'one over the target needs one more',
      { total: 1001, longest: 10, targetSeconds: 300, overheadSeconds: 100 },
      6,
    ],
    [
      'a test longer than the target: stop where shards stop helping',
      { total: 1000, longest: 400, targetSeconds: 300, overheadSeconds: 0 },
      3,
    ],
    [
      'overhead alone over the target',
      { total: 1000, longest: 100, targetSeconds: 60, overheadSeconds: 120 },
      10,
    ],
    [
      'GitHub matrix limit',
      { total: 1e6, longest: 1, targetSeconds: 10, overheadSeconds: 0 },
      MAX_MATRIX_JOBS,
    ],
    ['a lower max', { total: 1e6, longest: 1, targetSeconds: 10, overheadSeconds: 0, max: 10 }, 10],
    ['nothing to run', { total: 0, longest: 0, targetSeconds: 10, overheadSeconds: 5 }, 1],
    [
      'localstack at 10 min with 2 min setup',
      { total: 7907, longest: 101.5, targetSeconds: 600, overheadSeconds: 120 },
      17,
    ],
  ];
  it.each(rows)('%s', (_label, options, expected) => {
    const n = autoShardCount(options);
    expect(n).toBe(expected);
  });

  it('rejects negative or non-numbers, and a max below 1', () => {
    expect(() => autoShardCount({ total: -1, longest: 0, targetSeconds: 1, overheadSeconds: 0 })).toThrow(
      InputError,
    );
    expect(() =>
      autoShardCount({ total: 1, longest: 1, targetSeconds: Number.NaN, overheadSeconds: 0 }),
    ).toThrow(/targetSeconds/);
    expect(() =>
      autoShardCount({ total: 1, longest: 1, targetSeconds: 1, overheadSeconds: 0, max: 0 }),
    ).toThrow(InputError);
  });
});
