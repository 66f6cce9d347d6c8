/**
 * Coverage for aggregate: every shard's Cobertura files read, merged per file and line, and
 * checked against the threshold. Files that cannot be read are listed in the summary, never
 * dropped; they make the step fail like unreadable result files do.
 */
import { collectCoverage } from '../coverage/collect.js';
import { type CoverageSummary, mergeCoverage } from '../coverage/merge.js';
import { EXIT, InputError } from '../errors.js';
import type { RepositoryFiles } from '../results/locate.js';

export interface CoverageSettings {
  /** Globs of Cobertura XML files ("!" excludes). */
  patterns: string[];
  /** Percent of lines; below it the step fails. */
  threshold?: number;
  /** A pattern matching nothing is a warning instead of an error. */
  allowEmpty: boolean;
}

export async function gatherCoverage(
  settings: CoverageSettings,
  cwd: string,
  repository: RepositoryFiles,
): Promise<CoverageSummary> {
  const collected = await collectCoverage(settings.patterns, cwd);
  const reports = [...collected.reports];
  if (!settings.allowEmpty) {
    for (const pattern of collected.unmatched) {
      reports.push({
        source: pattern,
        files: [],
        warnings: [],
        error: 'no coverage file matches this pattern',
      });
    }
  }
  return mergeCoverage(reports, {
    repository,
    ...(settings.threshold !== undefined ? { threshold: settings.threshold } : {}),
  });
}

/** The exit code with coverage counted: unreadable files as bad input, a missed gate as a failure. */
export function coverageExitCode(code: number, coverage: CoverageSummary | undefined): number {
  if (!coverage) return code;
  if (coverage.reports.some((r) => r.error !== undefined)) return Math.max(code, EXIT.badInput);
  if (coverage.threshold && !coverage.threshold.met) return Math.max(code, EXIT.testFailures);
  return code;
}

/** A threshold as the user wrote it ("80", "72.5", "80%"): a number from 0 to 100. */
export function parseThreshold(value: string | undefined, option: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim().replace(/%$/, '');
  const n = Number(text);
  if (text === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new InputError(`${option} must be a percentage from 0 to 100 (e.g. 80), got "${value}"`);
  }
  return n;
}
