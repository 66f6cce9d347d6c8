import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT, OUTPUT } from '../../src/github/names.js';
import { ROOT } from '../helpers/paths.js';

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));

describe('action.yml and the code name the same inputs and outputs', () => {
  it('inputs', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT).sort());
  });
  it('outputs', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUT).sort());
  });
  it('runs on node24 from the committed bundle, with a post step that always runs', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/post.js',
      'post-if': 'always()',
    });
  });
});
