/**
 * The action: read the inputs once (inputs.ts), pick GitHub's stores, call one command of
 * src/commands/, publish its outcome through @actions/core. One catch at the top. Each command
 * is loaded when it runs: a step pays start-up time only for the code it uses.
 */
import path from 'node:path';
import * as core from '@actions/core';
import type { AggregateOutcome } from '../commands/aggregate.js';
import type { TimingHistory } from '../commands/history.js';
import { DEFAULT_HISTORY_FILE, DEFAULT_SHARD_DIR } from '../defaults.js';
import { describeError, EXIT, InputError } from '../errors.js';
import { GitHubCacheStore } from './cache-store.js';
import {
  type ActionSettings,
  type AggregateSettings,
  type ImageSettings,
  type PlanSettings,
  type RunnerSettings,
  type RunSettings,
  readSettings,
} from './inputs.js';
import { logUntrusted, publishAnnotations, untrustedGroup } from './log.js';
import { OUTPUT, STATE } from './names.js';

/**
 * The timing history in GitHub's cache, keyed by this branch (then the default branch), at the
 * same path relative to the workspace on save and restore (the cache keys entries by paths too).
 */
async function historyIn(
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

/** The job summary: title, suites, failures linked at the commit, flaky, slowest, the jobs' timeline, within 1 MiB. */
async function summaryOf(outcome: AggregateOutcome, settings: AggregateSettings): Promise<string> {
  const [{ renderSummary }, { renderComparisonMarkdown }, { renderCoverageMarkdown }] = await Promise.all([
    import('../report/summary.js'),
    import('../report/comparison.js'),
    import('../coverage/render.js'),
  ]);
  const { report } = outcome;
  const run = settings.github;
  return renderSummary(
    {
      aggregate: outcome.aggregate,
      ...(report.timeline ? { timeline: report.timeline } : {}),
      ...(report.parallel ? { parallel: report.parallel } : {}),
    },
    {
      ...(run.owner && run.headSha
        ? { links: { serverUrl: run.serverUrl, repository: `${run.owner}/${run.repo}`, sha: run.headSha } }
        : {}),
      fullResultsAt: settings.json !== undefined ? `the JSON report (${settings.json})` : "the step's log",
      sections: [
        ...(report.comparison
          ? [
              {
                markdown: `${renderComparisonMarkdown(report.comparison, { heading: '####' })}\n`,
                placement: 'after-suites' as const,
              },
            ]
          : []),
        ...(report.coverage ? [{ markdown: `${renderCoverageMarkdown(report.coverage)}\n` }] : []),
      ],
    },
  );
}

/** The totals and the conclusion as the step's outputs (aggregate and run). */
function setTotals(t: AggregateOutcome['report']['totals'], exitCode: number): void {
  core.setOutput(OUTPUT.tests, t.tests);
  core.setOutput(OUTPUT.passed, t.passed);
  core.setOutput(OUTPUT.failed, t.failed);
  core.setOutput(OUTPUT.errors, t.errors);
  core.setOutput(OUTPUT.skipped, t.skipped);
  core.setOutput(OUTPUT.flaky, t.flaky);
  core.setOutput(OUTPUT.duration, t.duration);
  core.setOutput(OUTPUT.conclusion, exitCode === EXIT.passed ? 'success' : 'failure');
}

function failureReason(outcome: AggregateOutcome): string {
  const t = outcome.aggregate.totals;
  if (outcome.unwritten) return outcome.unwritten.join('; ');
  const broken = outcome.jobs?.broken ?? [];
  if (broken.length > 0)
    return `${broken.length} job(s) produced no results: ${broken.map((e) => `${e.job} (${e.error})`).join('; ')}`;
  if (outcome.exitCode === EXIT.badInput) {
    const bad = outcome.aggregate.files.filter((f) => f.error !== undefined);
    return `${bad.length} result file(s) could not be read: ${bad.map((f) => `${f.path} (${f.error})`).join('; ')}`;
  }
  return `${t.failed} test(s) failed and ${t.errors} had errors, of ${t.tests}`;
}

async function aggregate(settings: AggregateSettings): Promise<void> {
  if (settings.results.length === 0 && !settings.download) {
    throw new InputError(
      'input "results" is required for command aggregate (or download: true): one glob per line, e.g. results/**/*.xml',
    );
  }
  const { runAggregate } = await import('../commands/aggregate.js');
  const downloaded = settings.download ? await download(settings) : [];
  // Every warning annotation of this step is counted, so that ours stay within GitHub's cap.
  let warnings = 0;
  const warn = (message: string) => {
    warnings++;
    core.warning(message);
  };
  const baseRun =
    settings.compare !== 'off' ? await (await import('./base-run.js')).baseRunIn(settings, warn) : undefined;
  const outcome = await runAggregate({
    ...(baseRun?.base ? { base: baseRun.base } : {}),
    patterns: [...settings.results, ...downloaded],
    cwd: settings.cwd,
    allowEmpty: settings.allowEmpty,
    ...(settings.timingsCache ? { history: await historyIn(settings, warn) } : {}),
    ...(settings.json !== undefined ? { jsonPath: settings.json } : {}),
    ...(settings.html !== undefined ? { htmlPath: settings.html } : {}),
    ...(settings.coverage.length > 0
      ? {
          coverage: {
            patterns: settings.coverage,
            allowEmpty: settings.allowEmpty,
            ...(settings.coverageThreshold !== undefined ? { threshold: settings.coverageThreshold } : {}),
          },
        }
      : {}),
  });
  logUntrusted(outcome.console);
  setTotals(outcome.report.totals, outcome.exitCode);
  if (settings.json !== undefined) core.setOutput(OUTPUT.json, path.resolve(settings.cwd, settings.json));
  if (settings.html !== undefined) core.setOutput(OUTPUT.html, path.resolve(settings.cwd, settings.html));
  await core.summary.addRaw(await summaryOf(outcome, settings)).write();
  if (baseRun?.note) core.info(baseRun.note);
  await baseRun?.save(outcome.report);
  if (settings.checkRun || settings.comment !== 'off') {
    const { publishToGitHub } = await import('./publish.js');
    await publishToGitHub(
      outcome,
      {
        checkRun: settings.checkRun,
        comment: settings.comment,
        token: settings.githubToken,
        run: settings.github,
        ...(baseRun?.note ? { comparisonNote: baseRun.note } : {}),
      },
      { info: core.info, warning: warn },
    );
  }
  await annotate(outcome, settings, { error: outcome.exitCode !== EXIT.passed ? 1 : 0, warning: warnings });
  if (outcome.exitCode !== EXIT.passed) core.setFailed(failureReason(outcome));
}

/**
 * After the log's untrusted text (whose stop-commands would swallow them) and every other
 * warning of the step, before setFailed, whose message is one more error annotation: `taken`.
 */
async function annotate(
  outcome: AggregateOutcome,
  settings: AggregateSettings,
  taken: { error: number; warning: number },
): Promise<void> {
  const { renderAnnotations } = await import('../report/annotations.js');
  const { annotations } = renderAnnotations(
    { aggregate: outcome.aggregate },
    {
      reserved: taken,
      ...(outcome.report.comparison ? { comparison: outcome.report.comparison } : {}),
      elsewhere:
        settings.json !== undefined
          ? `the job summary and the JSON report (${settings.json})`
          : 'the job summary',
    },
  );
  publishAnnotations(annotations);
}

/** Every test job's artifact of this run, fetched before anything is read: the files to read. */
async function download(settings: AggregateSettings): Promise<string[]> {
  const [{ requireArtifactStore }, { downloadJobArtifacts }] = await Promise.all([
    import('./artifact-store.js'),
    import('../commands/shard-job.js'),
  ]);
  const { store, description } = requireArtifactStore(process.env, settings.runId);
  core.info(`downloading the test jobs' artifacts (${description})`);
  const got = await downloadJobArtifacts(store, {
    cwd: settings.cwd,
    attempt: settings.attempt,
    log: core.info,
    warn: core.warning,
  });
  return got.files;
}

/** One matrix job: the suite shard of the matrix entry, its artifact, its totals as outputs. */
async function run(settings: RunSettings): Promise<void> {
  const [{ runShardJob }, { pickArtifactStore }] = await Promise.all([
    import('../commands/shard-job.js'),
    import('./artifact-store.js'),
  ]);
  const store = pickArtifactStore(process.env, settings.runId);
  const group = untrustedGroup(`${settings.suite} shard ${settings.shard}/${settings.shards}`);
  let outcome: Awaited<ReturnType<typeof runShardJob>>;
  // Said after the group's stop-commands pair is closed, where a warning is a warning again.
  const said: { warning: boolean; text: string }[] = [];
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
        log: (text) => said.push({ warning: false, text }),
        warn: (text) => said.push({ warning: true, text }),
        onLine: group.line,
      },
    );
  } finally {
    group.end();
  }
  for (const { warning, text } of said) (warning ? core.warning : core.info)(text);
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

async function plan(settings: PlanSettings): Promise<void> {
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

async function image(settings: ImageSettings): Promise<void> {
  const [{ runImage }, { startConfiguredServer }, { execProcess }] = await Promise.all([
    import('../commands/image.js'),
    import('../commands/serve.js'),
    import('../exec.js'),
  ]);
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
  const server = await startConfiguredServer(outcome, `parallel-tests-${settings.run}`, {
    exec: execProcess,
    log: core.info,
  });
  // The post step (always run) tears it down, whatever the steps between do.
  core.saveState(STATE.server, JSON.stringify(server.handle));
}

async function dispatch(settings: ActionSettings): Promise<void> {
  switch (settings.command) {
    case 'plan':
      return plan(settings);
    case 'image':
      return image(settings);
    case 'aggregate':
      return aggregate(settings);
    case 'run':
      return run(settings);
  }
}

export async function runAction(): Promise<void> {
  try {
    await dispatch(readSettings());
  } catch (err) {
    core.setFailed(describeError(err));
  }
}
