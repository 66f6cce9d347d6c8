/**
 * The action: the only place that talks to the runner through @actions/core. Inputs are read
 * once into settings, one command runs, its outcome is published; one catch at the top.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { AggregateOutcome } from '../commands/aggregate.js';
import { DEFAULT_CONFIG, DEFAULT_HISTORY_FILE, DEFAULT_SHARD_DIR } from '../defaults.js';
import { describeError, EXIT, InputError, wholeNumber } from '../errors.js';
import { splitPatterns } from '../results/patterns.js';
import { GitHubCacheStore } from './cache-store.js';
import { COMMANDS, type Command, INPUT, OUTPUT, STATE } from './names.js';

export interface ActionSettings {
  command: Command;
  /** Result file patterns, one per line. */
  results: string[];
  allowEmpty: boolean;
  json?: string;
  cwd: string;
  config: string;
  timings: string[];
  tests: string[];
  shards?: number;
  timingsCache: boolean;
  buildArgs: string[];
  lookupOnly: boolean;
  serve: boolean;
  branch: string;
  defaultBranch?: string;
  run: string;
}

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

export function readSettings(): ActionSettings {
  const command = core.getInput(INPUT.command, { required: true }).trim();
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new InputError(`input "command" must be one of ${COMMANDS.join(', ')}; got "${command}"`);
  }
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const settings: ActionSettings = {
    command: command as Command,
    results: splitPatterns(core.getInput(INPUT.results)),
    allowEmpty: readBoolean(INPUT.allowEmpty),
    cwd: path.resolve(workspace, core.getInput(INPUT.workingDirectory) || '.'),
    config: core.getInput(INPUT.config) || DEFAULT_CONFIG,
    timings: splitPatterns(core.getInput(INPUT.timings)),
    tests: splitPatterns(core.getInput(INPUT.tests)),
    timingsCache: readBoolean(INPUT.timingsCache, true),
    buildArgs: splitPatterns(core.getInput(INPUT.buildArgs)),
    lookupOnly: readBoolean(INPUT.lookupOnly),
    serve: readBoolean(INPUT.serve),
    branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || 'local',
    run: `${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? 1}`,
  };
  const defaultBranch = defaultBranchOf(process.env.GITHUB_EVENT_PATH);
  if (defaultBranch) settings.defaultBranch = defaultBranch;
  const json = core.getInput(INPUT.json);
  if (json !== '') settings.json = json;
  const shards = wholeNumber(core.getInput(INPUT.shards).trim() || undefined, 'input "shards"');
  if (shards !== undefined) settings.shards = shards;
  return settings;
}

function failureReason(outcome: AggregateOutcome): string {
  const t = outcome.aggregate.totals;
  const broken = outcome.jobs?.broken ?? [];
  if (broken.length > 0)
    return `${broken.length} job(s) produced no results: ${broken.map((e) => `${e.job} (${e.error})`).join('; ')}`;
  if (outcome.exitCode === EXIT.badInput) {
    const bad = outcome.aggregate.files.filter((f) => f.error !== undefined);
    return `${bad.length} result file(s) could not be read: ${bad.map((f) => `${f.path} (${f.error})`).join('; ')}`;
  }
  return `${t.failed} test(s) failed and ${t.errors} had errors, of ${t.tests}`;
}

async function aggregate(settings: ActionSettings): Promise<void> {
  if (settings.results.length === 0) {
    throw new InputError(
      'input "results" is required for command aggregate: one glob per line, e.g. results/**/*.xml',
    );
  }
  const history = settings.timingsCache ? await historyCache(settings) : undefined;
  // The history so far first, so the file saved below grows run by run.
  await history?.restore();
  // Each command is loaded when it runs: a step pays start-up time only for the code it uses.
  const { runAggregate } = await import('../commands/aggregate.js');
  const outcome = await runAggregate({
    patterns: settings.results,
    cwd: settings.cwd,
    allowEmpty: settings.allowEmpty,
    ...(settings.timingsCache ? { historyPath: DEFAULT_HISTORY_FILE } : {}),
    ...(settings.json !== undefined ? { jsonPath: settings.json } : {}),
  });
  core.info(outcome.console);
  const t = outcome.report.totals;
  core.setOutput(OUTPUT.tests, t.tests);
  core.setOutput(OUTPUT.passed, t.passed);
  core.setOutput(OUTPUT.failed, t.failed);
  core.setOutput(OUTPUT.errors, t.errors);
  core.setOutput(OUTPUT.skipped, t.skipped);
  core.setOutput(OUTPUT.flaky, t.flaky);
  core.setOutput(OUTPUT.duration, t.duration);
  core.setOutput(OUTPUT.conclusion, outcome.exitCode === EXIT.passed ? 'success' : 'failure');
  if (settings.json !== undefined) core.setOutput(OUTPUT.json, path.resolve(settings.cwd, settings.json));
  // The rich job summary is a later step; until then the plain summary, fenced.
  await core.summary.addRaw(`### Test results\n\n\`\`\`text\n${outcome.console}\`\`\`\n`).write();
  await history?.save();
  if (outcome.exitCode !== EXIT.passed) core.setFailed(failureReason(outcome));
}

