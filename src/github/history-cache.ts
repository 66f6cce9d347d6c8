/** The timing history in GitHub's cache: the action's plan and aggregate steps share it. */
import path from 'node:path';
import * as core from '@actions/core';
import type { TimingHistory } from '../commands/history.js';
import { DEFAULT_HISTORY_FILE } from '../defaults.js';
import { GitHubCacheStore } from './cache-store.js';
import type { RunnerSettings } from './inputs.js';

/**
 * The timing history in GitHub's cache, keyed by this branch (then the default branch), at the
 * same path relative to the workspace on save and restore (the cache keys entries by paths too).
 */
export async function historyIn(
  settings: RunnerSettings,
  warn: (message: string) => void = core.warning,
): Promise<TimingHistory> {
  const { timingHistory } = await import('../commands/history.js');
  const file = path.resolve(settings.cwd, DEFAULT_HISTORY_FILE);
  return timingHistory(
    {
      file,
      storePath: path.relative(process.cwd(), file) || DEFAULT_HISTORY_FILE,
      store: new GitHubCacheStore(),
      branch: settings.branch,
      ...(settings.defaultBranch !== undefined ? { defaultBranch: settings.defaultBranch } : {}),
      run: settings.run,
    },
    warn,
  );
}
