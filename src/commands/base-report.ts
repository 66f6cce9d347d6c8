/**
 * The base run for a comparison: aggregate saves its JSON report in the cache under the branch
 * and commit; a later run restores the base branch's newest (or reads a file the user names).
 * Like the timing history, the cache is an optimisation: a failed restore or save is a warning.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError, InputError } from '../errors.js';
import { type JsonReport, stringifyReport } from '../report/json.js';
import { type CacheStore, cacheKeyPart } from '../stores/cache-store.js';

/** Where the report travels through the cache (GitHub keys entries by their paths too). */
export const CACHED_REPORT_FILE = '.parallel-tests/report/report.json';

// "/" never occurs in a cacheKeyPart, so the prefix of "main" cannot match "main-2" entries.
const KEY_PREFIX = 'parallel-tests-report-v1/';

export interface ReportKeys {
  /** This run's entry: branch, commit, run (entries are immutable; a re-run is a new entry). */
  key: string;
  /** The base branch's entries, newest first. */
  restoreKeys: string[];
}

export function reportKeys(options: {
  branch: string;
  baseBranch: string;
  sha: string;
  run: string;
}): ReportKeys {
  return {
    key: `${KEY_PREFIX}${cacheKeyPart(options.branch)}/${cacheKeyPart(options.sha)}/${cacheKeyPart(options.run)}`,
    restoreKeys: [`${KEY_PREFIX}${cacheKeyPart(options.baseBranch)}/`],
  };
}

/** "main @ 1a2b3c4d" from a key this module made; the key itself otherwise. */
export function describeReportKey(key: string): string {
  if (!key.startsWith(KEY_PREFIX)) return key;
  const [branch, sha] = key.slice(KEY_PREFIX.length).split('/');
  return `${branch} @ ${(sha ?? '').slice(0, 8)}`;
}

/**
 * The report's file as the store names it (GitHub's cache: relative to the process's working
 * directory; the local store: to its own cwd), and the directory that path is relative to.
 */
export interface CachedFile {
  file: string;
  cwd: string;
}

export interface BaseReport {
  report: JsonReport;
  label: string;
}

/** Reads a JSON report, checking the keys a comparison needs; bad files are InputErrors. */
export async function readReportFile(file: string): Promise<JsonReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(`${file}: cannot read the base report: ${describeError(err)}`);
  }
  return parseReport(text, file);
}

export function parseReport(text: string, file: string): JsonReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${file}: not a JSON report (${describeError(err)})`);
  }
  const report = value as Partial<JsonReport> | null;
  if (
    report === null ||
    typeof report !== 'object' ||
    typeof report.totals?.tests !== 'number' ||
    !Array.isArray(report.failures)
  ) {
    throw new InputError(
      `${file}: not a parallel-tests JSON report (expected "totals" and "failures", as aggregate --json writes)`,
    );
  }
  return report as JsonReport;
}

/**
 * The base branch's newest report from the cache, read at once (the same path is then written
 * with this run's report for saving). Undefined on a miss or any trouble (warned).
 */
export async function restoreBaseReport(
  store: CacheStore,
  where: CachedFile,
  keys: ReportKeys,
  warn: (message: string) => void,
): Promise<BaseReport | undefined> {
  const { file } = where;
  const local = path.resolve(where.cwd, file);
  let hit: string | undefined;
  try {
    await rm(local, { force: true });
    // The primary key is this run's own (never there yet): only the base branch's entries match.
    hit = await store.restore([file], keys.key, keys.restoreKeys);
  } catch (err) {
    warn(`no base report restored from the cache: ${describeError(err)}`);
    return undefined;
  }
  if (hit === undefined) return undefined;
  try {
    return { report: parseReport(await readFile(local, 'utf8'), file), label: describeReportKey(hit) };
  } catch (err) {
    warn(`the base report in the cache (${hit}) is unusable: ${describeError(err)}`);
    await store.discard?.(hit);
    return undefined;
  }
}

export async function saveReport(
  store: CacheStore,
  where: CachedFile,
  report: JsonReport,
  keys: ReportKeys,
  warn: (message: string) => void,
): Promise<boolean> {
  const { file } = where;
  const local = path.resolve(where.cwd, file);
  try {
    await mkdir(path.dirname(local), { recursive: true });
    // The comparison is this run's view of its base; the next run makes its own.
    const { comparison: _, ...saved } = report;
    await writeFile(local, stringifyReport(saved));
    await store.save([file], keys.key);
    return true;
  } catch (err) {
    warn(`the report was not saved to the cache (later runs cannot compare with it): ${describeError(err)}`);
    return false;
  }
}

export interface FindBaseOptions {
  cwd: string;
  /** Where `auto` looks: the cache, with this run's keys. */
  store?: CacheStore;
  keys?: ReportKeys;
  /** The cache file as store.restore/save are given it (default CACHED_REPORT_FILE in cwd). */
  file?: CachedFile;
  warn: (message: string) => void;
}

/**
 * The base for `compare`: "auto" is the base branch's newest report in the cache, "off" (or
 * nothing) is none, anything else a report file. `note` says why there is no comparison.
 */
export async function findBaseReport(
  compare: string | undefined,
  options: FindBaseOptions,
): Promise<{ base?: BaseReport; note?: string }> {
  if (compare === undefined || compare === '' || compare === 'off') return {};
  if (compare !== 'auto') {
    return { base: { report: await readReportFile(path.resolve(options.cwd, compare)), label: compare } };
  }
  if (!options.store || !options.keys) {
    return { note: 'No comparison: compare is auto but there is no cache to find a base run in.' };
  }
  const base = await restoreBaseReport(
    options.store,
    options.file ?? { file: CACHED_REPORT_FILE, cwd: options.cwd },
    options.keys,
    options.warn,
  );
  if (base) return { base };
  const branch = options.keys.restoreKeys[0]!.slice(KEY_PREFIX.length).replace(/\/$/, '');
  return {
    note: `No comparison: no earlier report of ${branch} in the cache yet (this run's is saved for the next).`,
  };
}
