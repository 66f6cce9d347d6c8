/** Report inputs for the renderer tests: corpus files, hand-made cases, a multi-job run. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Comparison, compareReports } from '../../src/report/comparison.js';
import type { ReportInput } from '../../src/report/input.js';
import {
  type JsonReport,
  type ParallelFigures,
  renderJsonReport,
  type TimelineEntry,
} from '../../src/report/json.js';
import { aggregateResults } from '../../src/results/aggregate.js';
import { artifactName, type JobRecord } from '../../src/results/job-record.js';
import { RepositoryFiles } from '../../src/results/locate.js';
import type { FileResult, TestCase } from '../../src/results/model.js';
import { parseResultText } from '../../src/results/parse.js';
import { CORPUS } from '../helpers/paths.js';

export const LINKS = { serverUrl: 'https://github.com', repository: 'honua/demo', sha: '0123abc' };

/** Corpus files (paths below the corpus folder), parsed and aggregated as aggregate does. */
export function corpusInput(files: string[], tracked: string[] = []): ReportInput {
  const results = files.map((rel) => parseResultText(rel, readFileSync(path.join(CORPUS, rel), 'utf8')));
  return { aggregate: aggregateResults(results, { repository: new RepositoryFiles(tracked) }) };
}

export function testCase(fields: Partial<TestCase> & Pick<TestCase, 'name'>): TestCase {
  return {
    suite: 'py',
    className: 'tests.test_api',
    duration: 0.1,
    status: 'passed',
    source: 'r.xml',
    ...fields,
  };
}

export function fileOf(cases: TestCase[], rel = 'results/junit.xml'): FileResult {
  return { path: rel, format: 'junit', cases, warnings: [], walls: {} };
}

export function inputOf(cases: TestCase[]): ReportInput {
  return { aggregate: aggregateResults([fileOf(cases)]) };
}

/** The timeline and parallel figures from job records, by the JSON report's definitions. */
export function runOf(records: JobRecord[]): { timeline: TimelineEntry[]; parallel: ParallelFigures } {
  const timeline = records.map((r) => ({
    job: artifactName(r).replace(/^parallel-tests-/, ''),
    suite: r.suite,
    shard: r.shard,
    start: r.start,
    end: r.end,
    cores: r.cores,
    runner: r.runner,
    exit: r.exit,
  }));
  const starts = records.map((r) => Date.parse(r.start));
  const ends = records.map((r) => Date.parse(r.end));
  const wall = (ends.reduce((a, b) => Math.max(a, b)) - starts.reduce((a, b) => Math.min(a, b))) / 1000;
  let sum = 0;
  let busy = 0;
  let given = 0;
  records.forEach((r, i) => {
    const s = (ends[i]! - starts[i]!) / 1000;
    sum += s;
    busy += r.cpuSeconds ?? s * r.cores;
    given += r.cores;
  });
  return { timeline, parallel: { wall, busy, speedup: sum / wall, efficiency: busy / (given * wall) } };
}

function record(
  fields: Partial<JobRecord> & Pick<JobRecord, 'suite' | 'shard' | 'shards' | 'start' | 'end'>,
): JobRecord {
  return {
    version: 1,
    framework: 'pytest',
    workers: 4,
    cores: 4,
    runner: 'ubuntu-latest',
    exit: 0,
    command: ['pytest'],
    results: ['junit.xml'],
    ...fields,
  };
}

/**
 * Three suites over four jobs: python in two shards (one flaky test retried across them, one
 * failure with a pytest traceback), qgis with an error, csharp passing; job records for each.
 */
