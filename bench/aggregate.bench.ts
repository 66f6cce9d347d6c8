/**
 * The whole `aggregate` process on dense result files (the shape most projects write: many short
 * test cases, 5% failing with a short traceback, 1.5% with 20 lines of output), next to the DOM
 * parsers other tools use, each a whole process on the same files in the same run:
 *
 *   ours             node dist/cli.js aggregate <file or folder/*.xml> --json r.json
 *   xml2js           read each file whole, one object tree, count test cases (dorny/test-reporter)
 *   fast-xml-parser  the same with fast-xml-parser
 *
 * Wall seconds and peak RSS come from /usr/bin/time (%e, %M) around each process. Runs are
 * interleaved and repeated; the median is shown. Also: our peak RSS on the 1 GB output-heavy
 * file of parse.bench.ts. dist/ is what is measured: run `npm run build` after changing src/.
 *
 *   npx tsx bench/aggregate.bench.ts [dataset ...]   (default: all)
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DENSE_VERSION, type DenseOptions, denseFailures, generateDense } from './generate-dense.js';
import {
  BUNDLED_WORKER,
  bundleWorker,
  DATA,
  DATASETS,
  ensureDataset,
  flushToDisk,
  type Generated,
  ROOT,
  reuseOrWrite,
} from './parse.bench.js';

const MB = 1024 * 1024;
const CLI = path.join(ROOT, 'dist/cli.js');
const TIME = '/usr/bin/time';
const CHILD_TIMEOUT_MS = 15 * 60 * 1000;

const TOOLS = ['ours', 'xml2js', 'fast-xml-parser'] as const;
type Tool = (typeof TOOLS)[number];

interface Dense {
  name: string;
  /** One file, or `files` files of `options.cases` each in a folder. */
  options: DenseOptions;
  files?: number;
  /** ours at least this many times as fast as xml2js. */
  speedup: number;
  /** ours under this peak RSS, when set. */
  rssMb?: number;
  repeats: number;
}

const DENSE: Dense[] = [
  { name: 'dense-200k', options: { cases: 200_000, casesPerSuite: 100 }, speedup: 5, repeats: 5 },
  {
    name: 'matrix-1000x200',
    options: { cases: 200, casesPerSuite: 100 },
    files: 1000,
    speedup: 5,
    repeats: 5,
  },
  {
    name: 'dense-2m',
    options: { cases: 2_000_000, casesPerSuite: 100 },
    speedup: 10,
    rssMb: 500,
    repeats: 3,
  },
];
const OUTPUT_HEAVY_RSS_MB = 200;

interface Run {
  seconds: number;
  peakRssMb: number;
  /** Test cases the run saw (ours: totals.tests of its JSON report). */
  cases: number;
}

type Outcome = { ok: true; run: Run } | { ok: false; reason: string };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function folderSize(dir: string): Promise<number | null> {
  try {
    let bytes = 0;
    for (const name of await readdir(dir))
      if (name.endsWith('.xml')) bytes += (await stat(path.join(dir, name))).size;
    return bytes;
  } catch {
    return null;
  }
}

async function ensureDense(dataset: Dense): Promise<Generated> {
  const key = { version: DENSE_VERSION, options: dataset.options, files: dataset.files ?? null };
  if (dataset.files === undefined) {
    const file = path.join(DATA, `${dataset.name}.xml`);
    return reuseOrWrite(file, key, async () => {
      const bytes = await generateDense(file, dataset.options);
      await flushToDisk(file);
      return bytes;
    });
  }
  const dir = path.join(DATA, dataset.name);
  const files = dataset.files;
  return reuseOrWrite(
    dir,
    key,
    async () => {
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      let bytes = 0;
      for (let i = 0; i < files; i++) {
        const file = path.join(dir, `job-${String(i).padStart(4, '0')}.xml`);
        // Each job runs other tests: the matrix's results are one large run cut into files.
        bytes += await generateDense(file, { ...dataset.options, offset: i * dataset.options.cases });
      }
      return bytes;
    },
    folderSize,
  );
}

/** What each tool runs; ours names the folder's files by a glob, as a workflow would. */
function commandOf(tool: Tool, target: string, isFolder: boolean, json: string): string[] {
  if (tool === 'ours') return [CLI, 'aggregate', isFolder ? `${target}/*.xml` : target, '--json', json];
  return ['--max-old-space-size=8192', BUNDLED_WORKER, tool, target];
}

