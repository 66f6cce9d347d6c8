/**
 * Publishes the check run rendered by report/check-run.ts: created completed on the pull
 * request's head commit with the first 50 annotations, then updated with the rest, 50 a
 * request (the Checks API appends the annotations of each update). Nothing here fails the
 * step: a read-only token is one line in the log, anything else a warning that says why.
 */
import { ANNOTATIONS_PER_REQUEST, type CheckRunPayload } from '../report/check-run.js';
import { describeApiError, type GitHubClient, type GitHubRun, isReadOnlyToken } from './github-api.js';

export interface PublishLog {
  info: (message: string) => void;
  warning: (message: string) => void;
}

export interface CheckRunResult {
  /** The check run's id, when it was created. */
  id?: number;
  annotationsSent: number;
  /** The token may not write checks here (a fork's pull request, Dependabot). */
  readOnly?: boolean;
}

export const READ_ONLY_CHECK_RUN =
  'No check run: the token may not write checks here (pull requests from forks and Dependabot get a read-only token); the job summary and the annotations in this log have the report.';

export async function publishCheckRun(
  client: GitHubClient,
  run: GitHubRun,
  payload: CheckRunPayload,
  log: PublishLog,
): Promise<CheckRunResult> {
  const all = payload.annotations;
  const where = { owner: run.owner, repo: run.repo };
  let id: number;
  try {
    const { data } = await client.rest.checks.create({
      ...where,
      name: payload.name,
      head_sha: run.headSha,
      status: 'completed',
      conclusion: payload.conclusion,
      output: { ...payload.output, annotations: all.slice(0, ANNOTATIONS_PER_REQUEST) },
    });
    id = data.id;
  } catch (err) {
    if (isReadOnlyToken(err)) {
      log.info(READ_ONLY_CHECK_RUN);
      return { annotationsSent: 0, readOnly: true };
    }
    const hint =
      (err as { status?: number }).status === 422
        ? ` The commit ${run.headSha} must be in ${run.owner}/${run.repo}, and the output within GitHub's limits.`
        : '';
    log.warning(`No check run "${payload.name}": ${describeApiError(err)}.${hint}`);
    return { annotationsSent: 0 };
  }
  let sent = Math.min(all.length, ANNOTATIONS_PER_REQUEST);
  for (let from = ANNOTATIONS_PER_REQUEST; from < all.length; from += ANNOTATIONS_PER_REQUEST) {
    const batch = all.slice(from, from + ANNOTATIONS_PER_REQUEST);
    try {
      // The whole output again with each batch: an update replaces what it names, and a check
      // run left between batches (a later one refused) still reads complete.
      await client.rest.checks.update({
        ...where,
        check_run_id: id,
        output: { ...payload.output, annotations: batch },
      });
      sent += batch.length;
    } catch (err) {
      log.warning(
        `Check run "${payload.name}": ${all.length - sent} of ${all.length} annotations not sent: ${describeApiError(err)}.`,
      );
      break;
    }
  }
  log.info(
    `Check run "${payload.name}" on ${run.headSha.slice(0, 12)}: ${payload.conclusion}, ${sent} annotation${sent === 1 ? '' : 's'}.`,
  );
  return { id, annotationsSent: sent };
}
