/**
 * The shell half of the results engine: expands the user's patterns and streams each file
 * through a parser. Everything it learns about a file becomes data in that file's FileResult;
 * nothing is thrown for one bad file, so the others always count.
 */
import { isAscii } from 'node:buffer';
import { createReadStream, readdir, readFileSync, realpathSync, statSync } from 'node:fs';
import { lstat, readFile, stat } from 'node:fs/promises';
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
  // The same file reached through several symlinks (or spellings) is one file.
  const real = new Set<string>();
  const files: FileResult[] = [];
  const unmatched: string[] = [];
  const negated = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const walk = walkRecordingErrors();
  // What each pattern matches, first: the job records beside those files name their suites
  // before any file is read (a file is folded as it streams).
  const matched: { pattern: string; files: string[] }[] = [];
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    // A name that exists is that file, glob characters and all: "TestResults (1).trx", "results[py3.11].xml".
    const literal = path.resolve(cwd, pattern);
    if (isDynamicPattern(pattern) && !(await exists(literal))) {
      const found = await glob([pattern], { cwd, absolute: true, ignore: negated, dot: true, fs: walk.fs });
      matched.push({ pattern, files: found.sort() });
    } else {
      matched.push({ pattern, files: [literal] });
    }
  }
  const jobs: FoundJob[] = [];
  const recordErrors: FileResult[] = [];
  /** Result file (resolved) -> the suite of the job record that lists it. */
  const suiteOf = new Map<string, string>();
  if (options.jobRecords) {
    const positives = patterns.filter((p) => !p.startsWith('!'));
    const candidates = new Set(
      matched.flatMap((m) => m.files).filter((f) => path.basename(f) !== JOB_RECORD_FILE),
    );
    for (const record of await findJobRecords(positives, negated, candidates, cwd)) {
      const read = await readJobRecord(record, display(cwd, record));
      if (read === null) continue;
      if ('error' in read) recordErrors.push(failed(display(cwd, record), read.error));
      else {
        jobs.push(read);
        for (const result of read.record.results)
          suiteOf.set(path.resolve(path.dirname(record), result), read.record.suite);
      }
    }
  }
  for (const { pattern, files: matches } of matched) {
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
      const canonical = canonicalOf(file);
      if (real.has(canonical)) {
        seen.add(file);
        found++;
        continue;
      }
      const suite = suiteOf.get(file);
      const result = await readResultFile(file, display(cwd, file), {
        ...options,
        ...(suite !== undefined ? { suite } : {}),
      });
      if (result === null) continue;
      seen.add(file);
      real.add(canonical);
      found++;
      files.push(result);
      options.fold?.addFile(result);
    }
    if (found === 0) unmatched.push(pattern);
  }
  // A folder the walk could not enter may hold failing tests: never skipped silently.
  for (const [dir, reason] of walk.errors) {
    const result = failed(
      display(cwd, dir),
      `cannot read this directory (${reason}): result files in it are not counted`,
    );
    files.push(result);
    options.fold?.addFile(result);
  }
  for (const result of recordErrors) {
    files.push(result);
    options.fold?.addFile(result);
  }
  return { files, unmatched, jobs };
}

function canonicalOf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** tinyglobby's fs with readdir watched: the glob skips folders it cannot read without a word. */
function walkRecordingErrors(): { fs: { readdir: typeof readdir }; errors: Map<string, string> } {
  const errors = new Map<string, string>();
  const watched = ((
    dir: string,
    opts: unknown,
    callback: (err: NodeJS.ErrnoException | null, entries?: unknown) => void,
  ) =>
    (readdir as unknown as (d: string, o: unknown, cb: typeof callback) => void)(
      dir,
      opts,
      (err, entries) => {
        if (err && err.code !== 'ENOENT' && err.code !== 'ENOTDIR') {
          errors.set(dir.replace(/\/+$/, '') || dir, err.code ?? err.message);
        }
        callback(err, entries);
      },
    )) as unknown as typeof readdir;
  return { fs: { readdir: watched }, errors };
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
    if (!(await stat(file)).isFile()) return { error: 'job record: not a regular file: not read' };
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

/** Files up to this size are read in one piece; larger ones stream. */
const WHOLE_READ_BYTES = 1024 * 1024;

/** Reads one file; null when it does not exist (the pattern then matched nothing). */
export async function readResultFile(
  file: string,
  shown: string,
  options: Pick<CollectOptions, 'limits' | 'fold'> & { suite?: string } = {},
): Promise<FileResult | null> {
  let info: ReturnType<typeof statSync>;
  try {
    // Sync, as realpath above and the small read below: a 1,000-file matrix spent a third of
    // its time idle, waiting on the thread pool for one stat and one realpath per file.
    info = statSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return failed(shown, `cannot read: ${(err as Error).message}`);
  }
  if (info.isDirectory()) return failed(shown, 'a directory, where a test result file was expected');
  // A FIFO blocks and /dev/zero never ends (also behind a *.xml symlink a glob matched).
  if (!info.isFile()) return failed(shown, 'not a regular file (a FIFO, device or socket): not read');
  const { limits, fold } = options;
  const parser = createResultParser(shown, {
    ...(limits ? { limits } : {}),
    ...(fold ? { onCase: fold.startFile(shown, options.suite) } : {}),
  });
  let decoder: Decoder | null = null;
  try {
    if (info.size <= WHOLE_READ_BYTES) {
      // A small file in one read: a stream's open, reads and close (each a trip to the thread
      // pool) and its buffer cost more than the parse (a 1,000-file matrix: 2x the time).
      const bytes = readFileSync(file);
      if (bytes.length > 0) {
        decoder = decoderFor(bytes);
        parser.write(decoder.write(bytes));
        if (!parser.done) parser.write(decoder.end());
      }
    } else {
      // 64 KiB chunks: a chunk's string is young and dies young (at 256 KiB each one went to
      // V8's large-object space, freed only by a full GC): dense 200k, 218 -> 164 MB peak RSS.
      for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
        const bytes = chunk as Buffer;
        decoder ??= decoderFor(bytes);
        parser.write(decoder.write(bytes));
        // After a fatal error nothing more can count: the rest of a 1 GB binary is not read.
        if (parser.done) break;
      }
      if (decoder && !parser.done) parser.write(decoder.end());
    }
  } catch (err) {
    const result = parser.end();
    if (options.suite !== undefined) result.suite = options.suite;
    result.error = `cannot read: ${err instanceof Error ? err.message : String(err)}`;
    return result;
  }
  const result = parser.end();
  if (options.suite !== undefined) result.suite = options.suite;
  const note = decoder?.note();
  if (note !== undefined) result.warnings.unshift(note);
  return result;
}

