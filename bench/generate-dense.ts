/**
 * Writes dense JUnit reports for benchmarks, the shape most projects write (plain
 * `pytest --junitxml`, Surefire, Jest): many short test cases, 5% failing with a short traceback,
 * 1.5% with 20 lines of captured output, 100 cases per <testsuite>. Deterministic (an LCG): two
 * runs write byte-identical files.
 */
import { Lcg, writeBatched } from './generate-junit.js';

export interface DenseOptions {
  cases: number;
  /** Test cases per <testsuite>. */
  casesPerSuite: number;
  /** Numbers the suites and tests from here, so that the files of a matrix name different tests. */
  offset?: number;
}

/** Bumped whenever the output changes, so stale generated files are not reused. */
export const DENSE_VERSION = 1;

const FAIL_EVERY = 20; // 5%
const OUTPUT_EVERY = 67; // 1.5%

export function denseFailures(options: DenseOptions): number {
  let n = 0;
  const start = options.offset ?? 0;
  for (let i = start; i < start + options.cases; i++) if (isFailing(i)) n++;
  return n;
}

function isFailing(index: number): boolean {
  return index % FAIL_EVERY === FAIL_EVERY - 1;
}

function traceback(module: number, param: number): string {
  const got = param + 6;
  return (
    `<failure message="AssertionError: assert ${got} == ${param + 7}">` +
    `    def test_value(param):\n&gt;       assert compute(param) == param + 7\n` +
    `E       assert ${got} == ${param + 7}\n` +
    `tests/unit/test_mod${module}.py:42: AssertionError</failure>`
  );
}

function output(rng: Lcg, index: number): string {
  let text = '';
  for (let line = 0; line < 20; line++) {
    text += `2024-05-01 12:00:${String(line).padStart(2, '0')},${index % 1000} INFO app.db:connect.py:${10 + rng.next(300)} query ok (${rng.next(50)} ms)\n`;
  }
  return `<system-out>${text}</system-out>`;
}

function testCase(rng: Lcg, index: number, module: number): string {
  const param = index % 10;
  const cls = Math.floor(index / 10) % 5;
  const time = (rng.next(200) / 1000).toFixed(3);
  const failed = isFailing(index);
  const body =
    (failed ? traceback(module, param) : '') + (index % OUTPUT_EVERY === 3 ? output(rng, index) : '');
  const open =
    `<testcase classname="tests.unit.test_mod${module}.TestCase${cls}" name="test_value_${index}[param-${param}]" ` +
    `file="tests/unit/test_mod${module}.py" line="${10 + (index % 400)}" time="${time}"`;
  return body === '' ? `${open}/>\n` : `${open}>${body}</testcase>\n`;
}

function* densePieces(options: DenseOptions): Generator<string> {
  const start = options.offset ?? 0;
  const rng = new Lcg(0x5eed + start);
  yield '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (let first = start; first < start + options.cases; first += options.casesPerSuite) {
    const last = Math.min(first + options.casesPerSuite, start + options.cases);
    const module = Math.floor(first / options.casesPerSuite);
    let failures = 0;
    for (let i = first; i < last; i++) if (isFailing(i)) failures++;
    yield `<testsuite name="tests.unit.test_mod${module}" errors="0" failures="${failures}" skipped="0" ` +
      `tests="${last - first}" time="${((last - first) * 0.1).toFixed(3)}" hostname="runner-1">\n`;
    for (let i = first; i < last; i++) yield testCase(rng, i, module);
    yield '</testsuite>\n';
  }
  yield '</testsuites>\n';
}

/** Writes the report to `path` and returns its size in bytes. */
export function generateDense(path: string, options: DenseOptions): Promise<number> {
  return writeBatched(path, densePieces(options));
}
