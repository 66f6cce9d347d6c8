/**
 * The child process of fuzz.test.ts: seeded random mutations of the corpus files, each read by
 * runAggregate (the path of `aggregate`: collect, fold, JSON report, console) beside one good
 * file. Runs in a process of its own so that a parser stuck in a loop can be killed by the
 * test's watchdog instead of stalling it; it reports every input as it finishes.
 *
 * Input i is mutated with a generator seeded by (seed, i) alone: FUZZ_ONLY=i replays one.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AggregateOutcome, runAggregate } from '../../src/commands/aggregate.js';
import { reportPieces } from '../../src/report/json.js';
import type { FileSummary } from '../../src/results/aggregate.js';
import { createResultParser, parseResultText } from '../../src/results/parse.js';

export interface FuzzInput {
  i: number;
  source: string;
  mutations: string[];
  bytes: number;
}

export type FuzzMessage =
  | { type: 'ready'; files: number }
  | (FuzzInput & {
      type: 'done';
      ms: number;
      /** What broke an invariant, if anything. */
      problems: string[];
      error: boolean;
      exitCode: number;
    })
  | { type: 'end'; tried: number; ms: number; rssStart: number; rssPeak: number; rssEnd: number };

/** mulberry32: a small, fast, seeded generator (public domain). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, n: number): number => Math.floor(rand() * n);
const pick = <T>(rand: Rand, items: readonly T[]): T => items[int(rand, items.length)]!;

/** A tag's span [start, end) from a random "<" on, or null when there is none. */
function randomTag(rand: Rand, b: Buffer): [number, number] | null {
  if (b.length === 0) return null;
  let start = b.indexOf(0x3c, int(rand, b.length));
  if (start === -1) start = b.indexOf(0x3c);
  if (start === -1) return null;
  const gt = b.indexOf(0x3e, start);
  return [start, gt === -1 ? b.length : gt + 1];
}

const JUNK = [
  '&',
  '&amp;amp;',
  '&#0;',
  '&#x1b;[2J',
  '&#x110000;',
  '&#xD800;',
  '&nbsp;',
  '&undefined;',
  '&#99999999;',
  '<',
  '>',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<?',
  '?>',
  '"',
  "'",
  '</',
  '/>',
  '<!DOCTYPE x [ <!ENTITY a "]"> ]>',
  '<!DOCTYPE x [',
  '<!ENTITY lol "lol">',
  '\u0000',
  '\uFEFF',
  '\r\n',
  '<testcase name="x"/>',
  '<testsuite tests="2147483647">',
  '<UnitTestResult outcome="constructor"/>',
];

const ODD_VALUES = [
  '',
  '1e308',
  '1e306',
  '-1',
  'NaN',
  'Infinity',
  '2147483647',
  '99999999999999999999',
  '1,5',
  '0x10',
  'constructor',
  '__proto__',
  'toString',
  'Error',
  'Failed',
  'Passed',
  '&#0;',
  '&lt;&gt;',
  'a'.repeat(20_000),
  '/'.repeat(20_000),
];

type Mutation = (rand: Rand, b: Buffer) => [Buffer, string];

const MUTATIONS: Record<string, Mutation> = {
  truncate(rand, b) {
    const at = int(rand, b.length + 1);
    return [b.subarray(0, at), `truncate@${at}`];
  },
  flip(rand, b) {
    const out = Buffer.from(b);
    const n = 1 + int(rand, 8);
    const at: number[] = [];
    for (let k = 0; k < n && out.length > 0; k++) {
      const p = int(rand, out.length);
      out[p] = out[p]! ^ (1 + int(rand, 255));
      at.push(p);
    }
    return [out, `flip@${at.join(',')}`];
  },
  duplicateTag(rand, b) {
    const tag = randomTag(rand, b);
    if (tag === null) return [b, 'duplicateTag(none)'];
    const copy = b.subarray(tag[0], tag[1]);
    // Right after itself, or before another tag.
    const other = rand() < 0.5 ? null : randomTag(rand, b);
    const at = other === null ? tag[1] : other[0];
    return [Buffer.concat([b.subarray(0, at), copy, b.subarray(at)]), `duplicateTag@${tag[0]}->${at}`];
  },
  deleteTag(rand, b) {
    const tag = randomTag(rand, b);
    if (tag === null) return [b, 'deleteTag(none)'];
    return [Buffer.concat([b.subarray(0, tag[0]), b.subarray(tag[1])]), `deleteTag@${tag[0]}`];
  },
  duplicateSpan(rand, b) {
    // Several tags and what is between them: an element with its children, or half of one.
    const first = randomTag(rand, b);
    if (first === null) return [b, 'duplicateSpan(none)'];
    let end = first[1];
    for (let k = int(rand, 6); k > 0 && end < b.length; k--) {
      const gt = b.indexOf(0x3e, end);
      if (gt === -1) break;
      end = gt + 1;
    }
    const copy = b.subarray(first[0], end);
    return [Buffer.concat([b.subarray(0, end), copy, b.subarray(end)]), `duplicateSpan@${first[0]}-${end}`];
  },
  insertJunk(rand, b) {
    const at = int(rand, b.length + 1);
    let junk: Buffer;
    if (rand() < 0.3) {
      junk = Buffer.alloc(1 + int(rand, 16));
      for (let k = 0; k < junk.length; k++) junk[k] = int(rand, 256);
    } else {
      junk = Buffer.from(pick(rand, JUNK), 'utf8');
    }
    return [
      Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]),
      `insertJunk@${at}:${JSON.stringify(junk.toString('latin1').slice(0, 40))}`,
    ];
  },
  oddValue(rand, b) {
    // An attribute value (the first after a random offset) replaced by a hostile one.
    const from = int(rand, b.length + 1);
    let eq = b.indexOf('="', from);
    if (eq === -1) eq = b.indexOf('="');
    if (eq === -1) return [b, 'oddValue(none)'];
    const close = b.indexOf(0x22, eq + 2);
    if (close === -1) return [b, 'oddValue(none)'];
    const value = pick(rand, ODD_VALUES);
    const shown = value.length > 20 ? `${value[0]}x${value.length}` : value;
    return [
      Buffer.concat([b.subarray(0, eq + 2), Buffer.from(value), b.subarray(close)]),
      `oddValue@${eq}:${JSON.stringify(shown)}`,
    ];
  },
  utf16(rand, b) {
    // The same text as UTF-16 with a byte-order mark (little or big end), maybe cut mid-unit.
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]);
    const out = rand() < 0.5 ? le : Buffer.from(le).swap16();
    const cut = rand() < 0.5 ? out.length : int(rand, out.length + 1);
    return [out.subarray(0, cut), `utf16(${out === le ? 'le' : 'be'})@${cut}`];
  },
};

