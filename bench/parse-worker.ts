/**
 * Parses one file with one parser and prints one JSON line. Run in its own process by
 * parse.bench.ts so that the peak RSS it reports belongs to that parser alone.
 *
 *   node --import tsx bench/parse-worker.ts <ours|xml2js|fast-xml-parser> <file or folder>
 *
 * A folder stands for every .xml file in it, parsed one after another (a matrix's results).
 */
import { constants } from 'node:buffer';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseStringPromise } from 'xml2js';
import { readResultFile } from '../src/results/collect.js';

export interface WorkerResult {
  mbPerSec: number;
  peakRssMb: number;
  cases: number;
  seconds: number;
  /** RSS before parsing: the runtime and loader, which the parser cannot help. */
  baseRssMb: number;
  /** Whatever the parser itself reported as wrong (ours only). */
  note?: string;
}

export interface WorkerFailure {
  error: string;
}

const MB = 1024 * 1024;

interface Parsed {
  cases: number;
  note?: string;
}

/** Counts `key` entries anywhere in a DOM-like object tree (arrays count each element). */
function countKey(node: unknown, key: string): number {
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + countKey(item, key), 0);
  if (node === null || typeof node !== 'object') return 0;
  let sum = 0;
  for (const [name, value] of Object.entries(node)) {
    if (name === key) sum += Array.isArray(value) ? value.length : 1;
    else sum += countKey(value, key);
  }
  return sum;
}

async function parseOurs(file: string): Promise<Parsed> {
  const result = await readResultFile(file, file);
  if (result === null) throw new Error('file not found');
  const problems = [result.error, ...result.warnings].filter((m): m is string => m !== undefined);
  return problems.length > 0
    ? { cases: result.cases.length, note: problems.join('; ') }
    : { cases: result.cases.length };
}

/** The DOM parsers need the whole file as one string, which V8 caps at about 512 MiB. */
async function readWhole(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const { size } = await stat(file);
    if (!(err instanceof RangeError) || size <= constants.MAX_STRING_LENGTH) throw err;
    throw new Error(
      `the file (${size} bytes) does not fit in one string: V8's maximum is ${constants.MAX_STRING_LENGTH} ` +
        `characters (RangeError: ${err.message})`,
    );
  }
}

// As dorny/test-reporter does it: the whole file as one string, then one DOM.
async function parseXml2js(file: string): Promise<Parsed> {
  const text = await readWhole(file);
  const doc: unknown = await parseStringPromise(text);
  return { cases: countKey(doc, 'testcase') };
}

async function parseFastXml(file: string): Promise<Parsed> {
  const text = await readWhole(file);
  const doc: unknown = new XMLParser({ ignoreAttributes: false }).parse(text);
  return { cases: countKey(doc, 'testcase') };
}

function parserOf(name: string): (file: string) => Promise<Parsed> {
  if (name === 'ours') return parseOurs;
  if (name === 'xml2js') return parseXml2js;
  if (name === 'fast-xml-parser') return parseFastXml;
  throw new Error(`unknown parser "${name}", expected ours, xml2js or fast-xml-parser`);
}

/** The files a path stands for: itself, or a folder's .xml files in name order. */
export async function filesOf(target: string): Promise<string[]> {
  if (!(await stat(target)).isDirectory()) return [target];
  const names = (await readdir(target)).filter((n) => n.endsWith('.xml')).sort();
  return names.map((n) => path.join(target, n));
}

async function parseAll(parse: (file: string) => Promise<Parsed>, files: string[]): Promise<Parsed> {
  let cases = 0;
  const notes: string[] = [];
  for (const file of files) {
    const parsed = await parse(file);
    cases += parsed.cases;
    if (parsed.note !== undefined) notes.push(parsed.note);
  }
  return notes.length > 0 ? { cases, note: notes.join('; ') } : { cases };
}

async function measure(name: string, target: string): Promise<WorkerResult> {
  const parse = parserOf(name);
  const files = await filesOf(target);
  let size = 0;
  for (const file of files) size += (await stat(file)).size;
  const baseRssMb = process.memoryUsage().rss / MB;
  const start = process.hrtime.bigint();
  const parsed = await parseAll(parse, files);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // maxRSS is in KiB on Linux and macOS.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const result: WorkerResult = {
    mbPerSec: size / MB / seconds,
    peakRssMb,
    cases: parsed.cases,
    seconds,
    baseRssMb,
  };
  if (parsed.note !== undefined) result.note = parsed.note;
  return result;
}

async function run(): Promise<void> {
  const [name, file] = process.argv.slice(2);
  if (name === undefined || file === undefined) {
    throw new Error('usage: parse-worker.ts <ours|xml2js|fast-xml-parser> <file>');
  }
  console.log(JSON.stringify(await measure(name, file)));
}

run().catch((err: unknown) => {
  const failure: WorkerFailure = { error: err instanceof Error ? err.message : String(err) };
  console.log(JSON.stringify(failure));
  process.exitCode = 1;
});
