/**
 * The base run for the action's comparison (input compare): "auto" restores the base branch's
 * newest report from GitHub's cache and saves this run's under its branch and commit for the
 * runs after it; a path reads that report. Like the timing history, the cache is an
 * optimisation: a failed restore or save is a warning (commands/base-report.ts).
 */
import path from 'node:path';
import {
  type BaseReport,
  CACHED_REPORT_FILE,
  findBaseReport,
  reportKeys,
  saveReport,
} from '../commands/base-report.js';
import type { JsonReport } from '../report/json.js';
import { GitHubCacheStore } from './cache-store.js';
import type { AggregateSettings } from './inputs.js';

export interface BaseRun {
  base?: BaseReport;
  /** Why there is no comparison, when one was asked for. */
  note?: string;
  /** Keeps this run's report for later comparisons (compare: auto only). */
  save: (report: JsonReport) => Promise<void>;
}

export async function baseRunIn(
  settings: AggregateSettings,
  warn: (message: string) => void,
): Promise<BaseRun> {
  if (settings.compare !== 'auto') {
    const found = await findBaseReport(settings.compare, { cwd: settings.cwd, warn });
    return { ...found, save: async () => {} };
  }
  const store = new GitHubCacheStore();
  // The same path relative to the workspace on save and restore: the cache keys entries by it.
  const local = path.resolve(settings.cwd, CACHED_REPORT_FILE);
  const file = { file: path.relative(process.cwd(), local) || CACHED_REPORT_FILE, cwd: process.cwd() };
  const keys = reportKeys({
    branch: settings.branch,
    baseBranch: settings.compareBranch,
    sha: settings.github.headSha || 'unknown',
    run: settings.run,
  });
  const found = await findBaseReport('auto', { cwd: settings.cwd, store, keys, file, warn });
  return {
    ...found,
    save: async (report) => {
      await saveReport(store, file, report, keys, warn);
    },
  };
}