/** How often each kind is chosen: the plain ones the issue names most. */
const WEIGHTED = [
  ...Array<string>(3).fill('truncate'),
  ...Array<string>(3).fill('flip'),
  ...Array<string>(3).fill('duplicateTag'),
  ...Array<string>(3).fill('deleteTag'),
  ...Array<string>(2).fill('duplicateSpan'),
  ...Array<string>(2).fill('insertJunk'),
  ...Array<string>(2).fill('oddValue'),
  'utf16',
];

export function corpusFiles(dir: string, maxBytes: number): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((name) => {
        const full = path.join(d, name);
        const info = statSync(full);
        if (info.isDirectory()) return walk(full);
        return /\.(xml|trx)$/.test(name) && info.size <= maxBytes ? [full] : [];
      });
  return walk(dir);
}

export function mutate(
  seed: number,
  i: number,
  sources: readonly { name: string; bytes: Buffer }[],
): { source: string; bytes: Buffer; mutations: string[]; cutsRoot: boolean } {
  // One generator per input, from the seed and the input's number alone.
  const rand = mulberry32((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
  const source = pick(rand, sources);
  let bytes = source.bytes;
  const mutations: string[] = [];
  const kinds: string[] = [];
  for (let n = 1 + int(rand, 3); n > 0; n--) {
    const kind = pick(rand, WEIGHTED);
    const [next, what] = MUTATIONS[kind]!(rand, bytes);
    bytes = next;
    kinds.push(kind);
    mutations.push(what);
  }
  // A file cut before its last closing tag has lost data: it must not pass as it is.
  const cutsRoot =
    kinds.length === 1 && kinds[0] === 'truncate' && bytes.length <= source.bytes.lastIndexOf('</');
  return { source: source.name, bytes, mutations, cutsRoot };
}

const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="fuzz-good" tests="5" failures="1" skipped="1" time="1.5">
    <testcase classname="fuzz.good.Alpha" name="test_one" time="0.1"/>
    <testcase classname="fuzz.good.Alpha" name="test_two" time="0.2"/>
    <testcase classname="fuzz.good.Beta" name="test_three" time="0.3"/>
    <testcase classname="fuzz.good.Beta" name="test_fails" time="0.4"><failure message="boom">trace</failure></testcase>
    <testcase classname="fuzz.good.Beta" name="test_skipped" time="0"><skipped/></testcase>
  </testsuite>
</testsuites>
`;

function summaryOf(outcome: AggregateOutcome, name: string): FileSummary | undefined {
  return outcome.aggregate.files.find((f) => f.path === name);
}

/** What an outcome breaks of "counts or a per-file error, the good file intact". */
function check(outcome: AggregateOutcome, good: FileSummary, cutsRoot: boolean): string[] {
  const problems: string[] = [];
  const got = summaryOf(outcome, 'good.xml');
  if (JSON.stringify(got) !== JSON.stringify(good)) {
    problems.push(`the good file changed: ${JSON.stringify(got)}`);
  }
  const mut = summaryOf(outcome, 'mut.xml');
  if (mut === undefined) {
    problems.push('no entry for the mutated file');
  } else if (mut.error === undefined) {
    if (cutsRoot) problems.push('cut before its last closing tag, yet no error');
    for (const key of ['tests', 'passed', 'failed', 'errors', 'skipped'] as const) {
      if (!Number.isFinite(mut[key]) || mut[key] < 0) problems.push(`${key} is ${mut[key]}`);
    }
  } else if (typeof mut.error !== 'string' || mut.error === '') {
    problems.push(`error is ${JSON.stringify(mut.error)}`);
  }
  const { totals } = outcome.aggregate;
  if (!Number.isFinite(totals.tests) || totals.tests < good.tests)
    problems.push(`totals.tests is ${totals.tests}`);
  if (!Number.isFinite(totals.duration)) problems.push(`totals.duration is ${totals.duration}`);
  const expectedExit = mut?.error !== undefined ? 2 : totals.failed + totals.errors > 0 ? 1 : 0;
  if (outcome.exitCode !== expectedExit)
    problems.push(`exit code ${outcome.exitCode}, expected ${expectedExit}`);
  return problems;
}

/** The same text whole and in random chunks: any difference, told briefly. */
function chunkProblems(text: string, rand: Rand): string[] {
  const whole = JSON.stringify(parseResultText('mut.xml', text));
  const parser = createResultParser('mut.xml');
  const cuts: number[] = [];
  const most = 1 + int(rand, rand() < 0.5 ? 16 : 4096);
  for (let at = 0; at < text.length && !parser.done; ) {
    const next = Math.min(text.length, at + 1 + int(rand, most));
    parser.write(text.slice(at, next));
    cuts.push(next);
    at = next;
  }
  const chunked = JSON.stringify(parser.end());
  if (chunked === whole) return [];
  let d = 0;
  while (whole[d] === chunked[d]) d++;
  return [
    `chunks of 1-${most} differ from the whole text: ${JSON.stringify(whole.slice(d - 40, d + 80))} vs ${JSON.stringify(chunked.slice(d - 40, d + 80))}`,
  ];
}

async function main(): Promise<void> {
  const corpus = process.env.FUZZ_CORPUS!;
  const seed = Number(process.env.FUZZ_SEED ?? 1);
  const budgetMs = Number(process.env.FUZZ_BUDGET_MS ?? 25_000);
  const maxInputs = Number(process.env.FUZZ_MAX_INPUTS ?? 1_000_000);
  const only = process.env.FUZZ_ONLY === undefined ? null : Number(process.env.FUZZ_ONLY);
  const send = (message: FuzzMessage) =>
    new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));

  const sources = corpusFiles(corpus, 256 * 1024).map((file) => ({
    name: path.relative(corpus, file),
    bytes: readFileSync(file),
  }));
  const dir = path.join(os.tmpdir(), `pt-fuzz-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'good.xml'), GOOD);
  const settings = (patterns: string[]) => ({ patterns, cwd: dir, allowEmpty: false });
  const noFiles = async () => [];
  const baseline = await runAggregate(settings(['good.xml']), noFiles);
  const good = summaryOf(baseline, 'good.xml')!;
  await send({ type: 'ready', files: sources.length });

  const started = performance.now();
  const rssStart = process.memoryUsage().rss;
  let rssPeak = rssStart;
  let tried = 0;
  for (let i = only ?? 0; only === null ? i < maxInputs : i === only; i++) {
    if (only === null && performance.now() - started > budgetMs) break;
    const input = mutate(seed, i, sources);
    writeFileSync(path.join(dir, 'mut.xml'), input.bytes);
    const t0 = performance.now();
    let problems: string[];
    let error = false;
    let exitCode = -1;
    try {
      const outcome = await runAggregate(settings(['good.xml', 'mut.xml']), noFiles);
      // The JSON report as `aggregate` writes it, piece by piece.
      for (const piece of reportPieces(outcome.report))
        if (typeof piece !== 'string') throw new Error('not text');
      problems = check(outcome, good, input.cutsRoot);
      error = summaryOf(outcome, 'mut.xml')?.error !== undefined;
      exitCode = outcome.exitCode;
    } catch (err) {
      problems = [`threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`];
    }
    // A streaming parser must not care where the chunks break, in a broken file too.
    if (problems.length === 0 && i % 2 === 0) {
      try {
        problems = chunkProblems(input.bytes.toString('utf8'), mulberry32(seed + i));
      } catch (err) {
        problems = [`threw in chunks: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`];
      }
    }
    const ms = performance.now() - t0;
    tried++;
    if (tried % 50 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    await send({
      type: 'done',
      i,
      source: input.source,
      mutations: input.mutations,
      bytes: input.bytes.length,
      ms,
      problems,
      error,
      exitCode,
    });
  }
  const rssEnd = process.memoryUsage().rss;
  await send({
    type: 'end',
    tried,
    ms: performance.now() - started,
    rssStart,
    rssPeak: Math.max(rssPeak, rssEnd),
    rssEnd,
  });
}

if (process.env.FUZZ_CORPUS !== undefined) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(3);
    },
  );
}
