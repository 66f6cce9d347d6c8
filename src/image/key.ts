/**
 * The cache key of a built test image. Pure: the build context comes in as data (read by
 * context.ts), the key goes out. The key changes exactly when `docker build` could produce a
 * different image, and is only ever restored exactly: a near match is a different image.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import { compareStrings } from '../order.js';

/** Part of every key and of its digest: bump it when the encoding below or what it covers changes. */
export const KEY_FORMAT_VERSION = 1;

export const KEY_PREFIX = `parallel-tests-image-v${KEY_FORMAT_VERSION}-`;

/**
 * GitHub's cache keys: at most 512 characters, no commas. Prefix (24) + name + '-' + digest
 * stays far below that; the name is only there for people browsing the cache list.
 */
const MAX_NAME_LENGTH = 64;
const DIGEST_HEX_LENGTH = 40;

/** One entry of a build context, as `docker build` sends it. */
export interface ContextFile {
  /** Posix, relative to the context. */
  path: string;
  /** Normalised (see normaliseMode): only the file type and the owner-execute bit survive. */
  mode: number;
  /** Bytes hashed: the content, or a symlink's target string. */
  size: number;
  /** Lowercase hex sha256 of the content, or of a symlink's target string. */
  sha256: string;
}

export interface KeyInput {
  /** Image name, e.g. honua:test-cached. */
  name: string;
  /** The Dockerfile's content. */
  dockerfile: string;
  buildArgs: Record<string, string>;
  /** '' is no target, as `docker build` treats it. */
  target?: string;
  /**
   * '' is none. Without one docker builds for the host, which this pure function cannot see:
   * the caller should pass the host's platform then, or an amd64 image is restored on arm64.
   */
  platform?: string;
  files: ContextFile[];
  /** The user's own salt, e.g. to force a rebuild. */
  suffix?: string;
}

const TYPE_MASK = 0o170000;
const REGULAR = 0o100000;

/**
 * Regular files become 0o100644 or 0o100755 by the owner-execute bit, so that one machine's
 * umask (0o664 against 0o644) does not change the key while `chmod +x` does; symlinks become
 * 0o120000 (their permission bits differ between macOS and Linux and mean nothing). Other
 * types keep only their type bits. A mode without type bits is taken as a regular file's.
 */
export function normaliseMode(mode: number): number {
  const type = mode & TYPE_MASK;
  if (type === REGULAR || type === 0) return REGULAR | (mode & 0o100 ? 0o755 : 0o644);
  return type;
}

/** The image name reduced to GitHub-safe characters, bounded; the digest still covers the full name. */
export function safeImageName(name: string): string {
  const safe = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/^[-.]+|[-.]+$/g, '');
  return safe === '' ? 'image' : safe;
}

function optional(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

function canonicalFiles(files: readonly ContextFile[]): [string, number, string][] {
  const entries = files.map((file): [string, number, string] => {
    if (file.path === '') throw new InputError('a build context file has an empty path');
    if (!/^[0-9a-fA-F]{64}$/.test(file.sha256)) {
      throw new InputError(`build context file ${file.path} has no sha256 (got "${file.sha256}")`);
    }
    return [file.path, normaliseMode(file.mode), file.sha256.toLowerCase()];
  });
  entries.sort((a, b) => compareStrings(a[0], b[0]));
  for (let i = 1; i < entries.length; i++) {
    if (entries[i]![0] === entries[i - 1]![0]) {
      throw new InputError(`build context file ${entries[i]![0]} is listed twice`);
    }
  }
  return entries;
}

/**
 * `parallel-tests-image-v1-<safe name>-<40 hex>`. The digest is a sha256 over one JSON array:
 * JSON strings are self-delimiting, so no two inputs share an encoding (a build arg "a=b" with
 * value "c" is not "a" with value "b=c"). Build args and files are sorted by plain string
 * order (never locale), so insertion order does not matter.
 */
export function imageCacheKey(input: KeyInput): string {
  const args = Object.keys(input.buildArgs)
    .sort(compareStrings)
    .map((name) => [name, input.buildArgs[name]!]);
  const canonical = JSON.stringify([
    'parallel-tests-image',
    KEY_FORMAT_VERSION,
    input.name,
    input.dockerfile,
    args,
    optional(input.target),
    optional(input.platform),
    optional(input.suffix),
    canonicalFiles(input.files),
  ]);
  const digest = createHash('sha256').update(canonical).digest('hex').slice(0, DIGEST_HEX_LENGTH);
  return `${KEY_PREFIX}${safeImageName(input.name)}-${digest}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * One line for the log. Build arg names only: people pass tokens as build args, and a log is
 * public on public repositories.
 */
export function describeKeyInput(input: KeyInput): string {
  let bytes = 0;
  for (const file of input.files) bytes += file.size;
  const count = input.files.length;
  const parts = [`${input.name}: ${count} context file${count === 1 ? '' : 's'}, ${formatBytes(bytes)}`];
  const args = Object.keys(input.buildArgs).sort(compareStrings);
  parts.push(args.length === 0 ? 'no build args' : `build args ${args.join(', ')}`);
  const target = optional(input.target);
  if (target !== null) parts.push(`target ${target}`);
  const platform = optional(input.platform);
  if (platform !== null) parts.push(`platform ${platform}`);
  const suffix = optional(input.suffix);
  if (suffix !== null) parts.push(`suffix ${suffix}`);
  return parts.join('; ');
}
