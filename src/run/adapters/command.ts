/**
 * A generic `command` suite (pure): the argv as written, placeholders replaced inside each
 * argument (never joined into a shell string), results from `{results}` or the suite's glob.
 */
import path from 'node:path';
import { InputError } from '../../errors.js';
import type { AdapterOutput, ShardInput } from './types.js';

const PLACEHOLDER = /\{(workers|shard|shards|tests-file|results)\}/g;

export function buildCommand(input: ShardInput): AdapterOutput {
  const { suite } = input;
  const argv = suite.command;
  if (!argv || argv.length === 0)
    throw new InputError(`suite "${suite.name}" (line ${suite.line}, framework: command) needs "command"`);
  const values: Record<string, string> = {
    workers: input.workers === 'auto' ? String(input.cores) : String(input.workers),
    shard: String(input.shard),
    shards: String(input.shards),
    'tests-file': input.selection?.file ?? '',
    results: input.resultsDir,
  };
  const usesTests = argv.some((a) => a.includes('{tests-file}'));
  if (usesTests && !input.selection)
    throw new InputError(
      `suite "${suite.name}" (line ${suite.line}): its command uses {tests-file} but this shard has no selection file (give --shard with a plan, or drop the placeholder)`,
    );
  const [command, ...args] = argv.map((a) => a.replace(PLACEHOLDER, (_, key: string) => values[key]!));
  return {
    invocations: [
      {
        command: command!,
        args,
        env: {
          ...suite.env,
          PARALLEL_TESTS_WORKERS: values.workers!,
          PARALLEL_TESTS_SHARD: values.shard!,
          PARALLEL_TESTS_SHARDS: values.shards!,
          PARALLEL_TESTS_RESULTS: values.results!,
          ...(input.selection ? { PARALLEL_TESTS_TESTS_FILE: input.selection.file } : {}),
        },
        cwd: input.baseDir,
        // What it writes into {results}, and what the suite's results glob names.
        results: [path.join(input.resultsDir, '**/*.{xml,trx}'), path.resolve(input.baseDir, suite.results)],
      },
    ],
    files: [],
    warnings: [],
  };
}
