import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READ_ONLY_CHECK_RUN } from '../../src/github/check-run.js';
import { type GitHubClient, type GitHubRun, githubClient } from '../../src/github/github-api.js';
import { READ_ONLY_COMMENT } from '../../src/github/pr-comment.js';
import { type PublishSettings, publishToGitHub } from '../../src/github/publish.js';
import { CHECK_TEXT_LIMIT } from '../../src/report/check-run.js';
import { commentMarker } from '../../src/report/comment.js';
import type { ReportInput } from '../../src/report/input.js';
import { renderJsonReport } from '../../src/report/json.js';
import { utf8Bytes } from '../../src/report/markdown.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/github-api.js';
import {
  hostileInput,
  inputOf,
  manyFailures,
  multiJobComparison,
  multiJobInput,
  testCase,
} from '../report/inputs.js';

const HEAD = 'a'.repeat(40);

function runOf(api: FakeGitHub, fields: Partial<GitHubRun> = {}): GitHubRun {
  return {
    apiUrl: api.url,
    serverUrl: 'https://github.com',
    owner: 'o',
    repo: 'r',
    workflow: 'CI',
    report: 'report',
    runId: '42',
    headSha: HEAD,
    pullRequest: 7,
    eventName: 'pull_request',
    ...fields,
  };
}

function outcomeOf(input: ReportInput, exitCode: number, comparison = false) {
  const report = renderJsonReport(
    input.aggregate,
    input.timeline && input.parallel ? { timeline: input.timeline, parallel: input.parallel } : undefined,
  );
  if (comparison) report.comparison = multiJobComparison();
  return { aggregate: input.aggregate, report, exitCode };
}

interface Logged {
  info: string[];
  warning: string[];
}

function logger(): Logged & { info: string[]; warning: string[] } {
  return { info: [], warning: [] };
}

async function publish(
  api: FakeGitHub,
  outcome: ReturnType<typeof outcomeOf>,
  settings: Partial<PublishSettings> = {},
  run: Partial<GitHubRun> = {},
): Promise<Logged> {
  const log = logger();
  const client: GitHubClient = await githubClient(api.token, api.url);
  await publishToGitHub(
    outcome,
    { checkRun: true, comment: 'off', token: api.token, run: runOf(api, run), ...settings },
    { info: (m) => log.info.push(m), warning: (m) => log.warning.push(m) },
    client,
  );
  return log;
}

let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

