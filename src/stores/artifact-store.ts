/**
 * Artifacts behind one small interface: GitHub's artifact service in the action
 * (src/github/artifact-store.ts), the TestResults/<run-id>/ tree for the CLI
 * (local-artifact-store.ts). One artifact per job (DESIGN.md, Contracts): a folder uploaded
 * under a name, listed and downloaded by the aggregate job of the same run. Uploads are the
 * caller's to treat as optional: a failed upload is a warning, the tests decide the outcome.
 */
import path from 'node:path';
import { describeError, InfrastructureError } from '../errors.js';

export interface UploadOptions {
  /** Days the artifact is kept; the store's (or repository's) default when unset. */
  retentionDays?: number;
}

export interface Uploaded {
  /** Where it went, for the log: an artifact id on GitHub, a folder locally. */
  location: string;
  files: number;
  bytes: number;
}

export interface ArtifactEntry {
  name: string;
  /** The store's handle for download (GitHub's artifact id; the folder locally). */
  id: string;
  bytes?: number;
}

export interface ArtifactStore {
  /** Uploads every file below `dir` (paths kept relative to it) as one artifact named `name`. */
  upload(name: string, dir: string, options?: UploadOptions): Promise<Uploaded>;
  /** This run's artifacts whose name starts with `prefix`, every attempt's. */
  list(prefix: string): Promise<ArtifactEntry[]>;
  /** Puts an artifact's files below `dir` (created when missing), with the paths they were uploaded with. */
  download(entry: ArtifactEntry, dir: string): Promise<void>;
}

/** The prefix every artifact of ours starts with (artifactName in results/job-record.ts). */
export const ARTIFACT_PREFIX = 'parallel-tests-';

const ATTEMPT = /^(.*)-attempt-([1-9]\d*)$/;

/** The job an artifact belongs to and the run attempt that uploaded it (1 when the name has none). */
export function attemptOf(name: string): { job: string; attempt: number } {
  const m = ATTEMPT.exec(name);
  return m ? { job: m[1]!, attempt: Number(m[2]) } : { job: name, attempt: 1 };
}

/**
 * Per job, the artifact of the newest attempt up to `attempt`: a re-run of failed jobs uploads
 * `…-attempt-2` for the jobs it re-ran, while the jobs that passed the first time keep their
 * first attempt's artifact; a later attempt's (from a run re-run again since) is not this one's.
 * Sorted by name. Pure.
 */
export function latestAttempts<T extends { name: string }>(entries: readonly T[], attempt: number): T[] {
  const best = new Map<string, { entry: T; attempt: number }>();
  for (const entry of entries) {
    const a = attemptOf(entry.name);
    if (a.attempt > attempt) continue;
    const seen = best.get(a.job);
    if (!seen || a.attempt > seen.attempt) best.set(a.job, { entry, attempt: a.attempt });
  }
  return [...best.values()]
    .map((b) => b.entry)
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

export interface DownloadRunOptions {
  /** Where each artifact goes, as `<dir>/<artifact name>/`. */
  dir: string;
  /** This run's attempt (GITHUB_RUN_ATTEMPT): newer attempts' artifacts are left out. */
  attempt: number;
  log: (line: string) => void;
}

/**
 * Fetches every parallel-tests-* artifact of this run, one folder each, so that result globs
 * and job records are found below `dir`. A store that cannot list throws (without the
 * artifacts there is nothing to report); one artifact that fails to download is thrown too,
 * with its name, for the same reason.
 */
export async function downloadRunArtifacts(
  store: ArtifactStore,
  options: DownloadRunOptions,
): Promise<ArtifactEntry[]> {
  const entries = latestAttempts(await store.list(ARTIFACT_PREFIX), options.attempt);
  for (const entry of entries) {
    try {
      await store.download(entry, path.join(options.dir, entry.name));
    } catch (err) {
      throw new InfrastructureError(`artifact ${entry.name}: download failed: ${describeError(err)}`);
    }
    options.log(`downloaded artifact ${entry.name}`);
  }
  return entries;
}
