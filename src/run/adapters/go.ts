/**
 * `go test` through gotestsum (pure): gotestsum turns go test's JSON stream into JUnit; plain
 * `go test` writes none, so without gotestsum the suite cannot report and is not run.
 */
import path from 'node:path';
import { InputError } from '../../errors.js';
import { type AdapterOutput, type ShardInput, ToolMissing } from './types.js';

export function buildGo(input: ShardInput): AdapterOutput {
  const { suite } = input;
  if (!input.tools.gotestsum)
    throw new ToolMissing(
      `suite "${suite.name}": go test writes no JUnit without gotestsum, which is not on PATH (go install gotest.tools/gotestsum@latest)`,
    );
  if (input.shards > 1)
    throw new InputError(
      `suite "${suite.name}" (framework: go, line ${suite.line}): go suites run as one shard (shards: 1)`,
    );
  const file = path.join(input.resultsDir, 'junit.xml');
  const workers = input.workers === 'auto' ? input.cores : input.workers;
  const args = ['--junitfile', file, '--format', 'standard-verbose', '--', `-p=${workers}`];
  if (suite.filter !== undefined) args.push('-run', suite.filter);
  args.push(suite.path ?? './...');
  return {
    invocations: [
      {
        command: 'gotestsum',
        args,
        env: { ...suite.env, GOMAXPROCS: String(input.cores) },
        cwd: input.baseDir,
        results: [file],
      },
    ],
    files: [],
    warnings: [],
  };
}