describe('check run against a local server speaking the Checks API', () => {
  it('is created completed on the head SHA with the name, conclusion, texts and annotations', async () => {
    const log = await publish(api, outcomeOf(multiJobInput(), 1, true));
    expect(log.warning).toEqual([]);
    expect(api.checkRuns).toHaveLength(1);
    const run = api.checkRuns[0]!;
    expect(run).toMatchObject({ name: 'parallel-tests: CI / report', head_sha: HEAD, conclusion: 'failure' });
    expect(run.output.summary).toContain('#### Compared with main');
    expect(run.output.text).toContain('### Failures (2)');
    expect(run.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(['tests/test_api.py:42']);
    expect(log.info).toEqual([
      `Check run "parallel-tests: CI / report" on ${HEAD.slice(0, 12)}: failure, 1 annotation.`,
    ]);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/o/r/check-runs']);
  });

  it('a green run concludes success', async () => {
    await publish(api, outcomeOf(inputOf([testCase({ name: 'ok' })]), 0));
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'success', annotations: [] });
  });

  it('100,000 failures: every annotation sent, 50 a request (create, then updates), texts within the limit', async () => {
    const started = performance.now();
    const log = await publish(api, outcomeOf(manyFailures(100_000), 1));
    const seconds = (performance.now() - started) / 1000;
    expect(log.warning).toEqual([]);
    const run = api.checkRuns[0]!;
    expect(run.annotations).toHaveLength(100_000);
    expect(new Set(run.annotations.map((a) => a.start_line)).size).toBe(100_000);
    expect(api.requests).toHaveLength(2000);
    expect(api.requests[0]).toMatchObject({ method: 'POST', annotations: 50 });
    expect(api.requests.slice(1).every((r) => r.method === 'PATCH' && r.annotations === 50)).toBe(true);
    expect(utf8Bytes(run.output.summary!)).toBeLessThanOrEqual(CHECK_TEXT_LIMIT);
    expect(utf8Bytes(run.output.text!)).toBeLessThanOrEqual(CHECK_TEXT_LIMIT);
    expect(run.output.summary).toContain('| **Total** | **100,001** |');
    // Linear all the way: seconds, not the 42 minutes of the lost attempt.
    expect(seconds).toBeLessThan(60);
  }, 120_000);

  it('a batch count that is not a multiple of 50: 51 annotations are one create and one update of 1', async () => {
    await publish(api, outcomeOf(manyFailures(51), 1));
    expect(api.requests.map((r) => r.annotations)).toEqual([50, 1]);
    expect(api.checkRuns[0]!.annotations).toHaveLength(51);
  });

  it('a read-only token (403 from a fork or Dependabot) is one line, not a failure', async () => {
    api.faults['create-check'] = { status: 403, message: 'Resource not accessible by integration' };
    const log = await publish(api, outcomeOf(multiJobInput(), 1));
    expect(log.warning).toEqual([]);
    expect(log.info).toEqual([READ_ONLY_CHECK_RUN]);
    expect(api.checkRuns).toEqual([]);
  });

  it('a 422 is a warning that says what GitHub refused and what to check', async () => {
    api.faults['create-check'] = { status: 422, message: 'No commit found for SHA: aaaa' };
    const log = await publish(api, outcomeOf(multiJobInput(), 1));
    expect(log.warning).toEqual([
      `No check run "parallel-tests: CI / report": GitHub refused the request as invalid (422 No commit found for SHA: aaaa). The commit ${HEAD} must be in o/r, and the output within GitHub's limits.`,
    ]);
  });

  it('an update refused half-way says how many annotations were not sent', async () => {
    api.faults['update-check'] = {
      status: 403,
      message: 'API rate limit exceeded for installation',
      after: 3,
    };
    const log = await publish(api, outcomeOf(manyFailures(500), 1));
    expect(api.checkRuns[0]!.annotations).toHaveLength(200);
    expect(log.warning).toEqual([
      `Check run "parallel-tests: CI / report": 300 of 500 annotations not sent: GitHub's API rate limit was reached (403 API rate limit exceeded for installation).`,
    ]);
  });

  it('hostile names arrive as the text they are', async () => {
    await publish(api, outcomeOf(hostileInput(), 1));
    const run = api.checkRuns[0]!;
    expect(run.annotations[0]!.title).toContain('<script>alert(1)</script> | `x`');
    expect(run.output.text).not.toContain('<script>');
    expect(run.output.text).toContain('&lt;script&gt;');
  });
});

