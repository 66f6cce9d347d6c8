import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { READ_ONLY_CHECK_RUN } from '../../src/github/check-run.js';
import { commentMarker } from '../../src/report/comment.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/github-api.js';
import { ROOT } from '../helpers/paths.js';
import { tempDir, writeTree } from '../helpers/run.js';
import { readRecords, runnerFiles, stepEnv } from '../helpers/runner.js';

const HEAD = 'b'.repeat(40);
const MERGE = 'c'.repeat(40);

/**
 * The action's main step as the runner runs it (INPUT_*, GITHUB_* and the files it appends
 * to), asynchronously: the local API server answers in this process meanwhile.
 */
function runStep(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv) {
  const files = runnerFiles();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], {
    cwd: workspace,
    env: stepEnv(workspace, files, inputs, env),
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString('utf8');
  });
  child.stderr.resume();
  return new Promise<{
    code: number | null;
    stdout: string;
    summary: string;
    outputs: Record<string, string>;
  }>((resolve) =>
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        summary: readFileSync(files.summary, 'utf8'),
        outputs: readRecords(files.output),
      }),
    ),
  );
}

let ws: string;
let api: FakeGitHub;
beforeAll(() => {
  ws = tempDir('pt-publish-');
  writeTree(ws, {
    'red/junit.xml':
      '<testsuite name="py"><testcase classname="tests.test_a" name="test_x" file="tests/test_a.py" line="3"><failure message="assert 1 == 2">E assert 1 == 2</failure></testcase><testcase classname="tests.test_a" name="test_ok"/></testsuite>',
    'green/junit.xml': '<testsuite name="py"><testcase classname="tests.test_a" name="test_ok"/></testsuite>',
    'tests/test_a.py': 'def test_x():\n    pass\n\n',
  });
  writeFileSync(
    path.join(ws, 'event.json'),
    JSON.stringify({
      pull_request: { number: 7, head: { sha: HEAD } },
      repository: { default_branch: 'main' },
    }),
  );
});
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

function env(): NodeJS.ProcessEnv {
  return {
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'report',
    GITHUB_RUN_ID: '42',
    GITHUB_SHA: MERGE,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(ws, 'event.json'),
  };
}

const inputs = (results: string, extra: Record<string, string> = {}) => ({
  command: 'aggregate',
  results,
  'timings-cache': 'false',
  'check-run': 'true',
  comment: 'always',
  'github-token': api.token,
  ...extra,
});

describe('action: aggregate publishes the check run and the comment', () => {
  it('on the pull request head (not the merge commit), named by workflow and report; the step fails on the tests', async () => {
    const r = await runStep(ws, inputs('red/*.xml'), env());
    expect(r.code).toBe(1);
    expect(r.outputs.conclusion).toBe('failure');
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({
      name: 'parallel-tests: CI / report',
      head_sha: HEAD,
      conclusion: 'failure',
    });
    expect(api.checkRuns[0]!.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual([
      'tests/test_a.py:3',
    ]);
    const [comment] = api.comments.get(7)!;
    expect(comment!.body.startsWith(`${commentMarker('CI/report')}\n### ❌ 1 failed, 1 passed`)).toBe(true);
    expect(r.stdout).toContain(
      `Check run "parallel-tests: CI / report" on ${HEAD.slice(0, 12)}: failure, 1 annotation.`,
    );
    expect(r.stdout).toContain('Pull-request comment written on #7 (comment is always).');
  });

  it('report-name tells matrix legs apart', async () => {
    await runStep(ws, inputs('green/*.xml', { 'report-name': 'windows' }), env());
    expect(api.checkRuns[0]!.name).toBe('parallel-tests: CI / windows');
    expect(api.comments.get(7)![0]!.body.startsWith(commentMarker('CI/windows'))).toBe(true);
  });

  it('a read-only token: the step passes on green tests, the summary is written, one line says why', async () => {
    api.faults['create-check'] = { status: 403, message: 'Resource not accessible by integration' };
    api.faults['create-comment'] = { status: 403, message: 'Resource not accessible by integration' };
    const r = await runStep(ws, inputs('green/*.xml'), env());
    expect(r.code).toBe(0);
    expect(r.summary).not.toBe('');
    expect(r.stdout).toContain(READ_ONLY_CHECK_RUN);
    expect(r.stdout).not.toContain('::warning');
    expect(r.stdout).not.toContain('::error');
  });

  it('a comment mode that does not exist is bad input naming the choices', async () => {
    const r = await runStep(ws, inputs('green/*.xml', { comment: 'sometimes' }), env());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'input "comment" must be one of off, always, failures, changes; got "sometimes"',
    );
    expect(api.requests).toEqual([]);
  });

  it('compare with a base report: the comparison is in the comment and the check run; changes mode comments on it', async () => {
    writeFileSync(
      path.join(ws, 'base.json'),
      JSON.stringify({
        totals: { tests: 2, passed: 2, failed: 0, errors: 0, skipped: 0, flaky: 0, duration: 1 },
        failures: [],
        tests: { py: { passed: ['tests.test_a.test_ok', 'tests.test_a.test_x'] } },
      }),
    );
    const r = await runStep(ws, inputs('red/*.xml', { compare: 'base.json', comment: 'changes' }), env());
    expect(r.code).toBe(1);
    const body = api.comments.get(7)![0]!.body;
    expect(body).toContain('#### Compared with base.json');
    expect(body).toContain('**1** new failure');
    expect(api.checkRuns[0]!.output.summary).toContain('#### Compared with base.json');
    expect(r.stdout).toContain(
      'Pull-request comment written on #7 (the comparison with the base shows changes).',
    );
  });

  it('changes mode without a comparison: no comment, one line why', async () => {
    const r = await runStep(ws, inputs('red/*.xml', { comment: 'changes', 'check-run': 'false' }), env());
    expect(r.stdout).toContain(
      'No pull-request comment: comment is changes and the comparison with the base shows none.',
    );
    expect(api.comments.get(7)).toBeUndefined();
  });

  it('check-run false and comment off: no request at all', async () => {
    const r = await runStep(ws, inputs('green/*.xml', { 'check-run': 'false', comment: 'off' }), env());
    expect(r.code).toBe(0);
    expect(api.requests).toEqual([]);
  });
});
