import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  DEFAULT_CACHE_DIR
} from "./chunk-Z2KYCZEJ.js";
import "./chunk-JGZF7R3L.js";

// src/cache/local-store.ts
import { cp, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
var DEFAULT_MAX_BYTES = 10 * 1024 * 1024 * 1024;
async function placeCopy(from, to) {
  if ((await stat(from)).isFile()) {
    try {
      await link(from, to);
      return;
    } catch {
    }
  }
  await cp(from, to, { recursive: true });
}
function entryName(key) {
  return Buffer.from(key).toString("base64url");
}
async function sizeOf(p) {
  const info = await stat(p);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(p)) total += await sizeOf(path.join(p, name));
  return total;
}
var LocalCacheStore = class {
  root;
  maxBytes;
  now;
  cwd;
  constructor(options) {
    this.root = options.root;
    this.cwd = options.cwd ?? process.cwd();
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.now = options.now ?? Date.now;
  }
  async entries() {
    let names;
    try {
      names = await readdir(this.root);
    } catch {
      return [];
    }
    const out = [];
    for (const name of names) {
      if (name.startsWith(".tmp-")) continue;
      const dir = path.join(this.root, name);
      try {
        out.push({ dir, meta: JSON.parse(await readFile(path.join(dir, "meta.json"), "utf8")) });
      } catch {
      }
    }
    return out;
  }
  async restore(paths, key, restoreKeys, options = {}) {
    const all = await this.entries();
    const same = all.filter((e) => e.meta.paths.join("\n") === paths.join("\n"));
    let hit = same.find((e) => e.meta.key === key);
    for (const prefix of restoreKeys) {
      if (hit) break;
      hit = same.filter((e) => e.meta.key.startsWith(prefix)).sort((a, b) => b.meta.created - a.meta.created || (a.meta.key < b.meta.key ? 1 : -1))[0];
    }
    if (!hit) return void 0;
    if (options.lookupOnly) return hit.meta.key;
    for (const [i, p] of paths.entries()) {
      const target = path.resolve(this.cwd, p);
      await mkdir(path.dirname(target), { recursive: true });
      await rm(target, { recursive: true, force: true });
      await placeCopy(path.join(hit.dir, `f${i}`), target);
    }
    const t = new Date(this.now());
    await utimes(path.join(hit.dir, "meta.json"), t, t);
    return hit.meta.key;
  }
  async save(paths, key) {
    const final = path.join(this.root, entryName(key));
    try {
      await stat(final);
      return;
    } catch {
    }
    await mkdir(this.root, { recursive: true });
    const tmp = path.join(
      this.root,
      `.tmp-${process.pid}-${this.now()}-${Math.random().toString(36).slice(2)}`
    );
    await mkdir(tmp);
    const meta = { key, created: this.now(), paths };
    for (const [i, p] of paths.entries()) {
      await cp(path.resolve(this.cwd, p), path.join(tmp, `f${i}`), { recursive: true });
    }
    await writeFile(path.join(tmp, "meta.json"), JSON.stringify(meta));
    const t = new Date(meta.created);
    await utimes(path.join(tmp, "meta.json"), t, t);
    try {
      await rename(tmp, final);
    } catch {
      await rm(tmp, { recursive: true, force: true });
    }
    await this.evict();
  }
  async discard(key) {
    await rm(path.join(this.root, entryName(key)), { recursive: true, force: true });
  }
  async evict() {
    const all = await this.entries();
    const sized = await Promise.all(
      all.map(async (e) => ({
        ...e,
        bytes: await sizeOf(e.dir),
        used: (await stat(path.join(e.dir, "meta.json"))).mtimeMs
      }))
    );
    let total = sized.reduce((n, e) => n + e.bytes, 0);
    for (const e of sized.sort((a, b) => a.used - b.used)) {
      if (total <= this.maxBytes) break;
      await rm(e.dir, { recursive: true, force: true });
      total -= e.bytes;
    }
  }
};
export {
  DEFAULT_CACHE_DIR,
  LocalCacheStore
};
