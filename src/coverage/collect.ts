/**
 * The shell half of coverage: the user's globs expanded, each Cobertura file streamed through
 * the parser. A pattern that matches nothing, or a file that cannot be read, is reported in the
 * data (never thrown), so the other shards' coverage still counts.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { glob } from 'tinyglobby';
import { type CoverageReport, createCoberturaParser } from './cobertura.js';

export interface CollectedCoverage {
  reports: CoverageReport[];
  unmatched: string[];
}

export async function collectCoverage(patterns: readonly string[], cwd: string): Promise<CollectedCoverage> {
  const negated = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const seen = new Set<string>();
  const reports: CoverageReport[] = [];
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const matches = (await glob([pattern], { cwd, absolute: true, ignore: negated, dot: true })).sort();
    if (matches.length === 0) unmatched.push(pattern);
    for (const file of matches) {
      if (seen.has(file)) continue;
      seen.add(file);
      reports.push(await readCoverageFile(file, path.relative(cwd, file).split(path.sep).join('/')));
    }
  }
  return { reports, unmatched };
}

export async function readCoverageFile(file: string, shown: string): Promise<CoverageReport> {
  const parser = createCoberturaParser(shown);
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
      parser.write(decoder.write(chunk as Buffer));
    }
    parser.write(decoder.end());
  } catch (err) {
    const report = parser.end();
    report.error = `cannot read: ${err instanceof Error ? err.message : String(err)}`;
    return report;
  }
  return parser.end();
}
