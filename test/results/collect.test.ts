import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectResults } from '../../src/results/collect.js';
import { tempDir, writeTree } from '../helpers/run.js';

const ok = (name: string) => `<testsuite name="s"><testcase classname="c" name="${name}"/></testsuite>`;

describe('collecting result files from globs', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeTree(dir, {
      'job-1/results/a.xml': ok('a'),
      'job-2/results/b.xml': ok('b'),
      'job-2/results/ignored.xml': ok('ignored'),
      'secret.txt': 'TOP-SECRET-CONTENT',
      'bad/empty.xml': '',
      'bad/not-xml.xml': 'Traceback (most recent call last):',
      // The DOCTYPE names a real file, to prove it is never read.
      'bad/xxe.xml': `<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY s SYSTEM "file://${path.join(dir, 'secret.txt')}">]>\n<testsuite name="s"><testcase name="t"><failure message="&s;">&s;</failure></testcase></testsuite>`,
      'utf16.xml': '',
    });
    mkdirSync(path.join(dir, 'bad/dir.xml'));
    writeFileSync(
      path.join(dir, 'utf16.xml'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ok('wide'), 'utf16le')]),
    );
  });

  it('expands globs across job folders, honours "!" exclusions, sorts, reads each file once', async () => {
    const got = await collectResults(['job-*/results/*.xml', '!**/ignored.xml', 'job-1/results/a.xml'], {
      cwd: dir,
    });
    expect(got.files.map((f) => f.path)).toEqual(['job-1/results/a.xml', 'job-2/results/b.xml']);
    expect(got.unmatched).toEqual([]);
  });

  it('names each bad file and its reason; the good ones still count', async () => {
    const got = await collectResults(['bad/*.xml', 'bad/dir.xml', 'job-1/results/a.xml'], { cwd: dir });
    const byPath = Object.fromEntries(got.files.map((f) => [f.path, f]));
    expect(byPath['bad/empty.xml']?.error).toBe('the file is empty');
    expect(byPath['bad/not-xml.xml']?.error).toMatch(/^line 1, column 1: text before the root element/);
    expect(byPath['bad/dir.xml']?.error).toBe('a directory, where a test result file was expected');
    expect(byPath['bad/xxe.xml']?.error).toBeUndefined();
    expect(byPath['bad/xxe.xml']?.warnings.join('\n')).toMatch(/never expanded/);
    expect(JSON.stringify(got)).not.toContain('TOP-SECRET-CONTENT');
    expect(byPath['job-1/results/a.xml']?.cases).toHaveLength(1);
  });

  it('reports patterns that match nothing', async () => {
    const got = await collectResults(['nothing/*.xml', 'missing.xml'], { cwd: dir });
    expect(got.files).toEqual([]);
    expect(got.unmatched).toEqual(['nothing/*.xml', 'missing.xml']);
  });

  it('reads UTF-16 reports by their byte-order mark', async () => {
    const got = await collectResults(['utf16.xml'], { cwd: dir });
    expect(got.files[0]?.cases.map((c) => c.name)).toEqual(['wide']);
  });

  it('decodes UTF-8 cut at a chunk boundary, with pure-ASCII chunks after it', async () => {
    // Reads are 256 KiB: put a 3-byte character across the first boundary, then ASCII only.
    const head = '<testsuite name="s"><testcase name="t"><failure message="m">';
    const pad = 'a'.repeat(256 * 1024 - Buffer.byteLength(head) - 1);
    const body = `${head}${pad}€ tail${'b'.repeat(300 * 1024)}</failure></testcase></testsuite>`;
    writeFileSync(path.join(dir, 'boundary.xml'), body);
    const got = await collectResults(['boundary.xml'], {
      cwd: dir,
      limits: { details: 10_000_000, output: 10 },
    });
    expect(got.files[0]?.error).toBeUndefined();
    expect(got.files[0]?.cases[0]?.details).toBe(`${pad}€ tail${'b'.repeat(300 * 1024)}`);
  });
});

describe('collecting job records beside the results', () => {
  const record = (suite: string, shard: number, results: string[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      version: 1,
      suite,
      shard,
      shards: 2,
      framework: 'pytest',
      workers: 1,
      cores: 1,
      runner: 'host',
      start: '2026-12-01T10:00:00Z',
      end: '2026-12-01T10:01:00Z',
      exit: 0,
      command: ['pytest'],
      results,
      ...extra,
    });
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeTree(dir, {
      'out/py-1/junit.xml': ok('a'),
      'out/py-1/parallel-tests-job.json': record('py', 1, ['junit.xml']),
      // A crashed job: its record and no result file.
      'out/py-2/parallel-tests-job.json': record('py', 2, [], { exit: 139, error: 'Segmentation fault' }),
      'bad/junit.xml': ok('b'),
      'bad/parallel-tests-job.json': '{"version": 1, "suite": "py"',
      'nested/x/deep/junit.xml': ok('c'),
      'nested/x/parallel-tests-job.json': record('deep', 1, ['deep/junit.xml']),
    });
  });

  it('reads the record beside each result file and in the folders a glob covers, never as a result', async () => {
    const got = await collectResults(['out/**/*.xml'], { cwd: dir, jobRecords: true });
    expect(got.files.map((f) => [f.path, f.error])).toEqual([['out/py-1/junit.xml', undefined]]);
    expect(got.jobs.map((j) => [j.path, j.record.shard, j.present])).toEqual([
      ['out/py-1/parallel-tests-job.json', 1, 1],
      ['out/py-2/parallel-tests-job.json', 2, 0],
    ]);
  });

  it('a glob over a whole folder (dir/**) takes in the records, not as result files', async () => {
    const got = await collectResults(['nested/**'], { cwd: dir, jobRecords: true });
    expect(got.files.map((f) => f.path)).toEqual(['nested/x/deep/junit.xml']);
    expect(got.jobs.map((j) => [j.path, j.present])).toEqual([['nested/x/parallel-tests-job.json', 1]]);
  });

  it('a bad record is an error entry naming its file; the results beside it still count', async () => {
    const got = await collectResults(['bad/junit.xml'], { cwd: dir, jobRecords: true });
    expect(got.files.map((f) => [f.path, f.cases.length, f.error?.slice(0, 21)])).toEqual([
      ['bad/junit.xml', 1, undefined],
      ['bad/parallel-tests-job.json', 0, 'job record: not JSON:'],
    ]);
    expect(got.jobs).toEqual([]);
  });

  it('reads no record unless asked (plan reads result files for their durations only)', async () => {
    const got = await collectResults(['out/**/*.xml'], { cwd: dir });
    expect(got.jobs).toEqual([]);
  });
});
