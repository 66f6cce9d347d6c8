import { describe, expect, it } from 'vitest';
import { attemptOf, latestAttempts } from '../../src/stores/artifact-store.js';

describe('which attempt of each job aggregate reads', () => {
  it.each([
    ['parallel-tests-py-1-of-2', { job: 'parallel-tests-py-1-of-2', attempt: 1 }],
    ['parallel-tests-py-1-of-2-attempt-3', { job: 'parallel-tests-py-1-of-2', attempt: 3 }],
    ['parallel-tests-my-attempt-suite-1-of-1', { job: 'parallel-tests-my-attempt-suite-1-of-1', attempt: 1 }],
  ])('%s', (name, want) => {
    expect(attemptOf(name)).toEqual(want);
  });

  const all = [
    'parallel-tests-py-1-of-2',
    'parallel-tests-py-2-of-2',
    'parallel-tests-py-2-of-2-attempt-2',
    'parallel-tests-py-2-of-2-attempt-3',
    'parallel-tests-cs-1-of-1-attempt-2',
  ].map((name) => ({ name }));

  it.each([
    [1, ['parallel-tests-py-1-of-2', 'parallel-tests-py-2-of-2']],
    // Attempt 2 re-ran py shard 2 and cs; py shard 1 passed the first time and keeps attempt 1's.
    [
      2,
      [
        'parallel-tests-cs-1-of-1-attempt-2',
        'parallel-tests-py-1-of-2',
        'parallel-tests-py-2-of-2-attempt-2',
      ],
    ],
    [
      3,
      [
        'parallel-tests-cs-1-of-1-attempt-2',
        'parallel-tests-py-1-of-2',
        'parallel-tests-py-2-of-2-attempt-3',
      ],
    ],
  ])('attempt %i reads the newest artifact per job up to it', (attempt, want) => {
    expect(latestAttempts(all, attempt).map((e) => e.name)).toEqual(want);
  });
});
