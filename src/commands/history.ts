/**
 * The timing history between runs, written once for both entries: aggregate restores it,
 * appends what it read and saves it; plan restores it and reads it. Between machines the file
 * travels through a CacheStore (GitHub's cache in the action, a directory for the CLI), keyed by
 * branch with the default branch as the fallback. Every failure here is a warning: timings
 * only make plans better.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../errors.js';
import { fileStyle } from '../plan/assign.js';
import { durationsFromResults } from '../plan/durations.js';
import { appendSnapshot, parseHistory, renderHistory, type Snapshot } from '../plan/history.js';
import type { IdStyle } from '../plan/test-ids.js';
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
 * Durations from result files, one snapshot across them; `styleOf` says how a file's ids look.
 * The files of one style are read together, so a test that ran in several (a rerun, a retried
 * job) counts the mean of its runs, as durationsFromResults says, not its last file's time.
 */
export function snapshotOf(
  files: readonly FileResult[],
  styleOf: (file: FileResult) => IdStyle = fileStyle,
): Snapshot {
  const byStyle = new Map<IdStyle, FileResult[]>();
  for (const file of files) {
    const style = styleOf(file);
    const group = byStyle.get(style);
    if (group) group.push(file);
    else byStyle.set(style, [file]);
  }
  const snapshot: Snapshot = new Map();
  for (const [style, group] of byStyle) {
    for (const [id, seconds] of durationsFromResults(group, style)) snapshot.set(id, seconds);
  }
  return snapshot;
}

export async function readHistory(file: string): Promise<Snapshot[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  return parseHistory(text, file);
}

/** Appends a run to the history file; returns how many tests it timed. */
export async function appendHistory(file: string, files: readonly FileResult[]): Promise<number> {
  const snapshot = snapshotOf(files);
  const history = appendSnapshot(await readHistory(file), snapshot);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, renderHistory(history));
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
