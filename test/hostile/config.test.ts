/**
 * Issue 15, item 14: hostile YAML in the config (an alias bomb, thousands of nesting levels, a
 * huge file) is bad input naming the file and line, in bounded time and memory, never a crash.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { loadConfig, MAX_CONFIG_BYTES } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { tempDir } from '../helpers/run.js';

const SUITES = 'suites:\n  - name: py\n    framework: pytest\n';

/** Nine anchors, each a list of nine aliases of the one before: 9^9 (387 million) nodes expanded. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n${SUITES}    env: {X: *a9}\n`;
}

/** What parseConfig throws, with how long it took and how much the heap grew. */
function problem(text: string): { error: unknown; ms: number; heapMb: number } {
  const heap = process.memoryUsage().heapUsed;
  const started = performance.now();
  let error: unknown;
  try {
    parseConfig(text, 'parallel-tests.yml');
  } catch (err) {
    error = err;
  }
  return {
    error,
    ms: performance.now() - started,
    heapMb: (process.memoryUsage().heapUsed - heap) / 2 ** 20,
  };
}

describe('issue 15, item 14: hostile YAML in the config', () => {
  it.each([
    [
      'an alias bomb',
      aliasBomb(),
      /^parallel-tests\.yml:2:10: its aliases \(\*name\) expand to too many nodes/,
    ],
    [
      '3,000 nested flow sequences',
      `${SUITES}    env: ${'['.repeat(3000)}${']'.repeat(3000)}\n`,
      /^parallel-tests\.yml:4:\d+: nested too deeply to read/,
    ],
    [
      '3,000 nested block mappings',
      `suites:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 2)}k${i}:\n`).join('')}`,
      /^parallel-tests\.yml:\d+:\d+: nested too deeply to read/,
    ],
    [
      '40 nested flow mappings (the parser reads them; nothing past it recurses over them)',
      `${SUITES}    env: ${'{a: '.repeat(40)}1${'}'.repeat(40)}\n`,
      /^parallel-tests\.yml:4:\d+: nested more than 32 levels deep: not a config$/,
    ],
    [
      '500 nested flow sequences',
      `x: ${'['.repeat(500)}${']'.repeat(500)}\n${SUITES}`,
      /^parallel-tests\.yml:1:\d+: nested more than 32 levels deep/,
    ],
  ])('%s: an InputError with file and line, within a second', (_, text, message) => {
    const { error, ms, heapMb } = problem(text);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect(ms).toBeLessThan(1000);
    expect(heapMb).toBeLessThan(200);
  });

  it('thousands of problems are listed as the first 20 and a count', () => {
    const { error } = problem(`suites: ${'!t '.repeat(3000)}x\n`);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toMatch(/^parallel-tests\.yml: \d{4} problems$/);
    expect(lines).toHaveLength(22);
    expect(lines[21]).toMatch(/^ {2}\.\.\. and \d{4} more$/);
  });

  it('an anchor and a few aliases, as people write configs, still load', () => {
    const config = parseConfig(
      'suites:\n  - name: py\n    framework: pytest\n    env: &env {A: "1"}\n  - name: js\n    framework: jest\n    env: *env\n',
      'parallel-tests.yml',
    ).suites;
    expect(config.map((s) => s.env)).toEqual([{ A: '1' }, { A: '1' }]);
  });

  it('a config larger than 1 MiB is refused before it is parsed', async () => {
    const dir = tempDir('pt-hostile-');
    writeFileSync(path.join(dir, 'big.yml'), `${SUITES}# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    await expect(loadConfig(dir, 'big.yml')).rejects.toThrow(
      /big\.yml: \d+ bytes, more than the 1048576 read/,
    );
  });
});
