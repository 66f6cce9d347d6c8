/**
 * The shell half of the image cache key: reads a build context from disk as `docker build`
 * would send it (the files .dockerignore keeps, with their mode and content), hashing each file
 * chunk by chunk, never whole. key.ts turns the result into the key.
 *
 * Directories are not entries, so an empty directory does not change the key. Docker does
 * send empty directories, and `COPY . .` creates them in the image: the rare Dockerfile that
 * depends on one existing (or not) gets a stale image. Accepted: checkouts lose empty
 * directories anyway (git does not track them).
 */
import { createHash } from 'node:crypto';
import fs, { type Dirent } from 'node:fs';
import { readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import dockerignore, { type Ignore } from '@balena/dockerignore';
import { InfrastructureError, InputError } from '../errors.js';
import { compareStrings } from '../order.js';
import { type ContextFile, normaliseMode } from './key.js';

export type { ContextFile } from './key.js';

export interface ReadContextOptions {
  /** The .dockerignore text; default: <dir>/.dockerignore when present. */
  dockerignore?: string;
  /**
   * The Dockerfile, absolute or relative to the context; default `Dockerfile`. Only used to
   * keep it in the context when .dockerignore excludes it (as docker does).
   */
  dockerfile?: string;
  /** Files hashed at once; default 16. */
  concurrency?: number;
}

export const DEFAULT_CONCURRENCY = 16;

const DOCKERIGNORE = '.dockerignore';
const CHUNK_BYTES = 256 * 1024;

const S_IFIFO = 0o010000;
const S_IFCHR = 0o020000;
const S_IFBLK = 0o060000;
const S_IFLNK = 0o120000;

const EMPTY_SHA256 = createHash('sha256').digest('hex');

type Entry =
  | { path: string; kind: 'file' }
  | { path: string; kind: 'link' }
  | { path: string; kind: 'special'; mode: number };

/** Names the file; a permission problem is the user's to fix, anything else is the machine's. */
function readError(what: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const detail = err instanceof Error ? err.message : String(err);
  const message = `cannot read ${what} of the docker build context: ${detail}`;
  return code === 'EACCES' || code === 'EPERM' ? new InputError(message) : new InfrastructureError(message);
}

async function readDockerignore(dir: string): Promise<string> {
  try {
    return await readFile(path.join(dir, DOCKERIGNORE), 'utf8');
  } catch (err) {
    // ENOTDIR: the context is not a directory, which the walk reports.
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return '';
    throw readError(DOCKERIGNORE, err);
  }
}

/** The Dockerfile's path inside the context (posix), or null when it lies outside. */
function dockerfileInContext(dir: string, dockerfile: string): string | null {
  const rel = path.relative(path.resolve(dir), path.resolve(dir, dockerfile));
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

interface Filter {
  keeps(rel: string): boolean;
  /** Whether nothing below this (excluded) directory can be kept, so the walk may skip it. */
  skipsDir(rel: string): boolean;
}

/**
 * Docker's rules (case-sensitive, unlike the library's default). The Dockerfile and
 * .dockerignore are always sent even when excluded, "because they're needed for running the
 * build" (https://docs.docker.com/build/concepts/context/#dockerignore-files; the CLI appends
 * `!.dockerignore` and `!<dockerfile>`: TrimBuildFilesFromExcludes in docker/cli
 * cli/command/image/build/dockerignore.go). ADD and COPY still cannot see them, so this may
 * rebuild for an ignored Dockerfile's edit; its content is in the key anyway.
 */
function createFilter(text: string, always: ReadonlySet<string>): Filter {
  // CommonJS typed with `export default`: under NodeNext the default import is module.exports,
  // which holds the factory again as `.default` (ignore.js sets factory.default = factory).
  const rules: Ignore = dockerignore.default({ ignorecase: false }).add(text);
  // An exception (`!`) can bring back a file below an excluded directory, so the walk may skip
  // a directory only when there is none; any `!` at all counts, to stay on the safe side.
  const exceptions = text.includes('!');
  const keptBelow = (rel: string) => [...always].some((keep) => keep.startsWith(`${rel}/`));
  return {
    keeps: (rel) => always.has(rel) || !rules.ignores(rel),
    skipsDir: (rel) => !exceptions && rules.ignores(rel) && !keptBelow(rel),
  };
}

function entryOf(rel: string, dirent: Dirent): Entry | null {
  if (dirent.isFile()) return { path: rel, kind: 'file' };
  if (dirent.isSymbolicLink()) return { path: rel, kind: 'link' };
  if (dirent.isFIFO()) return { path: rel, kind: 'special', mode: S_IFIFO };
  if (dirent.isCharacterDevice()) return { path: rel, kind: 'special', mode: S_IFCHR };
  if (dirent.isBlockDevice()) return { path: rel, kind: 'special', mode: S_IFBLK };
  // Sockets: docker's archiver skips them with a warning (moby pkg/archive).
  return null;
}

/** Every kept entry below dir (posix paths), directories walked one at a time. */
async function walk(dir: string, filter: Filter): Promise<Entry[]> {
  const entries: Entry[] = [];
  const pending: string[] = [''];
  for (let rel = pending.pop(); rel !== undefined; rel = pending.pop()) {
    let dirents: Dirent[];
    try {
      dirents = await readdir(path.join(dir, rel), { withFileTypes: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (rel === '' && (code === 'ENOENT' || code === 'ENOTDIR')) {
        throw new InputError(`the docker build context ${dir} is not a directory that exists`);
      }
      throw readError(rel === '' ? `the directory ${dir}` : `the directory ${rel}`, err);
    }
    for (const dirent of dirents) {
      const child = rel === '' ? dirent.name : `${rel}/${dirent.name}`;
      if (dirent.isDirectory()) {
        if (!filter.skipsDir(child)) pending.push(child);
        continue;
      }
      if (!filter.keeps(child)) continue;
      const entry = entryOf(child, dirent);
      if (entry !== null) entries.push(entry);
    }
  }
  return entries;
}

interface Hashed {
  mode: number;
  size: number;
  sha256: string;
}

/**
 * Streams one regular file through sha256, chunk by chunk in the worker's own buffer, the mode
 * from the open descriptor. Callback fs rather than FileHandle or createReadStream: on 9,000
 * small files (bench/image-key.bench.ts) those took 2 to 4 times as long, every await or stream
 * event one more trip through the event loop for each of a file's 4 or 5 system calls.
 */
function hashFile(file: string, buffer: Buffer): Promise<Hashed> {
  return new Promise((resolve, reject) => {
    fs.open(file, 'r', (openError, fd) => {
      if (openError) return reject(openError);
      const finish = (error: Error | null, hashed?: Hashed) =>
        fs.close(fd, (closeError) => {
          const failure = error ?? closeError;
          if (failure) reject(failure);
          else resolve(hashed!);
        });
      fs.fstat(fd, (statError, stats) => {
        if (statError) return finish(statError);
        const hash = createHash('sha256');
        let size = 0;
        const next = () =>
          fs.read(fd, buffer, 0, buffer.length, null, (readError, bytesRead) => {
            if (readError) return finish(readError);
            hash.update(buffer.subarray(0, bytesRead));
            size += bytesRead;
            // A short read that reaches the size fstat gave is the end: one read fewer per small file.
            if (bytesRead === 0 || (bytesRead < buffer.length && size >= stats.size)) {
              return finish(null, { mode: normaliseMode(stats.mode), size, sha256: hash.digest('hex') });
            }
            next();
          });
        next();
      });
    });
  });
}

async function hashRegular(dir: string, rel: string, buffer: Buffer): Promise<ContextFile> {
  try {
    return { path: rel, ...(await hashFile(path.join(dir, rel), buffer)) };
  } catch (err) {
    throw readError(`the file ${rel}`, err);
  }
}

/** Docker sends a symlink as a link, never what it points to: its target string is what counts. */
async function hashLink(dir: string, rel: string): Promise<ContextFile> {
  let target: string;
  try {
    target = await readlink(path.join(dir, rel));
  } catch (err) {
    throw readError(`the symlink ${rel}`, err);
  }
  const bytes = Buffer.from(target, 'utf8');
  return {
    path: rel,
    mode: S_IFLNK,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Hashes entries with at most `concurrency` files open; the first failure stops the rest. */
async function hashAll(dir: string, entries: readonly Entry[], concurrency: number): Promise<ContextFile[]> {
  const results = new Array<ContextFile>(entries.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    while (!failed && next < entries.length) {
      const index = next++;
      const entry = entries[index]!;
      try {
        if (entry.kind === 'file') results[index] = await hashRegular(dir, entry.path, buffer);
        else if (entry.kind === 'link') results[index] = await hashLink(dir, entry.path);
        else results[index] = { path: entry.path, mode: entry.mode, size: 0, sha256: EMPTY_SHA256 };
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
  return results;
}

/**
 * The build context below `dir` as `docker build` sends it: every file .dockerignore keeps
 * (plus the Dockerfile and .dockerignore themselves), sorted by path in plain string order.
 * Symlinks are not followed. Throws, naming the file, when one cannot be read.
 */
export async function readContext(dir: string, options: ReadContextOptions = {}): Promise<ContextFile[]> {
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new InputError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  }
  const text = options.dockerignore ?? (await readDockerignore(dir));
  const always = new Set([DOCKERIGNORE]);
  const dockerfile = dockerfileInContext(dir, options.dockerfile ?? 'Dockerfile');
  if (dockerfile !== null) always.add(dockerfile);
  const entries = await walk(dir, createFilter(text, always));
  const files = await hashAll(dir, entries, concurrency);
  return files.sort((a, b) => compareStrings(a.path, b.path));
}