/**
 * The timing history between runs: GitHub's cache, keyed by this branch (then the default
 * branch), at the same relative path on save and restore (the cache keys entries by paths too).
 */
async function historyCache(
  settings: ActionSettings,
): Promise<{ restore: () => Promise<string | undefined>; save: () => Promise<boolean> }> {
  const { restoreHistory, saveHistory, timingKeys } = await import('../commands/timings.js');
  const store = new GitHubCacheStore();
  const file =
    path.relative(process.cwd(), path.resolve(settings.cwd, DEFAULT_HISTORY_FILE)) || DEFAULT_HISTORY_FILE;
  const keys = timingKeys(settings.branch, settings.defaultBranch, settings.run);
  return {
    restore: () => restoreHistory(store, file, keys, core.warning),
    save: () => saveHistory(store, file, keys, core.warning),
  };
}

async function plan(settings: ActionSettings): Promise<void> {
  if (settings.timingsCache) {
    const hit = await (await historyCache(settings)).restore();
    core.info(hit ? `timings restored from the cache (${hit})` : 'no timings in the cache yet');
  }
  const { runPlan } = await import('../commands/plan.js');
  const outcome = await runPlan({
    cwd: settings.cwd,
    configPath: settings.config,
    timings: settings.timings,
    tests: settings.tests,
    shardDir: DEFAULT_SHARD_DIR,
    ...(settings.timingsCache ? { historyPath: DEFAULT_HISTORY_FILE } : {}),
    ...(settings.shards !== undefined ? { shards: settings.shards } : {}),
  });
  core.info(outcome.explanation);
  for (const warning of outcome.plan.warnings) core.warning(warning);
  core.setOutput(OUTPUT.matrix, JSON.stringify(outcome.json.matrix));
}

async function image(settings: ActionSettings): Promise<void> {
  const { runImage } = await import('../commands/image.js');
  const { execProcess } = await import('../exec.js');
  const outcome = await runImage(
    {
      cwd: settings.cwd,
      configPath: settings.config,
      buildArgs: settings.buildArgs,
      lookupOnly: settings.lookupOnly,
    },
    { exec: execProcess, store: new GitHubCacheStore(), log: core.info, warn: core.warning },
  );
  core.setOutput(OUTPUT.image, outcome.image);
  core.setOutput(OUTPUT.cacheHit, outcome.cacheHit);
  core.setOutput(OUTPUT.key, outcome.key);
  if (!settings.serve || settings.lookupOnly) return;
  if (!outcome.config.server)
    throw new InputError(`${settings.config}: serve is true but there is no "server" section`);
  const { startServer } = await import('../server/server.js');
  const server = await startServer(
    {
      server: outcome.config.server,
      image: outcome.image,
      baseDir: outcome.baseDir,
      name: `parallel-tests-${settings.run}`,
    },
    { exec: execProcess, log: core.info },
  );
  // The post step (always run) tears it down, whatever the steps between do.
  core.saveState(STATE.server, JSON.stringify(server.handle));
}

export async function runAction(): Promise<void> {
  try {
    const settings = readSettings();
    if (settings.command === 'plan') await plan(settings);
    else if (settings.command === 'image') await image(settings);
    else if (settings.command === 'aggregate') await aggregate(settings);
    else {
      throw new InputError(
        `command "${settings.command}" is not available in this version yet; available: plan, image, aggregate`,
      );
    }
  } catch (err) {
    core.setFailed(describeError(err));
  }
}
