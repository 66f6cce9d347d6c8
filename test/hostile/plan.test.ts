/** Issue 15 at the planner: shard counts a GitHub matrix cannot run are bad input, never a crash. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { InputError } from '../../src/errors.js';
import { MAX_LOCAL_SHARDS, type PlanInput, planRun } from '../../src/plan/plan.js';

const config = (shards: string) =>
  parseConfig(
    `host:\n  cores: 8\nsuites:\n  - name: py\n    framework: pytest\n    shards: ${shards}\n  - name: js\n    framework: jest\n    shards: ${shards}\n`,
    'parallel-tests.yml',
  );
const ids = (n: number) => Array.from({ length: n }, (_, i) => `tests/test_${i}.py::test_${i}`);

function plan(overrides: Partial<PlanInput> & { config: PlanInput['config'] }) {
  const tests = new Map([
    ['py', ids(400)],
    ['js', ids(400).map((id) => id.replace('.py::', '.test.js::'))],
  ]);
  return planRun({ hostCores: 8, timings: new Map(), tests, shardDir: 'plan', ...overrides });
}

describe('issue 15, item 15: more shards than a GitHub matrix runs', () => {
  it('--shards 257 (for every suite) is an InputError naming the limit and --local', () => {
    expect(() => plan({ config: config('1'), shards: 257 })).toThrow(InputError);
    expect(() => plan({ config: config('1'), shards: 257 })).toThrow(
      /^257 shards were asked for every suite; a GitHub matrix runs at most 256 jobs \(plan with --local/,
    );
  });

  it('a suite asking for 300 in the config is named with its file and line', () => {
    expect(() => plan({ config: config('300') })).toThrow(
      /^parallel-tests\.yml:4: suite "py" asks for 300 shards; a GitHub matrix runs at most 256 jobs/,
    );
  });

  it('two suites of 200 shards each (400 jobs) are an error naming each suite', () => {
    expect(() => plan({ config: config('200') })).toThrow(
      /^parallel-tests\.yml: the matrix would have 400 jobs \(py 200, js 200\); GitHub runs at most 256/,
    );
  });

  it('256 jobs in all still plan', () => {
    expect(plan({ config: config('128') }).matrix.include).toHaveLength(256);
  });

  it('a local plan may have more: 400 jobs, one shard file each', () => {
    const local = plan({ config: config('200'), local: true });
    expect(local.matrix.include).toHaveLength(400);
    expect(local.files).toHaveLength(400);
    expect(local.warnings.join('\n')).not.toMatch(/matrix/);
  });

  it.each([
    [false, 999_999_999_999, /a GitHub matrix runs at most 256 jobs/],
    [true, 999_999_999_999, new RegExp(`a local plan has at most ${MAX_LOCAL_SHARDS} shards a suite`)],
    [true, MAX_LOCAL_SHARDS + 1, /a local plan has at most/],
  ])('local=%s --shards %d is bad input before anything is allocated', (local, shards, message) => {
    const started = performance.now();
    // No tests and no timings: nothing caps the count, as when --shards 999999999999 crashed.
    expect(() =>
      planRun({
        config: config('1'),
        hostCores: 8,
        timings: new Map(),
        tests: new Map(),
        shardDir: 'p',
        shards,
        local,
      }),
    ).toThrow(message);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
