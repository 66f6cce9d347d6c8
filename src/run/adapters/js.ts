/**
 * jest and vitest (pure): their own `--shard i/n` (they split by test file themselves), the
 * workers from the allocation, and their JUnit reporters writing into the shard's folder.
 */
import path from 'node:path';
import type { AdapterOutput, ShardInput } from './types.js';

function common(input: ShardInput): { workers: string; file: string; shard: string[]; extra: string[] } {
  const { suite } = input;
  return {
    workers: input.workers === 'auto' ? String(input.cores) : String(input.workers),
    file: path.join(input.resultsDir, 'junit.xml'),
    shard: input.shards > 1 ? [`--shard=${input.shard}/${input.shards}`] : [],
    extra: [...(suite.filter !== undefined ? ['-t', suite.filter] : []), ...(suite.path ? [suite.path] : [])],
  };
}

/** jest with jest-junit (the reporter jest's docs point to; the project installs it). */
export function buildJest(input: ShardInput): AdapterOutput {
  const c = common(input);
  return {
    invocations: [
      {
        command: 'npx',
        args: [
          '--no-install',
          'jest',
          '--ci',
          `--maxWorkers=${c.workers}`,
          ...c.shard,
          '--reporters=default',
          '--reporters=jest-junit',
          ...c.extra,
        ],
        env: {
          ...input.suite.env,
          JEST_JUNIT_OUTPUT_FILE: c.file,
          // file and line: jest-junit leaves classname empty by default and names suites after files.
          JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true',
        },
        cwd: input.baseDir,
        results: [c.file],
      },
    ],
    files: [],
    warnings: [],
  };
}

/** vitest's built-in junit reporter. */
export function buildVitest(input: ShardInput): AdapterOutput {
  const c = common(input);
  return {
    invocations: [
      {
        command: 'npx',
        args: [
          '--no-install',
          'vitest',
          'run',
          `--maxWorkers=${c.workers}`,
          ...c.shard,
          '--reporter=default',
          '--reporter=junit',
          `--outputFile.junit=${c.file}`,
          ...c.extra,
        ],
        env: { ...input.suite.env },
        cwd: input.baseDir,
        results: [c.file],
      },
    ],
    files: [],
    warnings: [],
  };
}
