/**
 * The cache behind one small interface: GitHub's cache service in the action
 * (src/github/cache-store.ts), a directory for the CLI (local-store.ts). Entries are immutable
 * and found by exact key or by key prefix, newest first, as GitHub's are. The cache is an
 * optimisation: callers treat a failed restore or save as a warning, never as a failed job.
 */
export interface RestoreOptions {
  /** Only say whether (and which) entry would be restored; copy nothing. */
  lookupOnly?: boolean;
}

export interface CacheStore {
  /**
   * Restores the files of the entry with `key`, else of the newest entry whose key starts with
   * one of `restoreKeys` (tried in order), to the paths they were saved from. Returns the key
   * of the entry restored, or undefined on a miss.
   */
  restore(
    paths: string[],
    key: string,
    restoreKeys: string[],
    options?: RestoreOptions,
  ): Promise<string | undefined>;
  /** Saves the files at `paths` under `key`; a key that exists already is left as it is. */
  save(paths: string[], key: string): Promise<void>;
  /** Drops an entry found to be unusable, where the store can (GitHub's cache cannot, from a job). */
  discard?(key: string): Promise<void>;
}

/** Cache keys are path-safe and bounded: GitHub allows 512 characters and no commas. */
export function cacheKeyPart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100);
}
