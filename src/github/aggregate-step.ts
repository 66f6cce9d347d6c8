/**
 * The action's aggregate step: download the jobs' artifacts when asked, read every result file,
 * then publish: outputs, the job summary, the base run's comparison, the check run and comment,
 * annotations, and the step's conclusion.
 */
import path from 'node:path';
import * as core from '@actions/core';
import type { AggregateOutcome } from '../commands/aggregate.js';
import { EXIT, InputError } from '../errors.js';
import { historyIn } from './history-cache.js';
import type { AggregateSettings } from './inputs.js';
import { logUntrusted, publishAnnotations } from './log.js';
import { OUTPUT } from './names.js';
import { setTotals } from './outputs.js';

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

export async function aggregate(settings: AggregateSettings): Promise<void> {
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
