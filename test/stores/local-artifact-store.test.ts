import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadRunArtifacts } from '../../src/stores/artifact-store.js';
import { LocalArtifactStore, localFolder } from '../../src/stores/local-artifact-store.js';
import { tempDir, writeTree } from '../helpers/run.js';

const DAY = 24 * 60 * 60 * 1000;

describe('local artifact store: the TestResults/<run-id>/<suite>-<shard>/ tree', () => {
  it.each([
    ['parallel-tests-python-2-of-3', 'python-2'],
    ['parallel-tests-my-suite-1-of-1-attempt-2', 'my-suite-1-attempt-2'],
    ['coverage report', 'coverage-report'],
  ])('%s lives in %s/', (name, folder) => {
    expect(localFolder(name)).toBe(folder);
  });

  it('uploads a job folder, lists it by prefix, downloads it with its paths', async () => {
    const root = tempDir();
    const job = tempDir();
    writeTree(job, { 'junit.xml': '<testsuite/>', 'parallel-tests-job.json': '{}', 'logs/run.log': 'ok\n' });
    const store = new LocalArtifactStore({ root, run: '42-1' });
    const up = await store.upload('parallel-tests-py-1-of-2', job, { retentionDays: 3 });
    expect(up).toEqual({ location: path.join(root, '42-1/py-1'), files: 3, bytes: 12 + 2 + 3 });
    expect(readFileSync(path.join(root, '42-1/py-1/logs/run.log'), 'utf8')).toBe('ok\n');
    await store.upload('other', job);
    const listed = await store.list('parallel-tests-');
    expect(listed.map((e) => e.name)).toEqual(['parallel-tests-py-1-of-2']);

    const into = tempDir();
    const got = await downloadRunArtifacts(store, { dir: into, attempt: 1, log: () => {} });
    expect(got.map((e) => e.name)).toEqual(['parallel-tests-py-1-of-2']);
    expect(readFileSync(path.join(into, 'parallel-tests-py-1-of-2/logs/run.log'), 'utf8')).toBe('ok\n');
  });

  it('a job that wrote into its folder directly is recorded, not copied onto itself', async () => {
    const root = tempDir();
    const store = new LocalArtifactStore({ root, run: 'r' });
    const folder = store.folderOf('parallel-tests-cs-1-of-1');
    writeTree(folder, { 'run.trx': '<TestRun/>' });
    expect((await store.upload('parallel-tests-cs-1-of-1', folder)).files).toBe(1);
    expect(readFileSync(path.join(folder, 'run.trx'), 'utf8')).toBe('<TestRun/>');
  });

  it('keeps artifacts for their retention: expired ones are not listed, and their run folder goes', async () => {
    const root = tempDir();
    const job = tempDir();
    writeTree(job, { 'junit.xml': '<testsuite/>' });
    let now = Date.UTC(2026, 11, 1);
    const old = new LocalArtifactStore({ root, run: 'old', now: () => now });
    await old.upload('parallel-tests-py-1-of-1', job, { retentionDays: 1 });
    const kept = new LocalArtifactStore({ root, run: 'kept', now: () => now });
    await kept.upload('parallel-tests-py-1-of-1', job);
    writeTree(root, { 'mine/notes.txt': 'not an artifact' });

    now += 2 * DAY;
    expect(await old.list('parallel-tests-')).toEqual([]);
    const later = new LocalArtifactStore({ root, run: 'new', now: () => now });
    await later.upload('parallel-tests-py-1-of-1', job, { retentionDays: 1 });
    expect(existsSync(path.join(root, 'old'))).toBe(false);
    expect(existsSync(path.join(root, 'kept/py-1/junit.xml'))).toBe(true);
    expect(existsSync(path.join(root, 'mine/notes.txt'))).toBe(true);
  });

  it('a download that fails names the artifact', async () => {
    const root = tempDir();
    const job = tempDir();
    writeTree(job, { 'junit.xml': '<testsuite/>' });
    await new LocalArtifactStore({ root, run: 'r' }).upload('parallel-tests-py-1-of-1', job);
    const broken = new (class extends LocalArtifactStore {
      override async download(): Promise<void> {
        throw new Error('disk gone');
      }
    })({ root, run: 'r' });
    await expect(downloadRunArtifacts(broken, { dir: tempDir(), attempt: 1, log: () => {} })).rejects.toThrow(
      'artifact parallel-tests-py-1-of-1: download failed: disk gone',
    );
  });
});