interface Decoder {
  write(bytes: Buffer): string;
  end(): string;
  /** What the reader should know about the decoding (an encoding not supported, bytes replaced). */
  note(): string | undefined;
}

const DECLARED_ENCODING = /^(?:\xEF\xBB\xBF)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const LATIN1 = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1']);
const UTF8 = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/**
 * UTF-16 reports (some Windows tools) announce themselves with a byte-order mark. StringDecoder
 * (native, faster than TextDecoder here) covers UTF-8 and UTF-16LE; only UTF-16BE needs
 * TextDecoder. Without a byte-order mark the XML declaration's encoding decides: ISO-8859-1
 * exactly (Buffer's latin1), other single-byte encodings through TextDecoder, else UTF-8.
 * The parser drops a leading byte-order mark itself.
 */
function decoderFor(head: Buffer): Decoder {
  if (head[0] === 0xfe && head[1] === 0xff) {
    const text = new TextDecoder('utf-16be');
    return {
      write: (b) => text.decode(b, { stream: true }),
      end: () => text.decode(),
      note: () => undefined,
    };
  }
  if (head[0] === 0xff && head[1] === 0xfe) {
    const utf16 = new StringDecoder('utf16le');
    return { write: (b) => utf16.write(b), end: () => utf16.end(), note: () => undefined };
  }
  const declared = DECLARED_ENCODING.exec(head.subarray(0, 512).toString('latin1'))?.[1]?.toLowerCase();
  if (declared !== undefined && !UTF8.has(declared)) {
    if (LATIN1.has(declared))
      return { write: (b) => b.toString('latin1'), end: () => '', note: () => undefined };
    try {
      const text = new TextDecoder(declared);
      return {
        write: (b) => text.decode(b, { stream: true }),
        end: () => text.decode(),
        note: () => undefined,
      };
    } catch {
      return utf8Decoder(`the declared encoding "${declared}" is not supported: read as UTF-8`);
    }
  }
  return utf8Decoder();
}

const REPLACEMENT = 0xfffd;

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** U+FFFD written as UTF-8 (EF BF BD): a replacement character the file really holds. */
function countEncodedReplacements(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function utf8Decoder(unsupported?: string): Decoder {
  // Most reports are pure ASCII: such a chunk needs no UTF-8 decoding at all (a fifth of the
  // parse time in bench/parse.bench.ts). decoder.end() first flushes a sequence cut before it.
  const utf8 = new StringDecoder('utf8');
  let pending = false;
  // Invalid bytes come out as U+FFFD: more of those than the file spells is a replacement.
  // The last two bytes of the chunk before count too, for a U+FFFD cut between chunks.
  let tail: Buffer = Buffer.alloc(0);
  let replaced = false;
  const check = (out: string, bytes: Buffer) => {
    if (!replaced && out.length > 0 && out.indexOf(String.fromCharCode(REPLACEMENT)) !== -1) {
      replaced = countReplacements(out) > countEncodedReplacements(Buffer.concat([tail, bytes]));
    }
    tail = bytes.subarray(Math.max(0, bytes.length - 2));
    return out;
  };
  return {
    write: (b) => {
      if (isAscii(b)) {
        const ascii = b.toString('latin1');
        if (!pending) return ascii;
        pending = false;
        return check(utf8.end(), Buffer.alloc(0)) + ascii;
      }
      pending = true;
      return check(utf8.write(b), b);
    },
    end: () => check(utf8.end(), Buffer.alloc(0)),
    note: () =>
      unsupported ??
      (replaced
        ? 'bytes that are not UTF-8 were replaced by U+FFFD (declare the encoding in the XML declaration if the file has another)'
        : undefined),
  };
}

function failed(shown: string, error: string): FileResult {
  return { path: shown, cases: [], warnings: [], walls: {}, error };
}
