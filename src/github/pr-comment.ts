/**
 * Publishes the pull-request comment rendered by report/comment.ts: this workflow's comment is
 * found by its hidden marker and edited in place, else created. Like the check run, nothing
 * here fails the step: a read-only token is one line in the log, anything else a warning.
 */
import { type CommentMode, type CommentState, commentDue } from '../report/comment.js';
import type { PublishLog } from './check-run.js';
import { describeApiError, type GitHubClient, type GitHubRun, isReadOnlyToken } from './github-api.js';

export const READ_ONLY_COMMENT =
  'No pull-request comment: the token may not write here (pull requests from forks and Dependabot get a read-only token); the job summary has the report.';

export interface CommentRequest {
  mode: CommentMode;
  /** The body's first line, which finds the comment again. */
  marker: string;
  /** The state of the report, told whether the comment exists already. */
  state: (existing: boolean) => CommentState;
  /** Rendered only when a comment is due. */
  render: () => string;
}

export type CommentResult = 'created' | 'updated' | 'skipped' | 'read-only' | 'failed';

/** The first comment (oldest first) whose body starts with the marker. */
export async function findComment(
  client: GitHubClient,
  run: GitHubRun,
  issue: number,
  marker: string,
): Promise<{ id: number } | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: run.owner,
    repo: run.repo,
    issue_number: issue,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const comment of page.data) if (comment.body?.startsWith(marker)) return { id: comment.id };
  }
  return undefined;
}

export async function publishComment(
  client: GitHubClient,
  run: GitHubRun,
  request: CommentRequest,
  log: PublishLog,
): Promise<CommentResult> {
  if (request.mode === 'off') return 'skipped';
  if (run.pullRequest === undefined) {
    log.info(`No pull-request comment: this run (${run.eventName}) is not for a pull request.`);
    return 'skipped';
  }
  const issue = run.pullRequest;
  try {
    const existing = await findComment(client, run, issue, request.marker);
    const due = commentDue(request.mode, request.state(existing !== undefined));
    if (!due.post) {
      log.info(`No pull-request comment: ${due.reason}.`);
      return 'skipped';
    }
    const body = request.render();
    const where = { owner: run.owner, repo: run.repo };
    if (existing) {
      await client.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
      log.info(`Pull-request comment updated on #${issue} (${due.reason}).`);
      return 'updated';
    }
    await client.rest.issues.createComment({ ...where, issue_number: issue, body });
    log.info(`Pull-request comment written on #${issue} (${due.reason}).`);
    return 'created';
  } catch (err) {
    if (isReadOnlyToken(err)) {
      log.info(READ_ONLY_COMMENT);
      return 'read-only';
    }
    log.warning(`No pull-request comment on #${issue}: ${describeApiError(err)}.`);
    return 'failed';
  }
}
