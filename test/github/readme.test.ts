import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { renderCommandReference } from '../../src/cli/table.js';
import { CLI_END, CLI_START, replaceBlock, updateReadme } from '../../src/github/readme-tables.js';
import { ROOT } from '../helpers/paths.js';

describe('README', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('has the action tables as action.yml says them (npm run readme regenerates)', () => {
    expect(readme).toBe(updateReadme(readme, readFileSync(path.join(ROOT, 'action.yml'), 'utf8')));
  });

  it('has the CLI reference as the command table says it (npm run readme regenerates)', () => {
    expect(readme).toBe(replaceBlock(readme, CLI_START, CLI_END, renderCommandReference(COMMANDS)));
  });

  it('starts with the two commands: the example run and the tests', () => {
    const block = /```sh\n(.*)\n(.*)\n```/.exec(readme);
    expect(block?.[1]).toBe(
      'npm ci && npm run build && bash scripts/test-deps.sh && node dist/cli.js run --config examples/honua/parallel-tests.yml --build-arg BASE_IMAGE=parallel-tests/python-base:offline',
    );
    expect(block?.[2]).toBe('npm ci && bash scripts/test-deps.sh && npm test');
  });
});
