/**
 * Writes a large pytest-xdist-style JUnit report for benchmarks. Output is deterministic (an LCG,
 * never Math.random) so two runs produce byte-identical files and the reuse check in the
 * benchmark can trust the size.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

export interface JUnitOptions {
  cases: number;
  /** Approximate size of each test case's <system-out>. */
  outputBytesPerCase: number;
  /** Every n-th case fails; 0 or absent means none do. */
  failEvery?: number;
}

/** Bumped whenever the output format changes, so stale generated files are not reused. */
export const GENERATOR_VERSION = 1;

const MODULES = 97;
const PARAMS_PER_TEST = 25;
const BATCH_CHARS = 1024 * 1024;

const LEVELS = ['DEBUG   ', 'INFO    ', 'INFO    ', 'WARNING ', 'INFO    '];
const LOGGERS = ['app.db:connect.py', 'app.http:client.py', 'app.cache:redis.py', 'app.auth:tokens.py'];
// Pre-escaped on purpose: these are the entities the parser must decode (&lt; &gt; &amp; &quot;).
const MESSAGES = [
  'query SELECT id FROM jobs WHERE retries &lt; 3 AND state = &quot;queued&quot;',
  'GET /api/v2/items?page=2&amp;size=50 -&gt; 200 (12 ms)',
  'cache miss for key user:42 &amp; tenant:7, falling back to database',
  'token &lt;redacted&gt; refreshed, expires in 3600 s',
  'retrying connection to postgres://ci@localhost:5432/test &amp;&amp; waiting 0.1 s',
  'payload {&quot;ok&quot;: true, &quot;items&quot;: [1, 2, 3]} parsed in 0.4 ms',
];

/** Numerical Recipes LCG: enough variety for log lines, and the same sequence every run. */
export class Lcg {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(bound: number): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    // The low bits of a power-of-two LCG cycle quickly; the high ones do not.
    return (this.state >>> 16) % bound;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.next(items.length)] as T;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function logLine(rng: Lcg, index: number, line: number): string {
  const ms = (index * 37 + line * 11) % 1000;
  const stamp = `2024-05-01 12:${pad((index >> 6) % 60, 2)}:${pad(line % 60, 2)},${pad(ms, 3)}`;
  const where = `${rng.pick(LOGGERS)}:${10 + rng.next(300)}`;
  return `${stamp} ${rng.pick(LEVELS)}${where} ${rng.pick(MESSAGES)}\n`;
}

function systemOut(rng: Lcg, index: number, bytes: number): string {
  if (bytes <= 0) return '';
  let text = '------------------------------ Captured log call -------------------------------\n';
  for (let line = 0; text.length < bytes; line++) text += logLine(rng, index, line);
  return `<system-out>${text}</system-out>`;
}

function failure(module: number, param: number): string {
  const got = param + 6;
  const message = `AssertionError: assert ${got} == ${param + 7}`;
  const trace = [
    `param = ${param}`,
    '',
    `    @pytest.mark.parametrize(&quot;param&quot;, range(${PARAMS_PER_TEST}))`,
    '    def test_x(param):',
    '        value = compute(param)',
    `&gt;       assert value == param + 7`,
    `E       assert ${got} == (${param} + 7)`,
    `E        +  where ${got} = compute(${param})`,
    '',
    `tests/test_mod${module}.py:42: AssertionError`,
  ].join('\n');
  return `<failure message="${message}">${trace}</failure>`;
}

function testCase(rng: Lcg, index: number, options: JUnitOptions): string {
  const module = index % MODULES;
  const param = Math.floor(index / MODULES) % PARAMS_PER_TEST;
  const variant = Math.floor(index / (MODULES * PARAMS_PER_TEST));
  const time = (rng.next(5000) / 1000).toFixed(3);
  const failed =
    options.failEvery !== undefined && options.failEvery > 0 && (index + 1) % options.failEvery === 0;
  const body = (failed ? failure(module, param) : '') + systemOut(rng, index, options.outputBytesPerCase);
  return (
    `<testcase classname="tests.test_mod${module}" name="test_x${variant}[param-${param}]" ` +
    `file="tests/test_mod${module}.py" line="${30 + (variant % 200)}" time="${time}">${body}</testcase>\n`
  );
}

export function failureCount(options: JUnitOptions): number {
  return options.failEvery ? Math.floor(options.cases / options.failEvery) : 0;
}

function header(options: JUnitOptions): string {
  const failures = failureCount(options);
  const time = (options.cases * 0.0025).toFixed(3);
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>' +
    `<testsuite name="pytest" errors="0" failures="${failures}" skipped="0" tests="${options.cases}" ` +
    `time="${time}" timestamp="2024-05-01T12:00:00.000000" hostname="runner-1">\n`
  );
}

async function put(stream: WriteStream, text: string): Promise<number> {
  if (!stream.write(text)) await once(stream, 'drain');
  return Buffer.byteLength(text);
}

/** Writes the pieces to `path` in batches (one write per piece would time stream bookkeeping); returns the bytes. */
export async function writeBatched(path: string, pieces: Iterable<string>): Promise<number> {
  const stream = createWriteStream(path);
  const closed = once(stream, 'close');
  // Marked handled here; a write error still rejects the await at the end (or the one on 'drain').
  closed.catch(() => undefined);
  let bytes = 0;
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH_CHARS) {
      bytes += await put(stream, batch);
      batch = '';
    }
  }
  bytes += await put(stream, batch);
  stream.end();
  await closed;
  return bytes;
}

function* junitPieces(options: JUnitOptions): Generator<string> {
  const rng = new Lcg(0x5eed);
  yield header(options);
  for (let i = 0; i < options.cases; i++) yield testCase(rng, i, options);
  yield '</testsuite></testsuites>\n';
}

/** Writes the report to `path` and returns its size in bytes. */
export function generateJUnit(path: string, options: JUnitOptions): Promise<number> {
  return writeBatched(path, junitPieces(options));
}