export function multiJobInput(): ReportInput {
  const py1 = fileOf(
    [
      testCase({ suite: 'python', name: 'test_list', duration: 1.5 }),
      testCase({
        suite: 'python',
        name: 'test_flaky',
        status: 'failed',
        message: 'timeout talking to /health',
        duration: 3,
      }),
      testCase({
        suite: 'python',
        name: 'test_bbox',
        status: 'failed',
        duration: 0.4,
        message: 'AssertionError: assert 3 == 4',
        details:
          'def test_bbox():\n>       assert len(items) == 4\nE       AssertionError: assert 3 == 4\n\ntests/test_api.py:42: AssertionError',
      }),
    ],
    'TestResults/python-1/junit.xml',
  );
  const py2 = fileOf(
    [
      testCase({ suite: 'python', name: 'test_flaky', duration: 2.5 }),
      testCase({ suite: 'python', name: 'test_items_paging', duration: 12.25 }),
      testCase({ suite: 'python', name: 'test_slow_export', className: 'tests.test_export', duration: 40 }),
      testCase({
        suite: 'python',
        name: 'test_windows_only',
        className: 'tests.test_export',
        status: 'skipped',
        duration: 0,
      }),
    ],
    'TestResults/python-2/junit.xml',
  );
  const qgis = fileOf(
    [
      testCase({ suite: 'qgis', className: 'tests.test_layers', name: 'test_load_parks', duration: 8 }),
      testCase({
        suite: 'qgis',
        className: 'tests.test_layers',
        name: 'test_load_roads',
        status: 'errored',
        duration: 30,
        message: 'Timeout >30.0s',
      }),
    ],
    'TestResults/qgis-1/junit.xml',
  );
  const csharp = fileOf(
    [
      testCase({
        suite: 'csharp',
        className: 'Honua.Tests.Features',
        name: 'ListsCollections',
        duration: 0.8,
      }),
      testCase({ suite: 'csharp', className: 'Honua.Tests.Features', name: 'PagesItems', duration: 1.1 }),
    ],
    'TestResults/csharp-1/run.trx',
  );
  const aggregate = aggregateResults([py1, py2, qgis, csharp], {
    repository: new RepositoryFiles(['tests/test_api.py', 'tests/test_layers.py']),
  });
  const run = runOf([
    record({
      suite: 'python',
      shard: 1,
      shards: 2,
      start: '2026-12-01T10:00:00Z',
      end: '2026-12-01T10:06:10Z',
    }),
    record({
      suite: 'python',
      shard: 2,
      shards: 2,
      start: '2026-12-01T10:00:02Z',
      end: '2026-12-01T10:07:30Z',
    }),
    record({
      suite: 'qgis',
      shard: 1,
      shards: 1,
      cores: 5,
      exit: 1,
      start: '2026-12-01T10:00:05Z',
      end: '2026-12-01T10:08:32Z',
    }),
    record({
      suite: 'csharp',
      shard: 1,
      shards: 1,
      framework: 'dotnet',
      cores: 8,
      start: '2026-12-01T10:00:01Z',
      end: '2026-12-01T10:05:00Z',
    }),
  ]);
  return { aggregate, ...run };
}

/** Names and messages that try to be markup, HTML, a command or a terminal escape. */
export const HOSTILE = {
  name: '<script>alert(1)</script> | `x` **b** [l](http://e) @octocat #1 :smile: $x$',
  message:
    '::error file=a.py,line=1::fake\n##[error]legacy\n::add-mask::secret\r::stop-commands::t\x1b[31mred</pre></details>',
};

export function hostileInput(): ReportInput {
  return inputOf([
    testCase({
      name: HOSTILE.name,
      className: '',
      suite: 'evil|suite<b>',
      status: 'failed',
      message: HOSTILE.message,
      details: `${HOSTILE.message}\n\n\`\`\`\n</pre>\n<img src=x onerror=alert(1)>`,
      file: 'tests/te st(1).py',
      line: 3,
    }),
  ]);
}

/**
 * The base run the multi-job input is compared with: test_bbox passed there, csharp's
 * PagesItems failed (fixed now), test_removed existed, and the run took longer.
 */
export function multiJobBase(): JsonReport {
  const python = fileOf(
    ['test_list', 'test_flaky', 'test_bbox', 'test_items_paging', 'test_removed'].map((name) =>
      testCase({ suite: 'python', name, duration: 1 }),
    ),
  );
  const qgis = fileOf([
    testCase({ suite: 'qgis', className: 'tests.test_layers', name: 'test_load_parks', duration: 8 }),
    testCase({
      suite: 'qgis',
      className: 'tests.test_layers',
      name: 'test_load_roads',
      status: 'errored',
      message: 'Timeout >30.0s',
    }),
  ]);
  const csharp = fileOf([
    testCase({ suite: 'csharp', className: 'Honua.Tests.Features', name: 'ListsCollections' }),
    testCase({
      suite: 'csharp',
      className: 'Honua.Tests.Features',
      name: 'PagesItems',
      status: 'failed',
      message: 'Expected 10 items',
    }),
  ]);
  const report = renderJsonReport(aggregateResults([python, qgis, csharp]));
  report.parallel = { wall: 640, busy: 9000, speedup: 2.9, efficiency: 0.7 };
  return report;
}

/** The multi-job input's comparison with multiJobBase, as aggregate makes it. */
export function multiJobComparison(): Comparison {
  const input = multiJobInput();
  const current = renderJsonReport(input.aggregate, { timeline: input.timeline!, parallel: input.parallel! });
  return compareReports(current, multiJobBase(), 'main @ 1a2b3c4d');
}

/** `count` failures (details of `detail` characters), each at its own line of tests/test_api.py, and one passing test. */
export function manyFailures(count: number, detail = 200) {
  const cases = [];
  for (let i = 0; i < count; i++) {
    cases.push(
      testCase({
        name: `test_${String(i).padStart(6, '0')}`,
        status: 'failed',
        message: `AssertionError: value ${i} was wrong`,
        details: `Traceback (most recent call last):\n  File "tests/test_api.py", line ${i}\n${'x'.repeat(detail)}`,
        file: 'tests/test_api.py',
        line: i + 1,
        duration: 0.01,
      }),
    );
  }
  cases.push(testCase({ name: 'test_ok', status: 'passed' }));
  return inputOf(cases);
}

/** Markdown with its code spans and <pre>/<code> elements taken out: what must carry no markup. */
export function outsideCode(md: string): string {
  return md.replace(/<(pre|code)>[\s\S]*?<\/\1>/g, '').replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
}