function runTimed(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string; timing: string }> {
  const timing = path.join(tmpdir(), `pt-aggregate-bench-${process.pid}.time`);
  return new Promise((resolve) => {
    const child = spawn(TIME, ['-f', '%e %M', '-o', timing, process.execPath, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.stdout.on('data', (c: Buffer) => (stdout = (stdout + c.toString()).slice(-16_384)));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-16_384)));
    child.on('close', async (code) => {
      clearTimeout(timer);
      const text = await readFile(timing, 'utf8').catch(() => '');
      await rm(timing, { force: true });
      resolve({ code, stdout, stderr, timing: text });
    });
  });
}

async function runTool(tool: Tool, target: string, isFolder: boolean): Promise<Outcome> {
  const json = path.join(DATA, `aggregate-bench-${process.pid}.json`);
  const r = await runTimed(commandOf(tool, target, isFolder, json));
  // /usr/bin/time's last line: "<wall seconds> <max RSS KiB>" (earlier lines say how a child ended).
  const m = /([\d.]+) (\d+)\s*$/.exec(r.timing);
  if (!m) return { ok: false, reason: `no timing (${r.timing.trim() || r.stderr.trim().slice(-200)})` };
  const seconds = Number(m[1]);
  const peakRssMb = Number(m[2]) / 1024;
  let cases: number;
  if (tool === 'ours') {
    // Exit 1 is expected: the data has failing tests. Anything else is a failed run.
    if (r.code !== 0 && r.code !== 1)
      return { ok: false, reason: `exit ${r.code}: ${r.stderr.trim().slice(-300)}` };
    try {
      cases = (JSON.parse(await readFile(json, 'utf8')) as { totals: { tests: number } }).totals.tests;
    } catch (err) {
      return { ok: false, reason: `no JSON report: ${(err as Error).message}` };
    } finally {
      await rm(json, { force: true });
    }
  } else {
    const line = r.stdout.trim().split('\n').pop() ?? '';
    try {
      const parsed = JSON.parse(line) as { cases?: number; error?: string };
      if (parsed.error !== undefined || parsed.cases === undefined)
        return { ok: false, reason: parsed.error ?? line };
      cases = parsed.cases;
    } catch {
      const fatal = /FATAL ERROR: ([^\n]+)/.exec(r.stderr);
      return {
        ok: false,
        reason: fatal ? `out of memory (${fatal[1]})` : `exit ${r.code}: ${r.stderr.slice(-200)}`,
      };
    }
  }
  return { ok: true, run: { seconds, peakRssMb, cases } };
}

interface Summary {
  tool: Tool;
  runs: Run[];
  failure?: string;
}

async function measureInterleaved(
  tools: readonly Tool[],
  target: string,
  isFolder: boolean,
  repeats: number,
) {
  const summaries = new Map<Tool, Summary>(tools.map((t) => [t, { tool: t, runs: [] }]));
  for (let i = 0; i < repeats; i++) {
    for (const tool of tools) {
      const s = summaries.get(tool)!;
      // A tool that failed (out of memory, too large for one string) fails the same way again.
      if (s.failure !== undefined) continue;
      const outcome = await runTool(tool, target, isFolder);
      if (outcome.ok) s.runs.push(outcome.run);
      else s.failure = outcome.reason;
    }
  }
  return [...summaries.values()];
}

function row(s: Summary): string {
  if (s.failure !== undefined) return `  ${s.tool.padEnd(16)}failed: ${s.failure}`;
  const secs = s.runs.map((r) => r.seconds);
  return (
    `  ${s.tool.padEnd(16)}${median(secs).toFixed(2).padStart(8)} s  ` +
    `${median(s.runs.map((r) => r.peakRssMb))
      .toFixed(0)
      .padStart(6)} MB  ` +
    `runs ${secs.map((x) => x.toFixed(2)).join(' ')}  cases ${s.runs[0]?.cases ?? '-'}`
  );
}

