import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';
import { runDist } from '../helpers/run.js';
import { actionlint, workflowProblems } from '../helpers/workflow-rules.js';

const EXAMPLE = path.join(ROOT, 'examples/honua');
const WORKFLOW = path.join(EXAMPLE, '.github/workflows/parallel-tests.yml');

describe('the honua example: its committed workflow', () => {
  it('is what generate makes of its config today (generate --check exits 0)', () => {
    const check = runDist('cli.js', ['generate', '--config', 'parallel-tests.yml', '--check'], {
      cwd: EXAMPLE,
    });
    expect([check.code, check.stderr]).toEqual([
      0,
      '.github/workflows/parallel-tests.yml is up to date with parallel-tests.yml\n',
    ]);
  });

  it('passes actionlint and the security rules, and runs every suite of the config', async () => {
    const text = readFileSync(WORKFLOW, 'utf8');
    expect(await actionlint(text)).toEqual([]);
    expect(workflowProblems(text)).toEqual([]);
    const wf = parse(text) as {
      jobs: Record<string, { steps: { if?: string; with?: Record<string, unknown> }[] }>;
    };
    expect(Object.keys(wf.jobs)).toEqual(['plan', 'image', 'test', 'report']);
    const setups = wf.jobs.test!.steps.map((s) => s.if ?? '').join('\n');
    for (const suite of ['csharp', 'python', 'qgis']) expect(setups).toContain(`matrix.suite == '${suite}'`);
    // Our action is pinned to a commit that exists in this repository's history.
    const pin = /honua\/parallel-tests@([0-9a-f]{40})/.exec(text)?.[1];
    expect(pin).toBeDefined();
    const cat = spawnSync('git', ['cat-file', '-e', `${pin}^{commit}`], { cwd: ROOT });
    expect(cat.status, `commit ${pin} is not in this repository`).toBe(0);
    // That commit's action takes every input the workflow gives it, for every command used.
    const pinned = spawnSync('git', ['show', `${pin}:action.yml`], { cwd: ROOT, encoding: 'utf8' });
    const inputs = Object.keys((parse(pinned.stdout) as { inputs: Record<string, unknown> }).inputs);
    const ours = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => String((s as { uses?: string }).uses ?? '').startsWith('honua/parallel-tests@'));
    expect(ours.map((s) => s.with?.command).sort()).toEqual([
      'aggregate',
      'image',
      'image',
      'image',
      'plan',
      'run',
    ]);
    for (const step of ours)
      expect(
        Object.keys(step.with ?? {}).filter((k) => !inputs.includes(k)),
        String(step.with?.command),
      ).toEqual([]);
    // And its run path: the bundle it runs has the run command and the download input.
    const bundle = spawnSync('git', ['show', `${pin}:dist/index.js`], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    expect(bundle.stdout).not.toContain('is not available in this version yet');
  });
});