describe('pull-request comment against a local server speaking the issue-comment routes', () => {
  const marker = commentMarker('CI/report');
  const comments = () => api.comments.get(7) ?? [];

  it('always: created once, then updated in place (found by its marker among 250 other comments)', async () => {
    api.comments.set(
      7,
      Array.from({ length: 250 }, (_, i) => ({
        id: i + 1,
        body: i === 3 ? `quoting: ${marker}` : `comment ${i}`,
        user: { login: 'someone', type: 'User' },
      })),
    );
    const first = await publish(api, outcomeOf(multiJobInput(), 1, true), {
      checkRun: false,
      comment: 'always',
    });
    expect(first.info).toEqual(['Pull-request comment written on #7 (comment is always).']);
    expect(comments()).toHaveLength(251);
    const ours = comments()[250]!;
    expect(ours.body.startsWith(`${marker}\n### ❌`)).toBe(true);
    expect(ours.body).toContain('#### Compared with main');
    expect(ours.body).toContain(
      "[The full report is in the run's job summary.](<https://github.com/o/r/actions/runs/42>)",
    );

    const second = await publish(api, outcomeOf(inputOf([testCase({ name: 'ok' })]), 0), {
      checkRun: false,
      comment: 'always',
    });
    expect(second.info).toEqual(['Pull-request comment updated on #7 (comment is always).']);
    expect(comments()).toHaveLength(251);
    expect(comments()[250]!.body).toContain('### ✅ 1 passed');
    expect(comments()[3]!.body).toBe(`quoting: ${marker}`);
    // Three pages of 100 to find it the second time, one write.
    expect(api.requests.filter((r) => r.route === 'list-comments').length).toBe(6);
  });

  it('failures: nothing on a green run, a comment on a red one, updated when green again', async () => {
    const green = outcomeOf(inputOf([testCase({ name: 'ok' })]), 0);
    const settings = { checkRun: false, comment: 'failures' as const };
    expect((await publish(api, green, settings)).info).toEqual([
      'No pull-request comment: comment is failures and nothing failed.',
    ]);
    expect(comments()).toEqual([]);
    await publish(api, outcomeOf(multiJobInput(), 1), settings);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('### ❌');
    const log = await publish(api, green, settings);
    expect(log.info).toEqual([
      'Pull-request comment updated on #7 (no failures now: the earlier comment is brought up to date).',
    ]);
    expect(comments()[0]!.body).toContain('### ✅');
  });

  it('changes: only when the comparison shows a change', async () => {
    const settings = { checkRun: false, comment: 'changes' as const };
    const noBase = await publish(api, outcomeOf(multiJobInput(), 1), settings);
    expect(noBase.info).toEqual([
      'No pull-request comment: comment is changes and the comparison with the base shows none.',
    ]);
    await publish(api, outcomeOf(multiJobInput(), 1, true), settings);
    expect(comments()).toHaveLength(1);
  });

  it('not a pull request: one line, no request', async () => {
    const log = await publish(
      api,
      outcomeOf(multiJobInput(), 1),
      { checkRun: false, comment: 'always' },
      {
        pullRequest: undefined,
        eventName: 'push',
      },
    );
    expect(log.info).toEqual(['No pull-request comment: this run (push) is not for a pull request.']);
    expect(api.requests).toEqual([]);
  });

  it('a read-only token: one line, and the check run and comment both fall back', async () => {
    api.faults['create-check'] = { status: 403, message: 'Resource not accessible by integration' };
    api.faults['create-comment'] = { status: 403, message: 'Resource not accessible by integration' };
    const log = await publish(api, outcomeOf(multiJobInput(), 1), { comment: 'always' });
    expect(log.warning).toEqual([]);
    expect(log.info).toEqual([READ_ONLY_CHECK_RUN, READ_ONLY_COMMENT]);
  });

  it('a 422 on the comment is a warning naming it', async () => {
    api.faults['create-comment'] = { status: 422, message: 'Validation Failed' };
    const log = await publish(api, outcomeOf(multiJobInput(), 1), { checkRun: false, comment: 'always' });
    expect(log.warning).toEqual([
      'No pull-request comment on #7: GitHub refused the request as invalid (422 Validation Failed).',
    ]);
  });

  it('a wrong token: a warning, nothing written', async () => {
    const log = logger();
    await publishToGitHub(
      outcomeOf(multiJobInput(), 1),
      { checkRun: true, comment: 'always', token: 'wrong', run: runOf(api) },
      { info: (m) => log.info.push(m), warning: (m) => log.warning.push(m) },
      await githubClient('wrong', api.url),
    );
    expect(log.warning).toEqual([
      'No check run "parallel-tests: CI / report": GitHub did not accept the token (401 Bad credentials): check the github-token input.',
      'No pull-request comment on #7: GitHub did not accept the token (401 Bad credentials): check the github-token input.',
    ]);
    expect(api.checkRuns).toEqual([]);
  });
});
