/**
 * The action: the only place that talks to the runner through @actions/core. Inputs are read
 * once into settings, one command runs, its outcome is published; one catch at the top.
 */

import path from 'node:path';
import * as core from '@actions/core';
import { type AggregateOutcome, runAggregate } from '../commands/aggregate.js';
import { describeError, EXIT, InputError } from '../errors.js';
import { splitPatterns } from '../results/collect.js';
import { COMMANDS, type Command, INPUT, OUTPUT } from './names.js';

export interface ActionSettings {
  command: Command;
  /** Result file patterns, one per line. */
  results: string[];
  allowEmpty: boolean;
  json?: string;
  cwd: string;
}

function readBoolean(name: string): boolean {
  if (core.getInput(name) === '') return false;
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
  };
  const json = core.getInput(INPUT.json);
  if (json !== '') settings.json = json;
  return settings;
}

function failureReason(outcome: AggregateOutcome): string {
  const t = outcome.aggregate.totals;
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
  const outcome = await runAggregate({
    patterns: settings.results,
    cwd: settings.cwd,
    allowEmpty: settings.allowEmpty,
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
  if (outcome.exitCode !== EXIT.passed) core.setFailed(failureReason(outcome));
}

export async function runAction(): Promise<void> {
  try {
    const settings = readSettings();
    if (settings.command !== 'aggregate') {
      throw new InputError(
        `command "${settings.command}" is not available in this version yet; available: aggregate`,
      );
    }
    await aggregate(settings);
  } catch (err) {
    core.setFailed(describeError(err));
  }
}
