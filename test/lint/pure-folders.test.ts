import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

/**
 * Lints `source` as a file in `folder` of the checkout (Biome's stdin mode prints no
 * diagnostics, and its overrides are relative to the checkout): a probe file that lives only
 * while Biome reads it.
 */
function lint(folder: string, source: string) {
  const file = path.join(folder, `zz-lint-probe-${process.pid}-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(path.join(ROOT, file), source);
  try {
    const r = spawnSync(BIOME, ['lint', file], { cwd: ROOT, encoding: 'utf8' });
    return { code: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(path.join(ROOT, file), { force: true });
  }
}

const WRONG = [
  ["import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n", /pure module/],
  ["import { spawn } from 'node:child_process';\nexport const f = spawn;\n", /pure module/],
  ["import * as core from '@actions/core';\nexport const f = core;\n", /only src\/github\//],
  ["import { glob } from 'tinyglobby';\nexport const f = glob;\n", /pure module/],
  ['export const f = () => process.env.HOME;\n', /noProcessEnv/],
] as const;

describe('the linter keeps the pure folders pure', () => {
  it.each(
    WRONG.flatMap(([source, reason]) =>
      ['src/plan', 'src/results', 'src/report', 'src/coverage', 'src/run/adapters'].map(
        (folder) => [folder, source, reason] as const,
      ),
    ),
  )('%s: %j is refused', (file, source, reason) => {
    const r = lint(file, source);
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(reason);
  });

  it('the shells may do what the pure folders may not', () => {
    for (const file of ['src/commands', 'src/github']) {
      const r = lint(file, WRONG.map(([s]) => s).join(''));
      expect(r.output).not.toMatch(/noRestrictedImports|noProcessEnv/);
    }
  });
});
