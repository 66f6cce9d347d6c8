/**
 * The timing history kept between runs (pure): a few snapshots of test id -> seconds, oldest
 * first, so the planner can smooth noise. aggregate appends the run it just read; plan reads
 * it like any other timings, ahead of the files given on the command line.
 */
import { InputError } from '../errors.js';
import { compareStrings, roundMs } from '../order.js';

export const HISTORY_FORMAT = 'parallel-tests-timings';
/** Snapshots kept: enough to smooth a noisy run, few enough that old timings fade. */
export const HISTORY_LENGTH = 8;

export type Snapshot = Map<string, number>;

export function parseHistory(text: string, source: string): Snapshot[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${source}: not a timing history: ${(err as Error).message}`);
  }
  const doc = value as { format?: unknown; version?: unknown; snapshots?: unknown };
  if (doc?.format !== HISTORY_FORMAT || doc.version !== 1 || !Array.isArray(doc.snapshots)) {
    throw new InputError(
      `${source}: expected {"format": "${HISTORY_FORMAT}", "version": 1, "snapshots": [...]}`,
    );
  }
  return doc.snapshots.map((snapshot: unknown, i: number) => {
    if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) {
      throw new InputError(`${source}: snapshot ${i + 1} is not an object of test id -> seconds`);
    }
    const map: Snapshot = new Map();
    for (const [id, seconds] of Object.entries(snapshot)) {
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
        throw new InputError(
          `${source}: snapshot ${i + 1}, "${id}": expected seconds, got ${JSON.stringify(seconds)}`,
        );
      }
      map.set(id, seconds);
    }
    return map;
  });
}

/** The history with one more snapshot, the oldest dropped past HISTORY_LENGTH; empty runs add nothing. */
export function appendSnapshot(
  history: readonly Snapshot[],
  snapshot: Snapshot,
  keep = HISTORY_LENGTH,
): Snapshot[] {
  // Only real durations enter: one bad value saved (1e306 s rounds to Infinity, written as null)
  // would make every later read of the history fail.
  const kept: Snapshot = new Map();
  for (const [id, seconds] of snapshot) if (isDuration(roundMs(seconds))) kept.set(id, seconds);
  if (kept.size === 0) return [...history];
  return [...history, kept].slice(-keep);
}

function isDuration(seconds: number): boolean {
  return Number.isFinite(seconds) && seconds >= 0;
}

/** Deterministic text: ids sorted, seconds to the millisecond; anything not a duration left out. */
export function renderHistory(history: readonly Snapshot[]): string {
  const snapshots = history.map((s) =>
    Object.fromEntries(
      [...s.entries()]
        .sort(([a], [b]) => compareStrings(a, b))
        .map(([id, sec]) => [id, roundMs(sec)] as const)
        .filter(([, sec]) => isDuration(sec)),
    ),
  );
  return `${JSON.stringify({ format: HISTORY_FORMAT, version: 1, snapshots }, null, 1)}\n`;
}
