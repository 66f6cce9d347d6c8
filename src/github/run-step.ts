/** The action's run step: one matrix entry of the plan, run and uploaded. */
import * as core from '@actions/core';
import { EXIT } from '../errors.js';
import type { RunSettings } from './inputs.js';
import { logUntrusted, untrustedSection } from './log.js';
import { OUTPUT } from './names.js';
import { setTotals } from './outputs.js';

/** One matrix job: the suite shard of the matrix entry, its artifact, its totals as outputs. */
export async function run(settings: RunSettings): Promise<void> {
  const [{ runShardJob }, { pickArtifactStore }] = await Promise.all([
    import('../commands/shard-job.js'),
    import('./artifact-store.js'),
  ]);
  const store = pickArtifactStore(process.env, settings.runId);
  const section = untrustedSection(`${settings.suite} shard ${settings.shard}/${settings.shards}`);
  let outcome: Awaited<ReturnType<typeof runShardJob>>;
  try {
    outcome = await runShardJob(
      {
        cwd: settings.cwd,
        configPath: settings.config,
        suite: settings.suite,
        shard: settings.shard,
        shards: settings.shards,
        ...(settings.testsFile !== undefined ? { testsFile: settings.testsFile } : {}),
        ...(settings.workers !== undefined ? { workers: settings.workers } : {}),
        ...(settings.cores !== undefined ? { cores: settings.cores } : {}),
        ...(settings.retentionDays !== undefined ? { retentionDays: settings.retentionDays } : {}),
        attempt: settings.attempt,
        runner: process.env.RUNNER_NAME || (await import('node:os')).hostname(),
        env: process.env,
      },
      {
        ...(store ? { store } : {}),
        log: section.log,
        warn: section.warn,
        onLine: section.output,
      },
    );
  } finally {
    section.end();
  }
  logUntrusted(outcome.report.console);
  const t = outcome.report.report.totals;
  setTotals(t, outcome.exitCode);
  core.setOutput(OUTPUT.results, outcome.dir);
  core.setOutput(OUTPUT.artifact, outcome.artifact);
  if (outcome.exitCode !== EXIT.passed) {
    const record = outcome.shard.record;
    core.setFailed(
      record.error !== undefined
        ? `${settings.suite} shard ${settings.shard}/${settings.shards}: ${record.error.split('\n')[0]}`
        : `${settings.suite} shard ${settings.shard}/${settings.shards}: ${t.failed} test(s) failed and ${t.errors} had errors, of ${t.tests}`,
    );
  }
}
