/**
 * Rendering every report output for a 200,000-test run with 10,000 failures, next to the time
 * to parse it (the baseline), in the same process and the same rounds (issue 10, "Done when": all renders
 * under 1 s together, and below the parse).
 *
 *   npm run bench -- render        (or: npx tsx bench/render.bench.ts)
 *
 * The input is the dense file of aggregate.bench.ts (generate-dense.ts: 200,000 pytest-style
 * cases, 100 a suite, 5% failing with a traceback), read as `aggregate` reads it: streamed
 * through the parser into the fold, then finished (the baseline, "parse"). Twenty job records
 * (four suites, five shards each) give the timeline. Each round parses afresh, then renders
 * every output from that round's model; the median of the rounds is shown. No renderer builds
 * `aggregate.tests` (an object per test, about as long as the JSON report to build): the lists
 * they show come from the model's failures, flaky, slowest and testsBySuite().
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { formatAnnotationCommand, renderAnnotations } from '../src/report/annotations.js';
import { checkRunName, renderCheckRun } from '../src/report/check-run.js';
import { commentMarker, renderComment } from '../src/report/comment.js';
import { renderConsoleSummary } from '../src/report/console.js';
import { renderHtmlReport } from '../src/report/html.js';
import type { ReportInput } from '../src/report/input.js';
import { renderJsonReport, reportPieces } from '../src/report/json.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../src/report/summary.js';
import { renderJobsConsole, summarizeJobs } from '../src/report/timeline.js';
import { wrapUntrusted } from '../src/report/workflow-log.js';
import { type Aggregate, ResultFold } from '../src/results/aggregate.js';
import { collectResults } from '../src/results/collect.js';
import type { FoundJob } from '../src/results/job-record.js';
import { RepositoryFiles } from '../src/results/locate.js';
import { DENSE_VERSION, type DenseOptions, denseFailures, generateDense } from './generate-dense.js';
import { DATA, flushToDisk, reuseOrWrite } from './parse.bench.js';

const OPTIONS: DenseOptions = { cases: 200_000, casesPerSuite: 100 };
const ROUNDS = 5;
const TARGET_SECONDS = 1;
const LINKS = { serverUrl: 'https://github.com', repository: 'honua/demo', sha: '0123abc' };

/** Twenty jobs over about eight minutes, one of them failing. */
function jobRecords(): FoundJob[] {
  const jobs: FoundJob[] = [];
  const t0 = Date.parse('2026-12-01T10:00:00Z');
  for (const [s, suite] of ['python', 'qgis', 'csharp', 'e2e'].entries()) {
    for (let shard = 1; shard <= 5; shard++) {
      const start = t0 + (s * 7 + shard) * 1000;
      const end = start + (300 + ((s * 37 + shard * 53) % 180)) * 1000;
      jobs.push({
        path: `TestResults/${suite}-${shard}/parallel-tests-job.json`,
        present: 1,
        record: {
          version: 1,
          suite,
          shard,
          shards: 5,
          framework: 'pytest',
          workers: 4,
          cores: 4,
          runner: `runner-${s}-${shard}`,
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
          exit: s === 1 && shard === 3 ? 1 : 0,
          command: ['python3', '-m', 'pytest', '-n', '4'],
          results: ['junit.xml'],
        },
      });
    }
  }
  return jobs;
}

async function parse(file: string): Promise<Aggregate> {
  // As commands/aggregate.ts does: stream each file into the fold, then finish it.
  const fold = new ResultFold({ repository: new RepositoryFiles([]) });
  await collectResults([file], { cwd: path.dirname(file), jobRecords: false, fold });
  return fold.finish();
}

/** The JSON report's whole text, as aggregate writes it (in pieces, batched). */
function jsonText(input: ReportInput, jobs: ReturnType<typeof summarizeJobs>): number {
  const report = renderJsonReport(input.aggregate, jobs);
  let bytes = 0;
  let batch = '';
  for (const piece of reportPieces(report)) {
    batch += piece;
    if (batch.length >= 256 * 1024) {
      bytes += batch.length;
      batch = '';
    }
  }
  return bytes + batch.length;
}

interface Output {
  name: string;
  /** Renders it and returns its size in characters. */
  render: (input: ReportInput) => number;
}

