import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CACHED_REPORT_FILE,
  describeReportKey,
  findBaseReport,
  readReportFile,
  reportKeys,
  saveReport,
} from '../../src/commands/base-report.js';
import { InputError } from '../../src/errors.js';
import type { JsonReport } from '../../src/report/json.js';
import { LocalCacheStore } from '../../src/stores/local-cache-store.js';
import { tempDir } from '../helpers/run.js';

function report(tests: number): JsonReport {
  return {
    totals: { tests, passed: tests, failed: 0, errors: 0, skipped: 0, flaky: 0, duration: tests },
    suites: [],
    files: [],
    failures: [],
    tests: { py: { passed: Array.from({ length: tests }, (_, i) => `t${i}`) } },
  };
}

describe('the base report through the cache', () => {
  it('restores the base branch newest, not a branch that only starts like it', async () => {
    const cwd = tempDir();
    let clock = 1000;
    const store = new LocalCacheStore({ root: path.join(cwd, 'cache'), cwd, now: () => clock++ });
    const where = { file: CACHED_REPORT_FILE, cwd };
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    const keys = (branch: string, sha: string) => reportKeys({ branch, baseBranch: 'main', sha, run: sha });
    await saveReport(store, where, report(1), keys('main', 'aaaa'), warn);
    await saveReport(store, where, { ...report(2), comparison: undefined }, keys('main', 'bbbb'), warn);
    await saveReport(store, where, report(3), keys('main-2', 'cccc'), warn);
    const found = await findBaseReport('auto', { cwd, store, keys: keys('feature', 'dddd'), warn });
    expect(found.base?.label).toBe('main @ bbbb');
    expect(found.base?.report.totals.tests).toBe(2);
    expect(warnings).toEqual([]);
    expect(describeReportKey(keys('main', 'abcdef0123456789').key)).toBe('main @ abcdef01');
  });

  it('says why there is nothing to compare with on a miss', async () => {
    const cwd = tempDir();
    const store = new LocalCacheStore({ root: path.join(cwd, 'cache'), cwd });
    const keys = reportKeys({ branch: 'f', baseBranch: 'main', sha: 's', run: '1' });
    const found = await findBaseReport('auto', { cwd, store, keys, warn: () => {} });
    expect(found).toEqual({
      note: "No comparison: no earlier report of main in the cache yet (this run's is saved for the next).",
    });
    expect(await findBaseReport('off', { cwd, store, keys, warn: () => {} })).toEqual({});
  });

  it('saves the report without its own comparison', async () => {
    const cwd = tempDir();
    const store = new LocalCacheStore({ root: path.join(cwd, 'cache'), cwd });
    const keys = reportKeys({ branch: 'main', baseBranch: 'main', sha: 's', run: '1' });
    const r = report(1);
    r.comparison = { base: 'x' } as JsonReport['comparison'];
    await saveReport(store, { file: CACHED_REPORT_FILE, cwd }, r, keys, () => {});
    expect(Object.keys(JSON.parse(readFileSync(path.join(cwd, CACHED_REPORT_FILE), 'utf8')))).not.toContain(
      'comparison',
    );
  });

  it('a base file that is not a report is bad input naming the file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'junk.json'), '{"hello": 1}');
    writeFileSync(path.join(dir, 'broken.json'), '{"totals": ');
    await expect(readReportFile(path.join(dir, 'junk.json'))).rejects.toThrow(
      /junk\.json: not a parallel-tests JSON report \(expected "totals" and "failures"/,
    );
    await expect(readReportFile(path.join(dir, 'broken.json'))).rejects.toBeInstanceOf(InputError);
    await expect(readReportFile(path.join(dir, 'missing.json'))).rejects.toThrow(
      /missing\.json: cannot read/,
    );
  });
});
