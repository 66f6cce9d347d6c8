/**
 * The CLI's report options of aggregate (coverage, the comparison with a base run) into
 * settings, and the save of this run's report in the local cache for later comparisons.
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import type { JsonReport } from '../report/json.js';
import type { AggregateSettings } from './aggregate.js';
import { CACHED_REPORT_FILE, findBaseReport, reportKeys, saveReport } from './base-report.js';
import { parseThreshold } from './coverage.js';

export interface ReportExtras {
  settings: Pick<AggregateSettings, 'coverage' | 'base'>;
  /** Why there is no comparison, when one was asked for. */
  note?: string;
  /** Saves this run's report in the local cache (with --cache-dir), for later comparisons. */
  save: (report: JsonReport) => Promise<void>;
}

export async function reportExtras(
  values: {
    coverage: string[];
    threshold?: string;
    compare?: string;
    baseBranch?: string;
    allowEmpty: boolean;
  },
  context: { cwd: string; cacheDir?: string; branch?: string; warn: (message: string) => void },
): Promise<ReportExtras> {
  const threshold = parseThreshold(values.threshold, '--coverage-threshold');
  if (threshold !== undefined && values.coverage.length === 0) {
    throw new InputError('--coverage-threshold needs the coverage files: add --coverage GLOB');
  }
  const coverage =
    values.coverage.length > 0
      ? {
          coverage: {
            patterns: values.coverage,
            allowEmpty: values.allowEmpty,
            ...(threshold !== undefined ? { threshold } : {}),
          },
        }
      : {};
  if (values.compare === 'auto' && context.cacheDir === undefined) {
    throw new InputError('--compare auto takes the base from the local cache: add --cache-dir DIR');
  }
  if (context.cacheDir === undefined) {
    const found = await findBaseReport(values.compare, { cwd: context.cwd, warn: context.warn });
    return { settings: { ...coverage, ...(found.base ? { base: found.base } : {}) }, save: async () => {} };
  }
  const [{ LocalCacheStore }, { currentBranch, headCommit }, { execProcess }] = await Promise.all([
    import('../stores/local-cache-store.js'),
    import('../git.js'),
    import('../exec.js'),
  ]);
  const store = new LocalCacheStore({ root: path.resolve(context.cwd, context.cacheDir), cwd: context.cwd });
  const branch = context.branch ?? (await currentBranch(execProcess, context.cwd));
  const keys = reportKeys({
    branch,
    baseBranch: values.baseBranch ?? branch,
    sha: await headCommit(execProcess, context.cwd),
    run: String(Date.now()),
  });
  const file = { file: CACHED_REPORT_FILE, cwd: context.cwd };
  const found = await findBaseReport(values.compare, {
    cwd: context.cwd,
    store,
    keys,
    file,
    warn: context.warn,
  });
  return {
    settings: { ...coverage, ...(found.base ? { base: found.base } : {}) },
    ...(found.note ? { note: found.note } : {}),
    save: async (report) => {
      await saveReport(store, file, report, keys, context.warn);
    },
  };
}
