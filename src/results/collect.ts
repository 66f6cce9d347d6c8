/**
 * The shell half of the results engine: expands the user's patterns and streams each file
 * through a parser. Everything it learns about a file becomes data in that file's FileResult;
 * nothing is thrown for one bad file, so the others always count.
 */
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { TextDecoder } from 'node:util';
import { glob, isDynamicPattern } from 'tinyglobby';
import { type FoundJob, JOB_RECORD_FILE, parseJobRecord } from './job-record.js';
import type { FileFold, FileResult, TextLimits } from './model.js';
import { createResultParser } from './parse.js';

export interface CollectOptions {
  /** Where relative patterns start, and what reported paths are relative to. */
  cwd: string;
  limits?: TextLimits;
  /**
   * Folds each file's cases as they are read (and then every FileResult, in `files` order),
   * so that no file's cases are kept: `files` then come with empty `cases`.
   */
  fold?: FileFold;
  /**
   * Also read the job records (parallel-tests-job.json) beside the result files and in the
   * folders the patterns cover. A record is never read as a result file either way.
   */
  jobRecords?: boolean;
}

export interface Collected {
  /** Result files, then any job record that could not be read (an entry with its error). */
  files: FileResult[];
  /** Patterns that matched no file, in the order given. */
  unmatched: string[];
  /** Job records read, in path order; empty unless `jobRecords` was asked for. */
  jobs: FoundJob[];
}

// Apart in a module of its own so that the action reads its inputs without loading the parsers.

function display(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

export async function collectResults(
  patterns: readonly string[],
  options: CollectOptions,
): Promise<Collected> {
  const { cwd } = options;
  const seen = new Set<string>();
  const files: FileResult[] = [];
  const unmatched: string[] = [];
  const negated = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  for (const pattern of patterns) {
    const positive = !pattern.startsWith('!');
    if (!positive) continue;
    let matches: string[];
    if (isDynamicPattern(pattern)) {
      matches = (await glob([pattern], { cwd, absolute: true, ignore: negated, dot: true })).sort();
    } else {
      matches = [path.resolve(cwd, pattern)];
    }
    let found = 0;
    for (const file of matches) {
      // A job record sits beside the results and a broad glob (results/**) takes it in too.
      if (path.basename(file) === JOB_RECORD_FILE) {
        found++;
        continue;
      }
      if (seen.has(file)) {
        found++;
        continue;
      }
      const result = await readResultFile(file, display(cwd, file), options);
      if (result === null) continue;
      seen.add(file);
      found++;
      files.push(result);
      options.fold?.addFile(result);
    }
    if (found === 0) unmatched.push(pattern);
  }
  const jobs: FoundJob[] = [];
  if (options.jobRecords) {
    const positives = patterns.filter((p) => !p.startsWith('!'));
    for (const record of await findJobRecords(positives, negated, seen, cwd)) {
      const read = await readJobRecord(record, display(cwd, record));
      if (read === null) continue;
      if ('error' in read) {
        const result = failed(display(cwd, record), read.error);
        files.push(result);
        options.fold?.addFile(result);
      } else jobs.push(read);
    }
  }
  return { files, unmatched, jobs };
}

/**
 * Where a pattern's job records would be: its folder part with the record's name (a pattern
 * ending in ** covers every folder below it).
 */
function recordPattern(pattern: string): string {
  const slash = pattern.lastIndexOf('/');
  const last = pattern.slice(slash + 1);
  if (last === '**') return `${pattern}/${JOB_RECORD_FILE}`;
  return slash < 0 ? JOB_RECORD_FILE : `${pattern.slice(0, slash)}/${JOB_RECORD_FILE}`;
}

async function findJobRecords(
  patterns: readonly string[],
  negated: readonly string[],
  resultFiles: ReadonlySet<string>,
  cwd: string,
): Promise<string[]> {
  const candidates = new Set<string>();
  for (const file of resultFiles) candidates.add(path.join(path.dirname(file), JOB_RECORD_FILE));
  const dynamic = patterns.map(recordPattern).filter((p) => isDynamicPattern(p));
  if (dynamic.length > 0) {
    for (const file of await glob(dynamic, { cwd, absolute: true, ignore: [...negated], dot: true }))
      candidates.add(path.resolve(file));
  }
  for (const p of patterns.map(recordPattern).filter((p) => !isDynamicPattern(p)))
    candidates.add(path.resolve(cwd, p));
  return [...candidates].sort();
}

/** A record and how many of its result files exist; its error (the caller names the file); null when absent. */
async function readJobRecord(file: string, shown: string): Promise<FoundJob | { error: string } | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    return { error: `job record: cannot read: ${(err as Error).message}` };
  }
  const parsed = parseJobRecord(text);
  if ('error' in parsed) return { error: `job record: ${parsed.error}` };
  let present = 0;
  for (const result of parsed.record.results) {
    try {
      if ((await stat(path.resolve(path.dirname(file), result))).isFile()) present++;
    } catch {
      // Listed but not there: the record says what it meant to write.
    }
  }
  return { path: shown, record: parsed.record, present };
}

/** Reads one file; null when it does not exist (the pattern then matched nothing). */
export async function readResultFile(
  file: string,
  shown: string,
  options: Pick<CollectOptions, 'limits' | 'fold'> = {},
): Promise<FileResult | null> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return failed(shown, `cannot read: ${(err as Error).message}`);
  }
  if (info.isDirectory()) return failed(shown, 'a directory, where a test result file was expected');
  const { limits, fold } = options;
  const parser = createResultParser(shown, {
    ...(limits ? { limits } : {}),
    ...(fold ? { onCase: fold.startFile(shown) } : {}),
  });
  let decoder: Decoder | null = null;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
      const bytes = chunk as Buffer;
      decoder ??= decoderFor(bytes);
      parser.write(decoder.write(bytes));
    }
    if (decoder) parser.write(decoder.end());
  } catch (err) {
    const result = parser.end();
    result.error = `cannot read: ${err instanceof Error ? err.message : String(err)}`;
    return result;
  }
  return parser.end();
}

interface Decoder {
  write(bytes: Buffer): string;
  end(): string;
}

/**
 * UTF-16 reports (some Windows tools) announce themselves with a byte-order mark. StringDecoder
 * (native, faster than TextDecoder here) covers UTF-8 and UTF-16LE; only UTF-16BE needs
 * TextDecoder. The parser drops a leading byte-order mark itself.
 */
function decoderFor(head: Buffer): Decoder {
  if (head[0] === 0xfe && head[1] === 0xff) {
    const text = new TextDecoder('utf-16be');
    return { write: (b) => text.decode(b, { stream: true }), end: () => text.decode() };
  }
  if (head[0] === 0xff && head[1] === 0xfe) {
    const utf16 = new StringDecoder('utf16le');
    return { write: (b) => utf16.write(b), end: () => utf16.end() };
  }
  // Most reports are pure ASCII: such a chunk needs no UTF-8 decoding at all (a fifth of the
  // parse time in bench/parse.bench.ts). decoder.end() first flushes a sequence cut before it.
  const utf8 = new StringDecoder('utf8');
  let pending = false;
  return {
    write: (b) => {
      if (isAscii(b)) {
        const ascii = b.toString('latin1');
        if (!pending) return ascii;
        pending = false;
        return utf8.end() + ascii;
      }
      pending = true;
      return utf8.write(b);
    },
    end: () => utf8.end(),
  };
}

function failed(shown: string, error: string): FileResult {
  return { path: shown, cases: [], warnings: [], walls: {}, error };
}
