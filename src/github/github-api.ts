/**
 * The GitHub REST client (@actions/github's Octokit) and what its errors mean to a user. The
 * client is made here only; publishing code receives it, so tests point it at a local server
 * that speaks the same routes (baseUrl: GITHUB_API_URL on a runner).
 */
import { describeError } from '../errors.js';

export type GitHubClient = ReturnType<typeof import('./actions-github.js').getOctokit>;

/** Where the run is, from the runner's variables and the event payload (inputs.ts reads them). */
export interface GitHubRun {
  /** GITHUB_API_URL */
  apiUrl: string;
  /** GITHUB_SERVER_URL */
  serverUrl: string;
  owner: string;
  repo: string;
  /** GITHUB_WORKFLOW: the workflow's name. */
  workflow: string;
  /** The report's name: the input report-name, else GITHUB_JOB. */
  report: string;
  runId: string;
  /**
   * The commit the check run belongs to: the pull request's head (pull_request.head.sha), not
   * GITHUB_SHA, which on a pull request is a merge commit no one pushed.
   */
  headSha: string;
  /** The pull request's number, when the event is about one. */
  pullRequest?: number;
  eventName: string;
}

export async function githubClient(token: string, apiUrl: string): Promise<GitHubClient> {
  // Beside the bundle at run time (dist/actions-github.js); the path is not a literal so that
  // the main bundle does not take the module in.
  const { getOctokit } = (await import(
    new URL('./actions-github.js', import.meta.url).href
  )) as typeof import('./actions-github.js');
  return getOctokit(token, { baseUrl: apiUrl });
}

function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * A token that may not write here: GitHub gives pull requests from forks and Dependabot's
 * runs a read-only GITHUB_TOKEN, and every write answers 403 "Resource not accessible by
 * integration". That is not a failure of the tests: the job summary still has the report.
 */
export function isReadOnlyToken(err: unknown): boolean {
  return statusOf(err) === 403 && /not accessible by integration/i.test(describeError(err));
}

/** "validation failed (422): …" with GitHub's own list of what was wrong, when it sent one. */
export function describeApiError(err: unknown): string {
  const status = statusOf(err);
  const data = (err as { response?: { data?: { message?: unknown; errors?: unknown } } } | null)?.response
    ?.data;
  const errors = Array.isArray(data?.errors)
    ? data.errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('; ')
    : '';
  const message = typeof data?.message === 'string' ? data.message : describeError(err);
  if (status === undefined) return describeError(err);
  if (status === 422)
    return `GitHub refused the request as invalid (422 ${message}${errors ? `: ${errors}` : ''})`;
  if (status === 401) return `GitHub did not accept the token (401 ${message}): check the github-token input`;
  if (status === 403 && /rate limit/i.test(message))
    return `GitHub's API rate limit was reached (403 ${message})`;
  return `GitHub answered ${status}: ${message}${errors ? ` (${errors})` : ''}`;
}
