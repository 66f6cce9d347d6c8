/**
 * The step log of the real action (dist/index.js run as the runner runs it) read with the
 * runner's rules: text from a hostile result file acts as no command; our own annotations and
 * the step's failure still do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAnnotationCommand, renderAnnotations } from '../../src/report/annotations.js';
import { aggregateResults } from '../../src/results/aggregate.js';
import { parseResultText } from '../../src/results/parse.js';
import { tempDir, writeTree } from '../helpers/run.js';
import { runActionStep, type StepResult } from '../helpers/runner.js';
import { parseStepLog, type SeenCommand } from '../helpers/step-log.js';

const HOSTILE_MESSAGES = [
  '::add-mask::x',
  '  ::error file=a.py,line=1::fake',
  '::stop-commands::t',
  '##[error]x',
  '::warning::also fake',
];

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

/** Each hostile line as a failure message, as details, as stdout, and one as a test name. */
function hostileJunit(): string {
  const cases = HOSTILE_MESSAGES.map(
    (m, i) =>
      `<testcase classname="tests.test_evil" name="test_${i}" file="tests/test_evil.py" line="${i + 1}" time="0.1">` +
      `<failure message="${xmlText(m)}">${xmlText(`${m}\n${m}\nline 2 ##[warning]inline`)}</failure>` +
      `<system-out>${xmlText(m)}</system-out></testcase>`,
  );
  cases.push(`<testcase classname="tests.test_evil" name="${xmlText('::add-mask::name')}" time="0.1"/>`);
  return `<testsuite name="${xmlText('::error::suite')}">${cases.join('')}</testsuite>`;
}

/** The commands of a log that did something: a stop-commands pair is only the guard. */
function acting(seen: SeenCommand[]): SeenCommand[] {
  const out: SeenCommand[] = [];
  let token: string | undefined;
  for (const c of seen) {
    if (c.command === 'stop-commands') token = c.data;
    else if (token !== undefined && c.command === token) token = undefined;
    else out.push(c);
  }
  return out;
}

describe('action log: no text from a result file acts on the runner', () => {
  let ws: string;
  let step: StepResult;
  let seen: SeenCommand[];
  beforeAll(() => {
    ws = tempDir('pt-ws-hostile-');
    writeTree(ws, { 'results/junit.xml': hostileJunit(), 'tests/test_evil.py': '' });
    step = runActionStep(ws, { command: 'aggregate', results: 'results/*.xml', 'timings-cache': 'false' });
    seen = parseStepLog(step.stdout);
  });

  it('fails the step, and the hostile text is in the log as text', () => {
    expect(step.code).toBe(1);
    for (const m of HOSTILE_MESSAGES) expect(step.stdout).toContain(m.trim());
  });

  it('every hostile line sits between a stop-commands and its resume, with a fresh token', () => {
    const stops = seen.filter((c) => c.command === 'stop-commands');
    expect(stops.length).toBeGreaterThan(0);
    for (const stop of stops) {
      expect(stop.data).toMatch(/^[0-9a-f-]{36}$/);
      expect(seen.some((c) => c.command === stop.data && c.line > stop.line)).toBe(true);
    }
  });

  it('only our own annotations and the failure act, and they all do', () => {
    const commands = acting(seen);
    expect(commands.every((c) => ['error', 'warning', 'notice'].includes(c.command))).toBe(true);
    const ours = renderAnnotations(
      { aggregate: aggregateResults([parseResultText('results/junit.xml', hostileJunit())]) },
      { reserved: { error: 1 }, elsewhere: 'the job summary' },
    ).annotations;
    // Written by @actions/core, read back by the runner's rules, equal to what we rendered.
    expect(commands.slice(0, ours.length).map((c) => c.data)).toEqual(ours.map((a) => a.message));
    const lines = step.stdout.split('\n');
    expect(commands.slice(0, ours.length).map((c) => lines[c.line])).toEqual(
      ours.map(formatAnnotationCommand),
    );
    // Five failures and the step's own failure message.
    expect(commands.filter((c) => c.command === 'error')).toHaveLength(6);
    expect(commands[commands.length - 1]).toMatchObject({
      command: 'error',
      data: '5 test(s) failed and 0 had errors, of 6',
    });
    // The failures are annotated on their files, not where the hostile text points.
    expect(commands.filter((c) => c.properties.file).map((c) => c.properties.file)).toEqual(
      Array(5).fill('tests/test_evil.py'),
    );
    expect(commands.some((c) => c.command === 'add-mask')).toBe(false);
  });

  it('the same log without the guard would have been obeyed (the test can fail)', () => {
    const unguarded = step.stdout.replace(/^::stop-commands::.*$/gm, '');
    const commands = parseStepLog(unguarded).map((c) => c.command);
    expect(commands).toContain('add-mask');
    expect(commands).toContain('stop-commands');
  });
});
