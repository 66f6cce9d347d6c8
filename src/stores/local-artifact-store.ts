/**
 * Artifacts in a folder, the CLI's store (and the action's when no artifact service is there):
 * `<root>/<run-id>/<suite>-<shard>/` (DESIGN.md), one folder per job, beside a
 * `.artifacts/<name>.json` entry per artifact that says what it holds and until when. A run
 * folder whose every artifact is past its retention is removed at the next upload, as GitHub
 * removes expired artifacts; folders without our entries are never touched.
 */
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactEntry, ArtifactStore, Uploaded, UploadOptions } from './artifact-store.js';

export interface LocalArtifactStoreOptions {
  /** The results folder (the CLI's --results-dir, default TestResults). */
  root: string;
  /** This run's id: its folder below root. */
  run: string;
  /** For tests: the time in ms. */
  now?: () => number;
}

interface Entry {
  name: string;
  /** Relative to the run folder. */
  folder: string;
  created: string;
  expires?: string;
  files: number;
  bytes: number;
}

const ENTRIES = '.artifacts';
const DAY_MS = 24 * 60 * 60 * 1000;
const JOB_ARTIFACT = /^parallel-tests-(.+)-([1-9]\d*)-of-[1-9]\d*(-attempt-[1-9]\d*)?$/;

/** `parallel-tests-<suite>-<shard>-of-<shards>` lives in `<suite>-<shard>/`; other names as they are. */
export function localFolder(name: string): string {
  const m = JOB_ARTIFACT.exec(name);
  const folder = m ? `${m[1]}-${m[2]}${m[3] ?? ''}` : name;
  return folder.replace(/[^A-Za-z0-9._-]+/g, '-');
}

async function filesBelow(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const item of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!item.isFile()) continue;
    files++;
    bytes += (await stat(path.join(item.parentPath, item.name))).size;
  }
  return { files, bytes };
}

async function readEntries(runDir: string): Promise<Entry[]> {
  let names: string[];
  try {
    names = await readdir(path.join(runDir, ENTRIES));
  } catch {
    return [];
  }
  const out: Entry[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    try {
      out.push(JSON.parse(await readFile(path.join(runDir, ENTRIES, name), 'utf8')) as Entry);
    } catch {
      // Half-written or edited by hand: not an artifact of ours.
    }
  }
  return out;
}

export class LocalArtifactStore implements ArtifactStore {
  private readonly root: string;
  private readonly runDir: string;
  private readonly now: () => number;

  constructor(options: LocalArtifactStoreOptions) {
    this.root = path.resolve(options.root);
    this.runDir = path.join(this.root, options.run.replace(/[^A-Za-z0-9._-]+/g, '-'));
    this.now = options.now ?? Date.now;
  }

  /** The folder an artifact of this run lives in (where `run` writes a job's files directly). */
  folderOf(name: string): string {
    return path.join(this.runDir, localFolder(name));
  }

  async upload(name: string, dir: string, options: UploadOptions = {}): Promise<Uploaded> {
    const source = path.resolve(dir);
    const target = this.folderOf(name);
    if (!(await stat(source)).isDirectory()) throw new Error(`${dir}: not a folder`);
    // A job that wrote straight into its folder here has nothing to copy.
    if (source !== target) {
      await rm(target, { recursive: true, force: true });
      await mkdir(path.dirname(target), { recursive: true });
      await cp(source, target, { recursive: true });
    }
    const { files, bytes } = await filesBelow(target);
    const created = this.now();
    const entry: Entry = {
      name,
      folder: path.relative(this.runDir, target),
      created: new Date(created).toISOString(),
      files,
      bytes,
    };
    if (options.retentionDays !== undefined)
      entry.expires = new Date(created + options.retentionDays * DAY_MS).toISOString();
    await mkdir(path.join(this.runDir, ENTRIES), { recursive: true });
    // One file per artifact: jobs of one run upload at the same time, and never write the same entry.
    await writeFile(path.join(this.runDir, ENTRIES, `${localFolder(name)}.json`), JSON.stringify(entry));
    await this.removeExpiredRuns();
    return { location: target, files, bytes };
  }

  async list(prefix: string): Promise<ArtifactEntry[]> {
    const now = this.now();
    return (await readEntries(this.runDir))
      .filter((e) => e.name.startsWith(prefix) && !(e.expires !== undefined && Date.parse(e.expires) <= now))
      .map((e) => ({ name: e.name, id: path.join(this.runDir, e.folder), bytes: e.bytes }));
  }

  async download(entry: ArtifactEntry, dir: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    await cp(entry.id, dir, { recursive: true });
  }

  /** Run folders whose every artifact has expired; this run's is never one (it was just written). */
  private async removeExpiredRuns(): Promise<void> {
    const now = this.now();
    for (const item of await readdir(this.root, { withFileTypes: true })) {
      if (!item.isDirectory()) continue;
      const runDir = path.join(this.root, item.name);
      if (runDir === this.runDir) continue;
      const entries = await readEntries(runDir);
      if (entries.length === 0) continue;
      if (entries.every((e) => e.expires !== undefined && Date.parse(e.expires) <= now))
        await rm(runDir, { recursive: true, force: true });
    }
  }
}
