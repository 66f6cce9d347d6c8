import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './paths.js';

/**
 * Compares text a person reads with its golden file in test/golden/. UPDATE_GOLDEN=1 rewrites
 * the file (review the diff before committing); a missing golden file is a failure, not a pass.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(ROOT, 'test/golden', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(existsSync(file), `golden file test/golden/${name} is missing (run with UPDATE_GOLDEN=1)`).toBe(
    true,
  );
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
