import { describe, expect, it } from 'vitest';
import {
  fitCostModel,
  type JobSample,
  jobSampleOf,
  modelMakespan,
  NO_COST,
  planWithModel,
} from '../../src/plan/cost-model.js';
import { unitOf } from '../../src/plan/test-ids.js';

/** 24 files of 10 tests each, 0.1-1.0 s a test: setup per file matters next to them. */
function suite(): Map<string, number> {
  const durations = new Map<string, number>();
  let x = 11;
  for (let f = 0; f < 24; f++) {
    for (let t = 0; t < 10; t++) {
      x = (x * 48271) % 2147483647;
      durations.set(`tests/test_${String(f).padStart(2, '0')}.py::test_${t}`, 0.1 + (x % 10) / 10);
    }
  }
  return durations;
}

function filesPerShard(plan: ReturnType<typeof planWithModel>['plan']): number[] {
  return plan.shards.map((s) => new Set(s.tests.map((id) => unitOf('pytest', id))).size);
}

describe('planWithModel', () => {
  const durations = suite();

  it('with a 1 s per-file cost keeps files whole', () => {
    const choice = planWithModel(durations, {
      shards: 4,
      style: 'pytest',
      model: { startupSeconds: 0, unitSeconds: 1, source: 'config' },
      workers: 1,
    });
    expect(choice.granularity).toBe('units');
    // Every file in exactly one shard: 24 files over 4 shards.
    expect(filesPerShard(choice.plan).reduce((a, b) => a + b, 0)).toBe(24);
    const tests = choice.compared.find((c) => c.granularity === 'tests')!;
    const units = choice.compared.find((c) => c.granularity === 'units')!;
    expect(units.makespan).toBeLessThan(tests.makespan);
    expect(modelMakespan(choice.plan, { startupSeconds: 0, unitSeconds: 1, source: 'config' }, 1)).toBe(
      units.makespan,
    );
  });

  it('with no per-file cost places single tests', () => {
    const choice = planWithModel(durations, { shards: 4, style: 'pytest', model: NO_COST, workers: 1 });
    expect(choice.granularity).toBe('tests');
    // Single tests spread: files end up in more than one shard.
    expect(filesPerShard(choice.plan).reduce((a, b) => a + b, 0)).toBeGreaterThan(24);
  });

  it('divides the tests over the workers and adds the start-up', () => {
    const model = { startupSeconds: 5, unitSeconds: 0.5, source: 'config' as const };
    const choice = planWithModel(durations, { shards: 2, style: 'pytest', model, workers: 2 });
    const expected = Math.max(...choice.plan.shards.map((s) => 5 + 0.5 * s.units + s.estimated / 2));
    expect(modelMakespan(choice.plan, model, 2)).toBeCloseTo(expected, 9);
  });
});

describe('fitCostModel', () => {
  /** Jobs that really paid `startup` + `perFile` x files + tests / workers, with +-1 % noise. */
  function jobs(startup: number, perFile: number): JobSample[] {
    const out: JobSample[] = [];
    let x = 5;
    for (let j = 0; j < 6; j++) {
      x = (x * 16807) % 2147483647;
      const units = 3 + ((x % 40) + j * 7);
      const workers = 1 + (j % 3);
      const testSeconds = 60 + (x % 300);
      const exact = startup + perFile * units + testSeconds / workers;
      out.push({ wallSeconds: exact * (1 + ((x % 21) - 10) / 1000), testSeconds, units, workers });
    }
    return out;
  }

  it('recovers a known per-file cost and start-up from a few jobs', () => {
    const fit = fitCostModel(jobs(8, 1.5))!;
    expect(fit.source).toBe('fitted');
    expect(fit.jobs).toBe(6);
    expect(fit.unitSeconds).toBeGreaterThan(1.3);
    expect(fit.unitSeconds).toBeLessThan(1.7);
    expect(fit.startupSeconds).toBeGreaterThan(5);
    expect(fit.startupSeconds).toBeLessThan(11);
  });

  it('finds no per-file cost where there is none', () => {
    const fit = fitCostModel(jobs(8, 0))!;
    expect(fit.unitSeconds).toBeLessThan(0.1);
  });

  it('never returns a negative cost', () => {
    // Wall times that fall as files grow: not a cost, so 0.
    const fit = fitCostModel([
      { wallSeconds: 100, testSeconds: 50, units: 2, workers: 1 },
      { wallSeconds: 60, testSeconds: 50, units: 20, workers: 1 },
    ])!;
    expect(fit.unitSeconds).toBe(0);
    expect(fit.startupSeconds).toBeGreaterThanOrEqual(0);
  });

  it('has nothing to say without jobs', () => {
    expect(fitCostModel([])).toBeUndefined();
  });

  it('makes a sample from a job record and its tests', () => {
    const sample = jobSampleOf(
      { start: '2026-01-01T00:00:00Z', end: '2026-01-01T00:01:40Z', workers: 2 },
      new Map([
        ['a.py::t1', 10],
        ['a.py::t2', 20],
        ['b.py::t1', 30],
      ]),
      'pytest',
    );
    expect(sample).toEqual({ wallSeconds: 100, testSeconds: 60, units: 2, workers: 2 });
  });
});
