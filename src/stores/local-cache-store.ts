/**
 * A cache in a directory (the CLI's default: ~/.cache/parallel-tests). An entry is a folder
 * holding copies of the saved files and a meta.json; it is written under a temporary name and
 * renamed into place, so a reader never sees half an entry. Past `maxBytes`, the entries used
 * least recently are removed.
 */
import { cp, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CacheStore, RestoreOptions } from './cache-store.js';

interface Meta {
  key: string;
  created: number;
  /** The paths as given to save(); like GitHub's, an entry restores only for the same list. */
  paths: string[];
}

export interface LocalStoreOptions {
  root: string;
  /** Total size the store may use before old entries go. */
  maxBytes?: number;
  /** What relative paths are relative to (default: the process's working directory). */
  cwd?: string;
  /** For tests: the time in ms. */
  now?: () => number;
}

export { DEFAULT_CACHE_DIR } from '../defaults.js';

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024 * 1024;

/**
 * A restored file is a hard link to the entry when it can be (an image tar is hundreds of MB:
 * copying it cost more than loading it); entries are never written after they are made, and a
 * caller that deletes its copy only removes its own link. Folders, and other filesystems, copy.
 */
async function placeCopy(from: string, to: string): Promise<void> {
  if ((await stat(from)).isFile()) {
    try {
      await link(from, to);
      return;
    } catch {
      // Another filesystem (EXDEV) or no links allowed: copy instead.
    }
  }
  await cp(from, to, { recursive: true });
}

function entryName(key: string): string {
  return Buffer.from(key).toString('base64url');
}

async function sizeOf(p: string): Promise<number> {
  const info = await stat(p);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(p)) total += await sizeOf(path.join(p, name));
  return total;
}

export class LocalCacheStore implements CacheStore {
  private readonly root: string;
  private readonly maxBytes: number;
  private readonly now: () => number;
  private readonly cwd: string;

  constructor(options: LocalStoreOptions) {
    this.root = options.root;
    this.cwd = options.cwd ?? process.cwd();
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.now = options.now ?? Date.now;
  }

  private async entries(): Promise<{ dir: string; meta: Meta }[]> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch {
      return [];
    }
    const out: { dir: string; meta: Meta }[] = [];
    for (const name of names) {
      if (name.startsWith('.tmp-')) continue;
      const dir = path.join(this.root, name);
      try {
        out.push({ dir, meta: JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8')) as Meta });
      } catch {
        // An entry without readable meta is not an entry (a crash mid-write leaves only .tmp-).
      }
    }
    return out;
  }

  async restore(
    paths: string[],
    key: string,
    restoreKeys: string[],
    options: RestoreOptions = {},
  ): Promise<string | undefined> {
    const all = await this.entries();
    const same = all.filter((e) => e.meta.paths.join('\n') === paths.join('\n'));
    let hit = same.find((e) => e.meta.key === key);
    for (const prefix of restoreKeys) {
      if (hit) break;
      hit = same
        .filter((e) => e.meta.key.startsWith(prefix))
        .sort((a, b) => b.meta.created - a.meta.created || (a.meta.key < b.meta.key ? 1 : -1))[0];
    }
    if (!hit) return undefined;
    if (options.lookupOnly) return hit.meta.key;
    for (const [i, p] of paths.entries()) {
      const target = path.resolve(this.cwd, p);
      await mkdir(path.dirname(target), { recursive: true });
      await rm(target, { recursive: true, force: true });
      await placeCopy(path.join(hit.dir, `f${i}`), target);
    }
    // Least-recently-used eviction reads this time.
    const t = new Date(this.now());
    await utimes(path.join(hit.dir, 'meta.json'), t, t);
    return hit.meta.key;
  }

  async save(paths: string[], key: string): Promise<void> {
    const final = path.join(this.root, entryName(key));
    try {
      await stat(final);
      return;
    } catch {
      // Not there yet: write it.
    }
    await mkdir(this.root, { recursive: true });
    const tmp = path.join(
      this.root,
      `.tmp-${process.pid}-${this.now()}-${Math.random().toString(36).slice(2)}`,
    );
    await mkdir(tmp);
    const meta: Meta = { key, created: this.now(), paths };
    for (const [i, p] of paths.entries()) {
      await cp(path.resolve(this.cwd, p), path.join(tmp, `f${i}`), { recursive: true });
    }
    await writeFile(path.join(tmp, 'meta.json'), JSON.stringify(meta));
    const t = new Date(meta.created);
    await utimes(path.join(tmp, 'meta.json'), t, t);
    try {
      await rename(tmp, final);
    } catch {
      // Another writer saved the same key first; entries are immutable, so theirs stands.
      await rm(tmp, { recursive: true, force: true });
    }
    await this.evict();
  }

  async discard(key: string): Promise<void> {
    await rm(path.join(this.root, entryName(key)), { recursive: true, force: true });
  }

  private async evict(): Promise<void> {
    const all = await this.entries();
    const sized = await Promise.all(
      all.map(async (e) => ({
        ...e,
        bytes: await sizeOf(e.dir),
        used: (await stat(path.join(e.dir, 'meta.json'))).mtimeMs,
      })),
    );
    let total = sized.reduce((n, e) => n + e.bytes, 0);
    for (const e of sized.sort((a, b) => a.used - b.used)) {
      if (total <= this.maxBytes) break;
      await rm(e.dir, { recursive: true, force: true });
      total -= e.bytes;
    }
  }
}