function outputs(jobs: ReturnType<typeof summarizeJobs>): Output[] {
  return [
    { name: 'JSON report', render: (input) => jsonText(input, jobs) },
    {
      // As the action logs it: between a stop-commands token and its resume.
      name: 'console (guarded for the log)',
      render: (input) =>
        wrapUntrusted(renderConsoleSummary(input.aggregate) + (jobs ? renderJobsConsole(jobs) : ''), () =>
          randomUUID(),
        ).length,
    },
    {
      name: 'annotations (workflow commands)',
      render: (input) =>
        renderAnnotations(input, { reserved: { error: 1 }, elsewhere: 'the job summary' })
          .annotations.map(formatAnnotationCommand)
          .join('\n').length,
    },
    { name: 'job summary', render: (input) => renderSummary(input, { links: LINKS }).length },
    {
      // With its annotations, serialised as the Checks API client sends it.
      name: 'check run (payload as JSON)',
      render: (input) =>
        JSON.stringify(
          renderCheckRun(input, {
            name: checkRunName({ workflow: 'CI', report: 'tests' }),
            conclusion: 'failure',
            links: LINKS,
          }),
        ).length,
    },
    {
      name: 'PR comment',
      render: (input) => renderComment(input, { marker: commentMarker('CI'), links: LINKS }).length,
    },
    { name: 'HTML report', render: (input) => renderHtmlReport(input).length },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (seconds: number) => `${(seconds * 1000).toFixed(0).padStart(6)} ms`;

export async function main(): Promise<void> {
  await mkdir(DATA, { recursive: true });
  // The same file and key as aggregate.bench.ts's dense-200k: generated once, reused by both.
  const file = path.join(DATA, 'dense-200k.xml');
  const generated = await reuseOrWrite(
    file,
    { version: DENSE_VERSION, options: OPTIONS, files: null },
    async () => {
      const bytes = await generateDense(file, OPTIONS);
      await flushToDisk(file);
      return bytes;
    },
  );
  console.log(
    `Rendering every output of ${OPTIONS.cases.toLocaleString('en-US')} tests with ${denseFailures(OPTIONS).toLocaleString('en-US')} failures ` +
      `(${(generated.bytes / 2 ** 20).toFixed(1)} MB JUnit, ${generated.reused ? 'reused' : 'generated'}), ${ROUNDS} rounds, median`,
  );
  const jobs = summarizeJobs(jobRecords());
  const parses: number[] = [];
  const times = new Map<string, number[]>();
  const sizes = new Map<string, number>();
  const totals: number[] = [];
  let aggregate: Aggregate | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    aggregate = await parse(file);
    parses.push((performance.now() - t0) / 1000);
    const input: ReportInput = {
      aggregate,
      ...(jobs ? { timeline: jobs.timeline, parallel: jobs.parallel } : {}),
    };
    let total = 0;
    for (const output of outputs(jobs)) {
      const start = performance.now();
      const size = output.render(input);
      const seconds = (performance.now() - start) / 1000;
      total += seconds;
      const list = times.get(output.name) ?? [];
      list.push(seconds);
      times.set(output.name, list);
      sizes.set(output.name, size);
    }
    totals.push(total);
    console.log(`  round ${round + 1}: parse ${ms(parses[round]!)}, renders ${ms(total)}`);
  }
  const t = aggregate!.totals;
  if (t.tests !== OPTIONS.cases || t.failed !== denseFailures(OPTIONS))
    throw new Error(`the model has ${t.tests} tests and ${t.failed} failures, not what was generated`);
  const parse_ = median(parses);
  const renders = median(totals);
  console.log(`\n  ${'baseline: parse + aggregate (in process)'.padEnd(40)} ${ms(parse_)}`);
  for (const [name, list] of times) {
    const size = sizes.get(name)!;
    console.log(`  ${name.padEnd(40)} ${ms(median(list))}   (${(size / 1024).toFixed(0)} K characters)`);
  }
  console.log(`  ${'all renders (median of round totals)'.padEnd(40)} ${ms(renders)}`);
  const summaryBytes = Buffer.byteLength(renderSummary({ aggregate: aggregate! }, { links: LINKS }), 'utf8');
  console.log(
    `\n  job summary ${summaryBytes.toLocaleString('en-US')} bytes (limit ${SUMMARY_LIMIT_BYTES.toLocaleString('en-US')})`,
  );
  const underSecond = renders < TARGET_SECONDS;
  const underParse = renders < parse_;
  console.log(
    `  target: all renders under ${TARGET_SECONDS} s: ${underSecond ? 'met' : 'MISSED'}; below the parse (${(renders / parse_).toFixed(2)}x of it): ${underParse ? 'met' : 'MISSED'}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
