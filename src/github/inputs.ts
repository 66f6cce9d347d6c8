/**
 * The action's inputs, read once into typed settings per command (as actions/checkout's
 * input-helper does): every field documented, every input validated here and nowhere else.
 * Names come from names.ts, which a test holds to action.yml.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { DEFAULT_CONFIG } from '../defaults.js';
import { InputError, wholeNumber } from '../errors.js';
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
}

export type ActionSettings = AggregateSettings | PlanSettings | ImageSettings | RunSettings;

/** The repository's default branch, from the event payload the runner writes. */
function defaultBranchOf(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { repository?: { default_branch?: string } };
    return event.repository?.default_branch;
  } catch {
    return undefined;
  }
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

function readRunner(): RunnerSettings {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const defaultBranch = defaultBranchOf(process.env.GITHUB_EVENT_PATH);
  return {
    cwd: path.resolve(workspace, core.getInput(INPUT.workingDirectory) || '.'),
    branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || 'local',
    ...(defaultBranch ? { defaultBranch } : {}),
    run: `${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? 1}`,
  };
}

export function readSettings(): ActionSettings {
  const command = core.getInput(INPUT.command, { required: true }).trim();
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new InputError(`input "command" must be one of ${COMMANDS.join(', ')}; got "${command}"`);
  }
  const runner = readRunner();
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
    case 'run':
      return { command: 'run', ...runner };
  }
}
