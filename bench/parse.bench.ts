/**
 * Throughput and peak memory of our result parser next to the DOM parsers other tools use
 * (xml2js as dorny/test-reporter does, fast-xml-parser), on large generated pytest reports.
 *
 *   npx tsx bench/parse.bench.ts
 *
 * Every parser runs in a child process of its own, so each peak RSS is that parser's alone.
 * The exit code is 0 even when a target is missed: this is a measurement, not a gate.
 */
import { spawn } from 'node:child_process';
import { mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { failureCount, GENERATOR_VERSION, generateJUnit, type JUnitOptions } from './generate-junit.js';
import type { WorkerFailure, WorkerResult } from './parse-worker.js';

const MB = 1024 * 1024;
export const ROOT = path.resolve(import.meta.dirname, '..');
export const DATA = path.join(import.meta.dirname, '.data');
const WORKER = path.join(import.meta.dirname, 'parse-worker.ts');
const CHILD_TIMEOUT_MS = 10 * 60 * 1000;

const TARGET_SPEEDUP = 5;
const TARGET_RSS_MB = 200;

const PARSERS = ['ours', 'xml2js', 'fast-xml-parser'] as const;
type ParserName = (typeof PARSERS)[number];

export interface Dataset {
  name: string;
  options: JUnitOptions;
  /** The memory target applies to this file. */
  rssTarget: boolean;
}

/** Runs of each parser per file; the median is reported. */
const REPEATS = 3;

export const DATASETS: Dataset[] = [
  {
    name: 'pytest-220k',
    options: { cases: 220_000, outputBytesPerCase: 800, failEvery: 50 },
    rssTarget: false,
  },
  {
    name: 'pytest-1g',
    options: { cases: 250_000, outputBytesPerCase: 4_000, failEvery: 50 },
    rssTarget: true,
  },
];

interface Manifest {
  key: unknown;
  bytes: number;
}

export interface Generated {
  file: string;
  bytes: number;
  reused: boolean;
}

type Outcome = { ok: true; result: WorkerResult } | { ok: false; reason: string };

interface Row {
  parser: ParserName;
  outcome: Outcome;
}

async function readManifest(file: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch {
    return null;
  }
}

/**
 * Waits for the kernel to write the fresh file out: otherwise a gigabyte of writeback competes
 * with the first parser measured and slows it by a third or more.
 */
export async function flushToDisk(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Reuses data written earlier for the same `key` (generator version and options) while it is
 * still of the recorded size (`measure`: a file's size by default); otherwise writes it again.
 */
export async function reuseOrWrite(
  target: string,
  key: unknown,
  write: () => Promise<number>,
  measure: (target: string) => Promise<number | null> = sizeOf,
): Promise<Generated> {
  const manifestFile = `${target}.json`;
  const manifest = await readManifest(manifestFile);
  const size = await measure(target);
  if (manifest !== null && JSON.stringify(manifest.key) === JSON.stringify(key) && manifest.bytes === size) {
    return { file: target, bytes: size, reused: true };
  }
  // The manifest goes first so a half-written file is never mistaken for a finished one.
  await rm(manifestFile, { force: true });
  const bytes = await write();
  const fresh: Manifest = { key, bytes };
  await writeFile(manifestFile, `${JSON.stringify(fresh)}\n`);
  return { file: target, bytes, reused: false };
}

/** The file of a dataset, generated unless an earlier one can be reused. */
export function ensureDataset(dataset: Dataset): Promise<Generated> {
  const file = path.join(DATA, `${dataset.name}.xml`);
  return reuseOrWrite(file, { version: GENERATOR_VERSION, options: dataset.options }, async () => {
    const bytes = await generateJUnit(file, dataset.options);
    await flushToDisk(file);
    return bytes;
  });
}

export const BUNDLED_WORKER = path.join(DATA, 'parse-worker.mjs');

/**
 * The worker runs as one bundled file on plain node, as the action does (dist/ is an esbuild
 * bundle): under the tsx loader every child started 40+ MB heavier than the product does.
 */
export async function bundleWorker(): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [WORKER],
    outfile: BUNDLED_WORKER,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
}

function childArgs(parser: ParserName, file: string): string[] {
  // The DOM parsers hold the whole document: give them a heap that could fit it.
  const heap = parser === 'ours' ? [] : ['--max-old-space-size=4096'];
  return [...heap, BUNDLED_WORKER, parser, file];
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return (lines[lines.length - 1] ?? '').trim();
}

/** Why a child that printed no result died: V8 prints a FATAL ERROR line when the heap runs out. */
function crashReason(
  code: number | null,
  signal: NodeJS.Signals | null,
  stderr: string,
  timedOut: boolean,
): string {
  if (timedOut) return `timed out after ${CHILD_TIMEOUT_MS / 60_000} min`;
  const fatal = /FATAL ERROR: ([^\n]+)/.exec(stderr);
  if (fatal) return `out of memory (${fatal[1]?.trim()})`;
  const exit = signal !== null ? `killed by ${signal}` : `exit code ${code}`;
  const last = lastLine(stderr);
  return last === '' ? exit : `${exit}: ${last.slice(0, 200)}`;
}

function interpret(
  stdout: string,
  stderr: string,
  code: number | null,
  signal: NodeJS.Signals | null,
  timedOut: boolean,
): Outcome {
  const line = lastLine(stdout);
  if (!timedOut && line.startsWith('{')) {
    try {
      const parsed = JSON.parse(line) as WorkerResult | WorkerFailure;
      if ('error' in parsed) return { ok: false, reason: parsed.error };
      return { ok: true, result: parsed };
    } catch {
      // Not our JSON line: fall through to the crash report.
    }
  }
  return { ok: false, reason: crashReason(code, signal, stderr, timedOut) };
}

/** Only the tail of stderr is kept: a crashing child can print a lot. */
function appendTail(tail: string, chunk: Buffer): string {
  const joined = tail + chunk.toString();
  return joined.length > 16_384 ? joined.slice(-16_384) : joined;
}

function runChild(parser: ParserName, file: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, childArgs(parser, file), {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, CHILD_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => (stdout = appendTail(stdout, chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = appendTail(stderr, chunk)));
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: `could not start: ${err.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve(interpret(stdout, stderr, code, signal, timedOut));
    });
  });
}

function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

function cell(text: string, width: number): string {
  return text.padEnd(width);
}

function formatRow(row: Row): string {
  const name = cell(row.parser, 16);
  if (!row.outcome.ok) return `  ${name} failed: ${row.outcome.reason}`;
  const r = row.outcome.result;
  return (
    `  ${name}${cell(r.mbPerSec.toFixed(1), 9)}${cell(r.peakRssMb.toFixed(0), 14)}` +
    `${cell(r.baseRssMb.toFixed(0), 14)}${cell(r.seconds.toFixed(2), 9)}${r.cases}`
  );
}

function resultOf(rows: Row[], parser: ParserName): WorkerResult | null {
  const row = rows.find((r) => r.parser === parser);
  return row?.outcome.ok ? row.outcome.result : null;
}

/** Checks and verdicts under the table; returns the "TARGET MISSED" lines so the summary can repeat them. */
function verdicts(dataset: Dataset, rows: Row[], expectedCases: number): string[] {
  const missed: string[] = [];
  const lines: string[] = [];
  const ours = resultOf(rows, 'ours');
  const xml2js = resultOf(rows, 'xml2js');
  if (ours === null) {
    missed.push(`TARGET MISSED [${dataset.name}]: our parser did not finish`);
  } else if (ours.cases !== expectedCases) {
    lines.push(`  !!! MISMATCH: our parser saw ${ours.cases} test cases, the file has ${expectedCases} !!!`);
  } else {
    lines.push(`  ours saw all ${expectedCases} generated test cases`);
  }
  if (ours?.note !== undefined) lines.push(`  our parser reported: ${ours.note.slice(0, 400)}`);
  if (ours !== null && xml2js !== null) {
    const ratio = ours.mbPerSec / xml2js.mbPerSec;
    lines.push(`  ours / xml2js = ${ratio.toFixed(1)}x (target: at least ${TARGET_SPEEDUP}x)`);
    if (ratio < TARGET_SPEEDUP) {
      missed.push(
        `TARGET MISSED [${dataset.name}]: ours / xml2js = ${ratio.toFixed(1)}x < ${TARGET_SPEEDUP}x`,
      );
    }
  } else {
    const missing = [ours === null ? 'ours' : '', xml2js === null ? 'xml2js' : ''].filter((n) => n !== '');
    lines.push(`  ours / xml2js = n/a (${missing.join(' and ')} did not finish on this file)`);
  }
  if (dataset.rssTarget && ours !== null) {
    lines.push(
      `  our peak RSS ${ours.peakRssMb.toFixed(0)} MB (target: under ${TARGET_RSS_MB} MB on this file)`,
    );
    if (ours.peakRssMb >= TARGET_RSS_MB) {
      missed.push(
        `TARGET MISSED [${dataset.name}]: our peak RSS ${ours.peakRssMb.toFixed(0)} MB >= ${TARGET_RSS_MB} MB`,
      );
    }
  }
  for (const line of lines) console.log(line);
  for (const line of missed) console.log(`  ${line}`);
  return missed;
}

function printHeader(dataset: Dataset, generated: Generated): void {
  const { cases, outputBytesPerCase } = dataset.options;
  console.log(
    `\n== ${dataset.name}: ${mb(generated.bytes)} (${generated.bytes} bytes), ${cases} test cases ` +
      `(${failureCount(dataset.options)} failing), ~${outputBytesPerCase} B system-out each` +
      ` [${generated.reused ? 'reused' : 'generated'}: ${path.relative(ROOT, generated.file)}]`,
  );
  console.log(
    `  ${cell('parser', 16)}${cell('MB/s', 9)}${cell('peak RSS MB', 14)}${cell('base RSS MB', 14)}${cell('seconds', 9)}cases`,
  );
}

async function benchDataset(dataset: Dataset): Promise<string[]> {
  const started = Date.now();
  const generated = await ensureDataset(dataset);
  if (!generated.reused)
    console.log(`\n(generated ${dataset.name} in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  printHeader(dataset, generated);
  // Each parser runs REPEATS times, interleaved with the others, and its median run is shown:
  // on a shared two-core machine one run of each can be off by a third in either direction.
  const runs = new Map<ParserName, Outcome[]>(PARSERS.map((p) => [p, []]));
  for (let i = 0; i < REPEATS; i++) {
    for (const parser of PARSERS) {
      const done = runs.get(parser)!;
      // A parser that failed (out of memory, too large) fails the same way again: once is enough.
      if (done.some((o) => !o.ok)) continue;
      done.push(await runChild(parser, generated.file));
    }
  }
  const rows: Row[] = PARSERS.map((parser) => {
    const outcomes = runs.get(parser)!;
    const failed = outcomes.find((o) => !o.ok);
    if (failed) return { parser, outcome: failed };
    const sorted = [...outcomes].sort((a, b) => (a.ok && b.ok ? a.result.seconds - b.result.seconds : 0));
    return { parser, outcome: sorted[Math.floor(sorted.length / 2)]! };
  });
  for (const row of rows) console.log(formatRow(row));
  return verdicts(dataset, rows, dataset.options.cases);
}

export async function main(): Promise<void> {
  const started = Date.now();
  await mkdir(DATA, { recursive: true });
  await bundleWorker();
  console.log('Result parser benchmark (1 MB = 2^20 bytes; MB/s = file size / wall seconds of read + parse)');
  console.log(
    `Targets: ours >= ${TARGET_SPEEDUP}x xml2js throughput; our peak RSS < ${TARGET_RSS_MB} MB on the 1 GB file.`,
  );
  console.log('base RSS = the child before parsing (node and the bundled worker), included in peak RSS.');
  const missed: string[] = [];
  for (const dataset of DATASETS) missed.push(...(await benchDataset(dataset)));
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
