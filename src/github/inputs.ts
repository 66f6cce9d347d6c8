/**
 * The action's inputs, read once into typed settings per command (as actions/checkout's
 * input-helper does): every field documented, every input validated here and nowhere else.
 * Names come from names.ts, which a test holds to action.yml.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { parseThreshold } from '../commands/coverage.js';
import { DEFAULT_CONFIG } from '../defaults.js';
import { InputError, wholeNumber } from '../errors.js';
import { COMMENT_MODES, type CommentMode } from '../report/comment.js';
import type { GitHubRun } from './github-api.js';
import { COMMANDS, type Command, INPUT } from './names.js';
import { splitPatterns } from './patterns.js';

/** What every command gets from the runner. */
export interface RunnerSettings {
  /** Where patterns and paths start: the workspace joined with `working-directory`. */
  cwd: string;
  /** The branch the run is for (the PR's head branch on pull requests), for cache keys. */
  branch: string;
  /** The repository's default branch from the event payload, when it names one. */
  defaultBranch?: string;
  /** This run and attempt, unique across re-runs: `<run id>-<attempt>`. */
  run: string;
  /** The run alone (GITHUB_RUN_ID), the same in every attempt: where a run's artifacts are found. */
  runId: string;
  /** GITHUB_RUN_ATTEMPT (1 on the first). */
  attempt: number;
}

export interface AggregateSettings extends RunnerSettings {
  command: 'aggregate';
  /** Result file patterns, one per line; a leading ! excludes. */
  results: string[];
  /** A pattern that matches no file is a warning instead of an error. */
  allowEmpty: boolean;
  /** Also write the JSON report here (relative to cwd). */
  json?: string;
  /** Also write the HTML report here (relative to cwd). */
  html?: string;
  /** Keep test durations between runs in GitHub's cache. */
  timingsCache: boolean;
  /** Publish a check run on the pull request's head commit (needs checks: write). */
  checkRun: boolean;
  /** When to write the pull-request comment (needs pull-requests: write). */
  comment: CommentMode;
  /** The token for the check run and the comment (input github-token). */
  githubToken: string;
  /** Where the check run and the comment go. */
  github: GitHubRun;
  /** The base run to compare with: "off", "auto" (the cache) or a JSON report's path. */
  compare: string;
  /** The branch whose newest report "auto" compares with: the pull request's base, else the default branch. */
  compareBranch: string;
  /** Fetch every test job's artifact of this run first (into results/<suite>/<artifact>/). */
  download: boolean;
  /** Cobertura globs of every shard, merged per file and line; the threshold fails the step below it. */
  coverage: string[];
  coverageThreshold?: number;
}

export interface PlanSettings extends RunnerSettings {
  command: 'plan';
  /** The config file, relative to cwd. */
  config: string;
  /** Earlier durations, oldest first: globs or .test_durations files, each optionally SUITE=PATH. */
  timings: string[];
  /** The tests about to run: one file per entry, each optionally SUITE=PATH. */
  tests: string[];
  /** Shards for every suite, overriding the config. */
  shards?: number;
  /** Restore the timing history from GitHub's cache first. */
  timingsCache: boolean;
}

export interface ImageSettings extends RunnerSettings {
  command: 'image';
  config: string;
  /** KEY=VALUE over the config's build args. */
  buildArgs: string[];
  /** Only answer cache-hit; build and restore nothing. */
  lookupOnly: boolean;
  /** Also start the test server and leave it to the post step. */
  serve: boolean;
}

export interface RunSettings extends RunnerSettings {
  command: 'run';
  config: string;
  /** The matrix entry: the suite, its shard of shards, the plan's selection file. */
  suite: string;
  shard: number;
  shards: number;
  testsFile?: string;
  /** Workers (or auto) and cores from the matrix entry; the suite's and the runner's when unset. */
  workers?: number | 'auto';
  cores?: number;
  /** Days the job's artifact is kept. */
  retentionDays?: number;
}

export type ActionSettings = AggregateSettings | PlanSettings | ImageSettings | RunSettings;

/** The event payload the runner writes (GITHUB_EVENT_PATH); empty when there is none. */
interface EventPayload {
  repository?: { default_branch?: string };
  pull_request?: { number?: number; head?: { sha?: string } };
  workflow_run?: { head_sha?: string; pull_requests?: { number?: number }[] };
}

function readEvent(eventPath: string | undefined): EventPayload {
  if (!eventPath) return {};
  try {
    return (JSON.parse(readFileSync(eventPath, 'utf8')) as EventPayload | null) ?? {};
  } catch {
    return {};
  }
}

/**
 * Where the check run and the comment go. The commit is the pull request's head: on a pull
 * request GITHUB_SHA is the merge commit GitHub made, and a check run there shows on no pull
 * request (a workflow_run event names the triggering run's head the same way).
 */
function readGitHubRun(event: EventPayload): GitHubRun {
  const env = process.env;
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pullRequest = event.pull_request?.number ?? event.workflow_run?.pull_requests?.[0]?.number;
  return {
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    owner,
    repo,
    workflow: env.GITHUB_WORKFLOW ?? '',
    report: core.getInput(INPUT.reportName).trim() || env.GITHUB_JOB || 'report',
    runId: env.GITHUB_RUN_ID ?? '',
    headSha: event.pull_request?.head?.sha ?? event.workflow_run?.head_sha ?? env.GITHUB_SHA ?? '',
    ...(typeof pullRequest === 'number' ? { pullRequest } : {}),
    eventName: env.GITHUB_EVENT_NAME ?? '',
  };
}

