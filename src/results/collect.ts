/**
 * The shell half of the results engine: expands the user's patterns and streams each file
 * through a parser. Everything it learns about a file becomes data in that file's FileResult;
 * nothing is thrown for one bad file, so the others always count.
 */
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { TextDecoder } from 'node:util';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FileResult, TextLimits } from './model.js';
import { createResultParser } from './parse.js';

export interface CollectOptions {
  /** Where relative patterns start, and what reported paths are relative to. */
  cwd: string;
  limits?: TextLimits;
}

export interface Collected {
  files: FileResult[];
  /** Patterns that matched no file, in the order given. */
  unmatched: string[];
}

// Apart in a module of its own so that the action reads its inputs without loading the parsers.
export { splitPatterns } from './patterns.js';

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
      if (seen.has(file)) {
        found++;
        continue;
      }
      const result = await readResultFile(file, display(cwd, file), options.limits);
      if (result === null) continue;
      seen.add(file);
      found++;
      files.push(result);
    }
    if (found === 0) unmatched.push(pattern);
  }
  return { files, unmatched };
}

/** Reads one file; null when it does not exist (the pattern then matched nothing). */
export async function readResultFile(
  file: string,
  shown: string,
  limits?: TextLimits,
): Promise<FileResult | null> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return failed(shown, `cannot read: ${(err as Error).message}`);
  }
  if (info.isDirectory()) return failed(shown, 'a directory, where a test result file was expected');
  const parser = createResultParser(shown, limits ? { limits } : {});
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
