/**
 * Cobertura XML (coverage.py's `coverage xml`, coverlet's `XPlat Code Coverage`, pytest-cov's
 * `--cov-report=xml`) read through our streaming scanner: line hits per file, nothing else kept.
 * Pure: text in pieces in, data out. Line coverage only; branch figures are not read.
 *
 * Only the <line> elements of a class's own <lines> count: coverlet repeats every line under
 * <methods><method><lines> as well, and counting both would count each line twice.
 */
import { type Attributes, type XmlIssue, XmlScanner } from '../results/xml-scanner.js';

export interface CoverageFile {
  /** The file as the report names it: its <source> joined with the class's filename. */
  path: string;
  /** The package the report put it in (coverage.py: its directory; coverlet: the assembly). */
  package: string;
  /** Line number -> hits. */
  lines: Map<number, number>;
}

export interface CoverageReport {
  /** The report file's path, as the user's glob found it. */
  source: string;
  files: CoverageFile[];
  /** Why the report could not be read (whole or in part), with line and column when known. */
  error?: string;
  warnings: string[];
}

export interface CoberturaParser {
  write(chunk: string): void;
  end(): CoverageReport;
}

function describe(issue: XmlIssue): string {
  return `line ${issue.line}, column ${issue.column}: ${issue.message}`;
}

/** A class's filename against the report's <source> roots: absolute paths stay as they are. */
function joinSource(sources: readonly string[], filename: string): string {
  const name = filename.replace(/\\/g, '/');
  if (name.startsWith('/') || /^[A-Za-z]:\//.test(name)) return name;
  // Several roots (coverage.py with several --source dirs) cannot be told apart from here:
  // the filename then stays relative, as the report wrote it.
  if (sources.length !== 1) return name;
  const root = sources[0]!.replace(/\\/g, '/');
  if (root === '.' || root === './') return name;
  // coverlet writes <source>/</source> and the rest of the absolute path as the filename.
  return root.endsWith('/') ? `${root}${name}` : `${root}/${name}`;
}

export function createCoberturaParser(path: string): CoberturaParser {
  const byPath = new Map<string, CoverageFile>();
  const warnings: string[] = [];
  const sources: string[] = [];
  const stack: string[] = [];
  let error: string | undefined;
  let rootChecked = false;
  let rejected = false;
  let sourceText: string | null = null;
  let pkg = '';
  let current: CoverageFile | null = null;
  /** Classes seen before the <sources> they depend on are resolved at the end. */
  const pending: { filename: string; file: CoverageFile }[] = [];
  let badLines = 0;

  const scanner = new XmlScanner({
    open(name: string, attrs: Attributes) {
      if (rejected) return;
      if (!rootChecked) {
        rootChecked = true;
        if (name !== 'coverage') {
          rejected = true;
          error = `not a Cobertura coverage report: the root element is <${name}>, expected <coverage>`;
          return;
        }
      }
      const parent = stack[stack.length - 1];
      if (name === 'source' && parent === 'sources') sourceText = '';
      else if (name === 'package') pkg = attrs.name ?? '';
      else if (name === 'class') {
        const filename = attrs.filename ?? attrs.name ?? '';
        current = { path: filename, package: pkg, lines: new Map() };
        pending.push({ filename, file: current });
      } else if (name === 'line' && parent === 'lines' && stack[stack.length - 2] === 'class' && current) {
        const number = Number(attrs.number);
        const hits = Number(attrs.hits);
        if (!Number.isInteger(number) || number < 0 || !Number.isFinite(hits) || hits < 0) badLines++;
        else current.lines.set(number, Math.max(hits, current.lines.get(number) ?? 0));
      }
      // A self-closing element is closed by the scanner right after: close() pops it.
      stack.push(name);
    },
    close(name: string) {
      if (rejected) return;
      stack.pop();
      if (name === 'source' && sourceText !== null) {
        const s = sourceText.trim();
        if (s !== '') sources.push(s);
        sourceText = null;
      } else if (name === 'class') current = null;
      else if (name === 'package') pkg = '';
    },
    text(piece: string) {
      if (sourceText !== null) sourceText += piece;
    },
    wantsText() {
      return sourceText !== null;
    },
  });

  return {
    write(chunk: string) {
      if (!rejected) scanner.write(rootChecked ? chunk : chunk.replace(/^\uFEFF/, ''));
    },
    end(): CoverageReport {
      if (!rejected) scanner.end();
      let rest = scanner.issues;
      if (error === undefined && rest[0]) {
        error = describe(rest[0]);
        rest = rest.slice(1);
      }
      for (const issue of rest) warnings.push(describe(issue));
      if (badLines > 0) {
        warnings.push(`${badLines} <line> element(s) without a whole "number" and "hits" were skipped`);
      }
      // One class per file in coverage.py, several (nested and partial classes) in coverlet:
      // the lines of a file are merged, a line covered by any class being covered.
      for (const { filename, file } of pending) {
        const full = joinSource(sources, filename);
        const seen = byPath.get(full);
        if (!seen) {
          file.path = full;
          byPath.set(full, file);
          continue;
        }
        for (const [line, hits] of file.lines)
          seen.lines.set(line, Math.max(hits, seen.lines.get(line) ?? 0));
      }
      const report: CoverageReport = { source: path, files: [...byPath.values()], warnings };
      if (error !== undefined) report.error = error;
      return report;
    },
  };
}

export function parseCoberturaText(path: string, text: string): CoverageReport {
  const parser = createCoberturaParser(path);
  parser.write(text);
  return parser.end();
}
