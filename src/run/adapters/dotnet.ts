/**
 * `dotnet test` (pure): the project, one TRX file per invocation, the plan's exact filter
 * (several invocations when it is long: their union is the shard), the test threads from the
 * allocation as a runsettings argument, the hang timeout from the suite's limits, and
 * DOTNET_PROCESSOR_COUNT set to the cores given (so the runtime's thread pool sizes itself to them).
 */
import path from 'node:path';
import { dotnetFilters } from '../selection.js';
import { type AdapterOutput, type RetryInput, type ShardInput, ToolMissing } from './types.js';

/** The runsettings key each adapter reads its parallelism from (after `--`, as `dotnet test` allows). */
function threadSetting(framework: string, workers: number): string[] {
  if (framework === 'xunit') return [`xUnit.MaxParallelThreads=${workers}`];
  if (framework === 'nunit') return [`NUnit.NumberOfTestWorkers=${workers}`];
  // framework: dotnet (MSTest or unknown): its own settings say; nothing to guess here.
  return [];
}

/** `--blame-hang-timeout`: one test's limit when configured, else the suite's whole limit. */
function hangTimeout(input: ShardInput): string {
  const { suite } = input;
  if (suite.testTimeoutSeconds !== undefined) return `${Math.ceil(suite.testTimeoutSeconds)}s`;
  return `${Math.ceil(suite.timeoutMinutes)}m`;
}

export function buildDotnet(input: ShardInput, retry?: RetryInput): AdapterOutput {
  const { suite } = input;
  if (!input.tools.dotnet)
    throw new ToolMissing(`suite "${suite.name}": no .NET SDK (dotnet is not on PATH or does not run)`);
  const selection = retry ? { mode: 'include' as const, tests: retry.tests } : input.selection?.selection;
  // Plan filters ('' = everything); the user's own filter narrows each of them.
  const planned = selection ? dotnetFilters(selection) : [''];
  const filters = planned.map((f) =>
    suite.filter === undefined ? f : f === '' ? suite.filter : `(${suite.filter})&(${f})`,
  );
  const workers = input.workers === 'auto' ? input.cores : input.workers;
  const prefix = retry ? `attempt-${retry.attempt}` : 'results';
  const warnings: string[] = [];
  if (selection?.mode === 'include' && filters.length === 0)
    warnings.push(
      `suite "${suite.name}" shard ${input.shard}: the plan lists no test for it; nothing to run`,
    );
  const invocations = filters.map((filter, i) => {
    const trx = filters.length > 1 ? `${prefix}-${i + 1}.trx` : `${prefix}.trx`;
    const args = ['test'];
    if (suite.project !== undefined) args.push(suite.project);
    args.push(
      '--logger',
      `trx;LogFileName=${trx}`,
      '--results-directory',
      input.resultsDir,
      '--blame-hang-timeout',
      hangTimeout(input),
    );
    if (filter !== '') args.push('--filter', filter);
    const settings = threadSetting(suite.framework, workers);
    if (settings.length > 0) args.push('--', ...settings);
    return {
      command: 'dotnet',
      args,
      env: {
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        DOTNET_NOLOGO: '1',
        ...suite.env,
        DOTNET_PROCESSOR_COUNT: String(input.cores),
      },
      cwd: input.baseDir,
      results: [path.join(input.resultsDir, trx)],
    };
  });
  return { invocations, files: [], warnings };
}