function readCommentMode(): CommentMode {
  const value = core.getInput(INPUT.comment).trim() || 'off';
  if (!(COMMENT_MODES as readonly string[]).includes(value))
    throw new InputError(`input "comment" must be one of ${COMMENT_MODES.join(', ')}; got "${value}"`);
  return value as CommentMode;
}

/** action.yml's default applies on the runner; the same default applies when the input is unset. */
function readBoolean(name: string, unset = false): boolean {
  if (core.getInput(name) === '') return unset;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new InputError(`input "${name}" must be true or false, got "${core.getInput(name)}"`);
  }
}

function readCoverage(): { coverage: string[]; coverageThreshold?: number } {
  const coverage = splitPatterns(core.getInput(INPUT.coverage));
  const coverageThreshold = parseThreshold(
    core.getInput(INPUT.coverageThreshold).trim() || undefined,
    'input "coverage-threshold"',
  );
  if (coverageThreshold !== undefined && coverage.length === 0)
    throw new InputError(
      'input "coverage-threshold" needs the coverage files: set input "coverage" to their globs',
    );
  return { coverage, ...(coverageThreshold !== undefined ? { coverageThreshold } : {}) };
}

function readRunner(event: EventPayload): RunnerSettings {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const defaultBranch = event.repository?.default_branch;
  const runId = process.env.GITHUB_RUN_ID || String(Date.now());
  const attempt = Number(process.env.GITHUB_RUN_ATTEMPT) || 1;
  return {
    cwd: path.resolve(workspace, core.getInput(INPUT.workingDirectory) || '.'),
    branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || 'local',
    ...(defaultBranch ? { defaultBranch } : {}),
    run: `${runId}-${attempt}`,
    runId,
    attempt,
  };
}

export function readSettings(): ActionSettings {
  const command = core.getInput(INPUT.command, { required: true }).trim();
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new InputError(`input "command" must be one of ${COMMANDS.join(', ')}; got "${command}"`);
  }
  const event = readEvent(process.env.GITHUB_EVENT_PATH);
  const runner = readRunner(event);
  const config = core.getInput(INPUT.config) || DEFAULT_CONFIG;
  switch (command as Command) {
    case 'aggregate': {
      const json = core.getInput(INPUT.json);
      const html = core.getInput(INPUT.html);
      return {
        command: 'aggregate',
        ...runner,
        results: splitPatterns(core.getInput(INPUT.results)),
        allowEmpty: readBoolean(INPUT.allowEmpty),
        ...(json !== '' ? { json } : {}),
        ...(html !== '' ? { html } : {}),
        timingsCache: readBoolean(INPUT.timingsCache, true),
        checkRun: readBoolean(INPUT.checkRun),
        comment: readCommentMode(),
        githubToken: core.getInput(INPUT.githubToken),
        github: readGitHubRun(event),
        compare: core.getInput(INPUT.compare).trim() || 'off',
        compareBranch: process.env.GITHUB_BASE_REF || runner.defaultBranch || runner.branch,
        download: readBoolean(INPUT.download),
        ...readCoverage(),
      };
    }
    case 'plan': {
      const shards = wholeNumber(core.getInput(INPUT.shards).trim() || undefined, 'input "shards"');
      return {
        command: 'plan',
        ...runner,
        config,
        timings: splitPatterns(core.getInput(INPUT.timings)),
        tests: splitPatterns(core.getInput(INPUT.tests)),
        ...(shards !== undefined ? { shards } : {}),
        timingsCache: readBoolean(INPUT.timingsCache, true),
      };
    }
    case 'image':
      return {
        command: 'image',
        ...runner,
        config,
        buildArgs: splitPatterns(core.getInput(INPUT.buildArgs)),
        lookupOnly: readBoolean(INPUT.lookupOnly),
        serve: readBoolean(INPUT.serve),
      };
    case 'run': {
      const suite = core.getInput(INPUT.suite).trim();
      if (suite === '')
        throw new InputError(
          'input "suite" is required for command run: the matrix entry\'s suite, e.g. ${{ matrix.suite }}',
        );
      const number = (name: string) =>
        wholeNumber(core.getInput(name).trim() || undefined, `input "${name}"`);
      const workers = core.getInput(INPUT.workers).trim();
      const testsFile = core.getInput(INPUT.testsFile).trim();
      const cores = number(INPUT.cores);
      const retentionDays = number(INPUT.retentionDays);
      if (retentionDays !== undefined && retentionDays > 90)
        throw new InputError(
          `input "retention-days" must be 1 to 90 (GitHub keeps artifacts at most 90 days), got ${retentionDays}`,
        );
      return {
        command: 'run',
        ...runner,
        config,
        suite,
        shard: number(INPUT.shard) ?? 1,
        shards: number(INPUT.shards) ?? 1,
        ...(testsFile !== '' ? { testsFile } : {}),
        ...(workers === 'auto'
          ? { workers: 'auto' as const }
          : workers !== ''
            ? { workers: number(INPUT.workers)! }
            : {}),
        ...(cores !== undefined ? { cores } : {}),
        ...(retentionDays !== undefined ? { retentionDays } : {}),
      };
    }
  }
}