async function benchDense(dataset: Dense): Promise<string[]> {
  const started = Date.now();
  const generated = await ensureDense(dataset);
  const files = dataset.files ?? 1;
  const cases = dataset.options.cases * files;
  const failing = denseFailures({ ...dataset.options, cases });
  console.log(
    `\n== ${dataset.name}: ${(generated.bytes / MB).toFixed(1)} MB in ${files} file(s), ${cases} test cases ` +
      `(${failing} failing) [${generated.reused ? 'reused' : `generated in ${((Date.now() - started) / 1000).toFixed(1)} s`}: ${path.relative(ROOT, generated.file)}]`,
  );
  console.log(
    `  ${'tool'.padEnd(16)}${'median'.padStart(8)}    peak RSS  (${dataset.repeats} interleaved runs each)`,
  );
  const summaries = await measureInterleaved(
    TOOLS,
    generated.file,
    dataset.files !== undefined,
    dataset.repeats,
  );
  for (const s of summaries) console.log(row(s));
  const missed: string[] = [];
  const ours = summaries.find((s) => s.tool === 'ours')!;
  const xml2js = summaries.find((s) => s.tool === 'xml2js')!;
  if (ours.failure !== undefined) return [`TARGET MISSED [${dataset.name}]: ours failed`];
  if (ours.runs.some((r) => r.cases !== cases)) {
    missed.push(
      `TARGET MISSED [${dataset.name}]: ours counted ${ours.runs[0]?.cases} tests, the data has ${cases}`,
    );
  }
  const oursSeconds = median(ours.runs.map((r) => r.seconds));
  if (xml2js.failure === undefined) {
    const ratio = median(xml2js.runs.map((r) => r.seconds)) / oursSeconds;
    console.log(`  xml2js / ours = ${ratio.toFixed(1)}x (target: at least ${dataset.speedup}x)`);
    if (ratio < dataset.speedup)
      missed.push(`TARGET MISSED [${dataset.name}]: ${ratio.toFixed(1)}x < ${dataset.speedup}x`);
  } else {
    console.log(`  xml2js / ours = n/a (xml2js did not finish: it cannot be slower than its failure)`);
  }
  if (dataset.rssMb !== undefined) {
    const rss = median(ours.runs.map((r) => r.peakRssMb));
    console.log(`  our peak RSS ${rss.toFixed(0)} MB (target: under ${dataset.rssMb} MB)`);
    if (rss >= dataset.rssMb) missed.push(`TARGET MISSED [${dataset.name}]: peak RSS ${rss.toFixed(0)} MB`);
  }
  for (const line of missed) console.log(`  ${line}`);
  return missed;
}

/** The 1 GB output-heavy file of parse.bench.ts, through the whole aggregate: peak RSS only. */
async function benchOutputHeavy(): Promise<string[]> {
  const dataset = DATASETS.find((d) => d.rssTarget)!;
  const generated = await ensureDataset(dataset);
  console.log(
    `\n== ${dataset.name} (output-heavy): ${(generated.bytes / MB).toFixed(1)} MB, ${dataset.options.cases} test cases, ours only`,
  );
  const [ours] = await measureInterleaved(['ours'], generated.file, false, 3);
  console.log(row(ours!));
  if (ours!.failure !== undefined) return [`TARGET MISSED [${dataset.name}]: ours failed`];
  const rss = median(ours!.runs.map((r) => r.peakRssMb));
  console.log(`  our peak RSS ${rss.toFixed(0)} MB (target: under ${OUTPUT_HEAVY_RSS_MB} MB)`);
  return rss < OUTPUT_HEAVY_RSS_MB ? [] : [`TARGET MISSED [${dataset.name}]: peak RSS ${rss.toFixed(0)} MB`];
}

/** A dist/ older than src/ measures old code: say so. */
async function checkDist(): Promise<void> {
  const built = (await stat(CLI)).mtimeMs;
  const newer: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if ((await stat(full)).mtimeMs > built) newer.push(path.relative(ROOT, full));
    }
  };
  await walk(path.join(ROOT, 'src'));
  if (newer.length > 0)
    console.log(
      `WARNING: dist/cli.js is older than ${newer.length} file(s) in src/ (${newer[0]}): npm run build`,
    );
}

export async function main(): Promise<void> {
  const started = Date.now();
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-') && !a.endsWith('.ts'));
  await mkdir(DATA, { recursive: true });
  await bundleWorker();
  await checkDist();
  console.log(
    'Whole aggregate process on dense files (1 MB = 2^20 bytes; seconds and peak RSS from /usr/bin/time)',
  );
  const missed: string[] = [];
  for (const dataset of DENSE)
    if (only.length === 0 || only.includes(dataset.name)) missed.push(...(await benchDense(dataset)));
  if (only.length === 0 || only.includes('output-heavy')) missed.push(...(await benchOutputHeavy()));
  console.log(`\nSummary: ${missed.length === 0 ? 'all targets met' : `${missed.length} target(s) missed`}`);
  for (const line of missed) console.log(`  ${line}`);
  console.log(`Total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
