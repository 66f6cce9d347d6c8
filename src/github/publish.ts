/**
 * The aggregate's outcome on GitHub beyond the job summary: the check run (input check-run)
 * and the pull-request comment (input comment). Render (report/), then publish (check-run.ts,
 * pr-comment.ts) with one client. Never fails the step: the tests decide that.
 */
import { EXIT } from '../errors.js';
import { checkRunName, renderCheckRun } from '../report/check-run.js';
import { type CommentMode, commentMarker, commentState, renderComment } from '../report/comment.js';
import type { ReportInput } from '../report/input.js';
import type { JsonReport } from '../report/json.js';
import type { Aggregate } from '../results/aggregate.js';
import { type PublishLog, publishCheckRun } from './check-run.js';
import { type GitHubClient, type GitHubRun, githubClient } from './github-api.js';
import { publishComment } from './pr-comment.js';

export interface PublishSettings {
  checkRun: boolean;
  comment: CommentMode;
  /** The input github-token. */
  token: string;
  run: GitHubRun;
  /** Why there is no comparison with a base run, when one was asked for and none was found. */
  comparisonNote?: string;
}

export interface Published {
  aggregate: Aggregate;
  report: JsonReport;
  exitCode: number;
}

export async function publishToGitHub(
  outcome: Published,
  settings: PublishSettings,
  log: PublishLog,
  client?: GitHubClient,
): Promise<void> {
  if (!settings.checkRun && settings.comment === 'off') return;
  if (settings.token === '' && client === undefined) {
    log.warning('No check run and no pull-request comment: the github-token input is empty.');
    return;
  }
  const api = client ?? (await githubClient(settings.token, settings.run.apiUrl));
  const { run } = settings;
  const { report } = outcome;
  const input: ReportInput = {
    aggregate: outcome.aggregate,
    ...(report.timeline ? { timeline: report.timeline } : {}),
    ...(report.parallel ? { parallel: report.parallel } : {}),
  };
  const links = { serverUrl: run.serverUrl, repository: `${run.owner}/${run.repo}`, sha: run.headSha };
  const failed = outcome.exitCode !== EXIT.passed;
  const comparison = report.comparison;
  if (settings.checkRun) {
    const payload = renderCheckRun(input, {
      name: checkRunName({ workflow: run.workflow, report: run.report }),
      conclusion: failed ? 'failure' : 'success',
      links,
      fullResultsAt: "the run's job summary",
      ...(comparison ? { comparison } : {}),
    });
    await publishCheckRun(api, run, payload, log);
  }
  if (settings.comment !== 'off') {
    const marker = commentMarker(`${run.workflow}/${run.report}`);
    await publishComment(
      api,
      run,
      {
        mode: settings.comment,
        marker,
        state: (existing) => commentState(input, { failed, existing, ...(comparison ? { comparison } : {}) }),
        render: () =>
          renderComment(input, {
            marker,
            links,
            runUrl: `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}`,
            ...(comparison ? { comparison } : {}),
            ...(settings.comparisonNote ? { comparisonNote: settings.comparisonNote } : {}),
          }),
      },
      log,
    );
  }
}
