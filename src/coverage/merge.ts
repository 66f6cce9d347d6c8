/**
 * Coverage from every shard merged per file and line: a line is covered when any shard covered
 * it, and counted once however many shards measured it. Pure.
 */

import { compareStrings } from '../order.js';
import { type RepositoryFiles, repositoryPath } from '../results/locate.js';
import type { CoverageReport } from './cobertura.js';

export interface CoverageFigures {
  /** Lines that can be covered (statements), counted once across shards. */
  lines: number;
  covered: number;
  /** covered / lines x 100; 100 when there are no lines. */
  percent: number;
}

export interface CoverageSummary {
  total: CoverageFigures;
  packages: (CoverageFigures & { name: string })[];
  files: (CoverageFigures & { path: string; package: string })[];
  /** Every report read, with its error when it could not be (fully) read. */
  reports: { path: string; error?: string; warnings: string[] }[];
  /** The threshold in percent, when one was given, and whether the total meets it. */
  threshold?: { percent: number; met: boolean };
}

export interface MergeOptions {
  /** The repository's files: shards on different machines name the same file differently. */
  repository?: RepositoryFiles;
  threshold?: number;
}

function figures(lines: number, covered: number): CoverageFigures {
  return { lines, covered, percent: lines === 0 ? 100 : Math.floor((covered / lines) * 10000) / 100 };
}

const byName = compareStrings;

export function mergeCoverage(
  reports: readonly CoverageReport[],
  options: MergeOptions = {},
): CoverageSummary {
  const files = new Map<string, { package: string; lines: Map<number, boolean> }>();
  for (const report of reports) {
    for (const file of report.files) {
      const key = repositoryPath(file.path, options.repository) ?? file.path;
      let merged = files.get(key);
      if (!merged) {
        merged = { package: file.package, lines: new Map() };
        files.set(key, merged);
      }
      for (const [line, hits] of file.lines)
        merged.lines.set(line, merged.lines.get(line) === true || hits > 0);
    }
  }
  const packages = new Map<string, { lines: number; covered: number }>();
  const fileRows: CoverageSummary['files'] = [];
  let lines = 0;
  let covered = 0;
  for (const [path, file] of files) {
    let c = 0;
    for (const hit of file.lines.values()) if (hit) c++;
    const n = file.lines.size;
    fileRows.push({ path, package: file.package, ...figures(n, c) });
    const p = packages.get(file.package) ?? { lines: 0, covered: 0 };
    p.lines += n;
    p.covered += c;
    packages.set(file.package, p);
    lines += n;
    covered += c;
  }
  const summary: CoverageSummary = {
    total: figures(lines, covered),
    packages: [...packages]
      .map(([name, p]) => ({ name, ...figures(p.lines, p.covered) }))
      .sort((a, b) => byName(a.name, b.name)),
    files: fileRows.sort((a, b) => byName(a.path, b.path)),
    reports: reports.map((r) => ({
      path: r.source,
      ...(r.error !== undefined ? { error: r.error } : {}),
      warnings: r.warnings,
    })),
  };
  if (options.threshold !== undefined) {
    // The exact ratio against the threshold: 79.999% does not pass an 80% gate by rounding.
    summary.threshold = { percent: options.threshold, met: covered * 100 >= options.threshold * lines };
  }
  return summary;
}
