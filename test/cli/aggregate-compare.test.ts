import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDist, tempDir, writeTree } from '../helpers/run.js';

const suite = (cases: string) => `<testsuite name="py">${cases}</testsuite>`;
const ok = (name: string, time = 1) => `<testcase classname="t" name="${name}" time="${time}"/>`;
const bad = (name: string) => `<testcase classname="t" name="${name}"><failure message="boom"/></testcase>`;

describe('CLI: aggregate --compare', () => {
  it('compares with the branch newest report in --cache-dir, saved by the run before', () => {
    const dir = tempDir();
    const args = ['aggregate', 'r.xml', '--cache-dir', 'cache', '--json', 'report.json'];
    writeTree(dir, { 'r.xml': suite(ok('a') + bad('b') + ok('gone')) });
    const first = runDist('cli.js', [...args, '--branch', 'main', '--compare', 'auto'], { cwd: dir });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('No comparison: no earlier report of main in the cache yet');
    writeTree(dir, { 'r.xml': suite(ok('a', 2) + ok('b') + bad('new')) });
    const second = runDist(
      'cli.js',
      [...args, '--branch', 'topic', '--base-branch', 'main', '--compare', 'auto'],
      {
        cwd: dir,
      },
    );
    expect(second.code, second.stderr).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.comparison).toMatchObject({
      base: expect.stringMatching(/^main @ /),
      newFailures: [{ suite: 'py', id: 't.new' }],
      fixed: [{ suite: 'py', id: 't.b' }],
      added: [{ suite: 'py', id: 't.new' }],
      removed: [{ suite: 'py', id: 't.gone' }],
      duration: { base: 2, current: 3, change: 1 },
    });
  });

  it('compares with a file, and names a file that is not a report', () => {
    const dir = tempDir();
    writeTree(dir, { 'r.xml': suite(ok('a')), 'junk.json': '[]' });
    expect(runDist('cli.js', ['aggregate', 'r.xml', '--json', 'base.json'], { cwd: dir }).code).toBe(0);
    const r = runDist('cli.js', ['aggregate', 'r.xml', '--compare', 'base.json', '--json', 'now.json'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'now.json'), 'utf8')).comparison.base).toBe('base.json');
    const junk = runDist('cli.js', ['aggregate', 'r.xml', '--compare', 'junk.json'], { cwd: dir });
    expect(junk.code).toBe(2);
    expect(junk.stderr).toContain('junk.json: not a parallel-tests JSON report');
    const noCache = runDist('cli.js', ['aggregate', 'r.xml', '--compare', 'auto'], { cwd: dir });
    expect(noCache.code).toBe(2);
    expect(noCache.stderr).toContain(
      '--compare auto takes the base from the local cache: add --cache-dir DIR',
    );
  });
});
