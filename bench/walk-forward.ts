/**
 * Pieces the shard benchmarks share (not a bench itself: no `.bench.ts`): localstack's timing
 * snapshots, pytest-split's `least_duration` reimplemented, and a fixed-seed generator for the
 * nudged re-plans.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings } from '../src/order.js';
import { parseTestDurations } from '../src/plan/durations.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHARED = process.env.PARALLEL_TESTS_SHARED ?? path.resolve(ROOT, '../shared');
export const HISTORY_DIR = path.join(SHARED, 'timings/localstack');

export interface Snapshot {
  date: string;
  durations: Map<string, number>;
}

/** Test ids per shard; tests listed nowhere go to the catch-all (index `catchAll`, -1 for none). */
export interface Assignment {
  shards: string[][];
  catchAll: number;
}

/** localstack's `.test_durations` snapshots, oldest first. */
export async function loadSnapshots(dir: string = HISTORY_DIR): Promise<Snapshot[]> {
  const names = (await readdir(dir)).filter((n) => /^test_durations\.\d{4}-\d\d-\d\d\.json$/.test(n));
  names.sort(compareStrings);
  const snapshots: Snapshot[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const date = name.slice('test_durations.'.length, -'.json'.length);
    snapshots.push({ date, durations: parseTestDurations(await readFile(file, 'utf8'), file) });
  }
  return snapshots;
}

/**
 * pytest-split's inputs: durations only for the tests being collected; a test without one gets
 * the mean of those (1 s when none is known). algorithms.py, `_get_items_with_durations`.
 */
export function pytestSplitDurations(known: ReadonlyMap<string, number>, tests: readonly string[]): number[] {
  let sum = 0;
  let count = 0;
  for (const id of tests) {
    const seconds = known.get(id);
    if (seconds !== undefined) {
      sum += seconds;
      count++;
    }
  }
  const mean = count === 0 ? 1 : sum / count;
  return tests.map((id) => known.get(id) ?? mean);
}

/**
 * pytest-split `least_duration` (algorithms.py): tests ordered by name, then (stably) by
 * duration, longest first; each goes to the group with the smallest sum so far (a heap of
 * (sum, group index), so the lower index on ties). A recorded 0 s adds nothing to its group's
 * sum, so every zero lands in the same group. pytest-split sorts by `str(item)`; the node id
 * here, which only orders ties differently.
 */
export function leastDuration(
  known: ReadonlyMap<string, number>,
  tests: readonly string[],
  count: number,
): Assignment {
  const seconds = pytestSplitDurations(known, tests);
  const order = tests.map((id, i) => ({ id, seconds: seconds[i]! }));
  order.sort((a, b) => compareStrings(a.id, b.id));
  order.sort((a, b) => b.seconds - a.seconds);
  const shards: string[][] = Array.from({ length: count }, () => []);
  const sums = new Array<number>(count).fill(0);
  for (const { id, seconds: s } of order) {
    let g = 0;
    for (let i = 1; i < count; i++) if (sums[i]! < sums[g]!) g = i;
    shards[g]!.push(id);
    sums[g]! += s;
  }
  return { shards, catchAll: -1 };
}

/** A small fixed-seed generator (numerical recipes LCG), so a bench prints the same every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Every duration times 1 + u, u uniform in [-jitter, jitter], in id order so that the same seed
 * nudges the same test the same way whatever the map's order.
 */
export function nudge(
  durations: ReadonlyMap<string, number>,
  next: () => number,
  jitter: number,
): Map<string, number> {
  const changed = new Map<string, number>();
  for (const id of [...durations.keys()].sort(compareStrings)) {
    changed.set(id, durations.get(id)! * (1 + (next() - 0.5) * 2 * jitter));
  }
  return changed;
}
