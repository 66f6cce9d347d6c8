/** The action's plan step: the matrix as an output, the explanation in the log. */
import * as core from '@actions/core';
import { DEFAULT_SHARD_DIR } from '../defaults.js';
import { historyIn } from './history-cache.js';
import type { PlanSettings } from './inputs.js';
import { logUntrusted } from './log.js';
import { OUTPUT } from './names.js';

export async function plan(settings: PlanSettings): Promise<void> {
  const { runPlan } = await import('../commands/plan.js');
  const outcome = await runPlan({
    cwd: settings.cwd,
    configPath: settings.config,
    timings: settings.timings,
    tests: settings.tests,
    shardDir: DEFAULT_SHARD_DIR,
    ...(settings.timingsCache ? { history: await historyIn(settings) } : {}),
    ...(settings.shards !== undefined ? { shards: settings.shards } : {}),
  });
  if (outcome.restored !== undefined)
    core.info(
      outcome.restored
        ? `timings restored from the cache (${outcome.restored})`
        : 'no timings in the cache yet',
    );
  logUntrusted(outcome.explanation);
  for (const warning of outcome.plan.warnings) core.warning(warning);
  core.setOutput(OUTPUT.matrix, JSON.stringify(outcome.json.matrix));
}
