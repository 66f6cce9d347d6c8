/**
 * The timing history between runs, written once for both entries: aggregate restores it,
 * appends what it read and saves it; plan restores it and reads it. Between machines the file
 * travels through a CacheStore (GitHub's cache in the action, a directory for the CLI), keyed by
 * branch with the default branch as the fallback. Every failure here is a warning: timings
 * only make plans better.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readOptionalText } from '../config/load.js';
import { describeError } from '../errors.js';
import { timedStyle } from '../plan/assign.js';
import { durationsOfTimed } from '../plan/durations.js';
import { appendSnapshot, parseHistory, renderHistory, type Snapshot } from '../plan/history.js';
import type { IdStyle } from '../plan/test-ids.js';
import { aggregateResults, type TimedTest } from '../results/aggregate.js';
import type { FileResult } from '../results/model.js';
import { type CacheStore, cacheKeyPart } from '../stores/cache-store.js';

const KEY_PREFIX = 'parallel-tests-timings-v1-';

export interface TimingKeys {
  key: string;
  restoreKeys: string[];
}

/** A new key per run (entries are immutable); restored by branch, then the default branch. */
export function timingKeys(branch: string, defaultBranch: string | undefined, run: string): TimingKeys {
  const own = `${KEY_PREFIX}${cacheKeyPart(branch)}-`;
  const restoreKeys = [own];
  if (defaultBranch && defaultBranch !== branch)
    restoreKeys.push(`${KEY_PREFIX}${cacheKeyPart(defaultBranch)}-`);
  return { key: `${own}${cacheKeyPart(run)}`, restoreKeys };
}

/**
 * Durations from result files, one snapshot across them; `style` says how ids look, else each
 * file's format tells (see timedStyle). A test that ran in several files (a rerun, a retried
 * job) counts the mean of its runs, as durationsFromResults says, not its last file's time.
 */
export function snapshotOf(files: readonly FileResult[], style?: IdStyle): Snapshot {
  return snapshotOfTimed(aggregateResults(files).timed(), style);
}

/** The same from the timed tests of an aggregate, folded as its files were read. */
export function snapshotOfTimed(tests: Iterable<TimedTest>, style?: IdStyle): Snapshot {
  return durationsOfTimed(tests, style === undefined ? timedStyle : () => style);
}

/**
 * The history so far; none when there is no file. A history that cannot be read (corrupt, from a
 * broken writer, not a regular file) is a warning and a fresh start, never a failed run: it came
 * through a cache every later run restores, so an error here would repeat on every run.
 */
export async function readHistory(file: string, warn: (message: string) => void): Promise<Snapshot[]> {
  let text: string | undefined;
  try {
    text = await readOptionalText(file, 'timing history');
  } catch (err) {
    warn(`${describeError(err)}; timings start afresh`);
    return [];
  }
  if (text === undefined) return [];
  try {
    return parseHistory(text, file);
  } catch (err) {
    warn(`${describeError(err)}; the history is set aside and timings start afresh`);
    return [];
  }
}

/** Appends a run's snapshot to the history file; returns how many tests it timed. */
export async function appendHistory(
  file: string,
  snapshot: Snapshot,
  warn: (message: string) => void,
): Promise<number> {
  const history = appendSnapshot(await readHistory(file, warn), snapshot);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    // Written aside and renamed over: a run killed mid-write leaves the old history whole, and
    // a FIFO or device in its place is replaced, not written into (which would block).
    const aside = `${file}.${process.pid}.tmp`;
    await writeFile(aside, renderHistory(history));
    await rename(aside, file);
  } catch (err) {
    warn(`the timing history ${file} was not written: ${describeError(err)}`);
    return 0;
  }
  return snapshot.size;
}

export async function restoreHistory(
  store: CacheStore,
  file: string,
  keys: TimingKeys,
  warn: (message: string) => void,
): Promise<string | undefined> {
  try {
    return await store.restore([file], keys.key, keys.restoreKeys);
  } catch (err) {
    warn(`timings were not restored from the cache: ${describeError(err)}`);
    return undefined;
  }
}

export async function saveHistory(
  store: CacheStore,
  file: string,
  keys: TimingKeys,
  warn: (message: string) => void,
): Promise<boolean> {
  try {
    await store.save([file], keys.key);
    return true;
  } catch (err) {
    warn(`timings were not saved to the cache: ${describeError(err)}`);
    return false;
  }
}

export interface HistorySettings {
  /** The history file, absolute: what aggregate appends to and plan reads. */
  file: string;
  /** The same file as the store names it (GitHub's cache keys entries by the paths too). */
  storePath: string;
  /** Carries the file between checkouts; without one the file stays where it is. */
  store?: CacheStore;
  branch: string;
  defaultBranch?: string;
  /** This run's id: each save is a new, immutable entry. */
  run: string;
}

/** A history file and where it travels: restore before reading or appending, save after. */
export interface TimingHistory {
  file: string;
  restore(): Promise<string | undefined>;
  save(): Promise<boolean>;
}

export function timingHistory(settings: HistorySettings, warn: (message: string) => void): TimingHistory {
  const keys = timingKeys(settings.branch, settings.defaultBranch, settings.run);
  const store = settings.store;
  return {
    file: settings.file,
    restore: async () => (store ? restoreHistory(store, settings.storePath, keys, warn) : undefined),
    save: async () => (store ? saveHistory(store, settings.storePath, keys, warn) : false),
  };
}
