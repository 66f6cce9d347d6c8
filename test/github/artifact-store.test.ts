import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GitHubArtifactStore, pickArtifactStore } from '../../src/github/artifact-store.js';
import { downloadRunArtifacts } from '../../src/stores/artifact-store.js';
import { LocalArtifactStore } from '../../src/stores/local-artifact-store.js';
import { type ArtifactService, startArtifactService } from '../helpers/artifact-service.js';
import { tempDir, writeTree } from '../helpers/run.js';

const PORT = 18650;
const load = () => import('../../src/github/actions-artifact.js');

describe('GitHub artifact store, against a local artifact service speaking its routes', () => {
  let service: ArtifactService;
  const saved = { ...process.env };
  beforeAll(async () => {
    service = await startArtifactService(PORT);
    process.env.ACTIONS_RESULTS_URL = service.url;
    process.env.ACTIONS_RUNTIME_TOKEN = service.token();
    process.env.GITHUB_WORKSPACE = tempDir();
    // The client logs through @actions/core (workflow commands on stdout): kept out of the test log.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    process.env = saved;
    await service.close();
  });

  it('uploads a job folder as one zip with its retention, lists it, downloads the same files back', async () => {
    const job = tempDir();
    writeTree(job, {
      'junit.xml': '<testsuite name="py"><testcase name="t"/></testsuite>',
      'parallel-tests-job.json': '{"version":1}',
      'logs/python.log': 'collected 1 item\n',
    });
    const store = new GitHubArtifactStore(load);
    const up = await store.upload('parallel-tests-py-1-of-2', job, { retentionDays: 5 });
    expect(up.files).toBe(3);
    expect(up.location).toBe('artifact 1');
    const stored = service.artifacts[0]!;
    expect(stored).toMatchObject({ name: 'parallel-tests-py-1-of-2', finalized: true });
    expect(stored.size).toBe(stored.blob!.length);
    expect(stored.blob!.subarray(0, 2).toString('latin1')).toBe('PK');
    const days = (Date.parse(stored.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(4.9);
    expect(days).toBeLessThan(5.1);
    expect(service.calls.slice(0, 4)).toEqual([
      'CreateArtifact',
      'PUT block',
      'PUT blocklist',
      'FinalizeArtifact',
    ]);

    await store.upload('parallel-tests-py-2-of-2', job);
    await store.upload('parallel-tests-py-2-of-2-attempt-2', job);
    await store.upload('coverage', job);
    expect(service.artifacts[1]!.expiresAt).toBeUndefined();
    expect((await store.list('parallel-tests-')).map((e) => [e.name, e.id])).toEqual([
      ['parallel-tests-py-1-of-2', '1'],
      ['parallel-tests-py-2-of-2', '2'],
      ['parallel-tests-py-2-of-2-attempt-2', '3'],
    ]);

    const into = tempDir();
    const got = await downloadRunArtifacts(store, { dir: into, attempt: 2, log: () => {} });
    expect(got.map((e) => e.name)).toEqual([
      'parallel-tests-py-1-of-2',
      'parallel-tests-py-2-of-2-attempt-2',
    ]);
    for (const name of ['parallel-tests-py-1-of-2', 'parallel-tests-py-2-of-2-attempt-2']) {
      expect(readFileSync(path.join(into, name, 'logs/python.log'), 'utf8')).toBe('collected 1 item\n');
      expect(readFileSync(path.join(into, name, 'junit.xml'), 'utf8')).toContain('<testcase name="t"/>');
    }
  });

  it('an upload the service refuses is an error the caller can turn into a warning', async () => {
    const job = tempDir();
    writeTree(job, { 'junit.xml': '<testsuite/>' });
    await expect(new GitHubArtifactStore(load).upload('parallel-tests-py-1-of-2', job)).rejects.toThrow(
      /already exists/,
    );
  });
});

describe('which artifact store the action picks', () => {
  it.each([
    [
      { PARALLEL_TESTS_ARTIFACTS_DIR: '/tmp/a', ACTIONS_RESULTS_URL: 'u', ACTIONS_RUNTIME_TOKEN: 't' },
      LocalArtifactStore,
    ],
    [{ ACTIONS_RESULTS_URL: 'u', ACTIONS_RUNTIME_TOKEN: 't' }, GitHubArtifactStore],
  ])('%j', (env, kind) => {
    expect(pickArtifactStore(env, '7')?.store).toBeInstanceOf(kind);
  });

  it('none without a folder or the service', () => {
    expect(pickArtifactStore({ ACTIONS_RESULTS_URL: 'u' }, '7')).toBeUndefined();
  });
});
