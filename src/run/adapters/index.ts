/**
 * The adapters behind one call (pure): a suite shard -> the programs that run it; a run's failed
 * cases -> the ids its retry selects.
 */
import { idStyleOf, planIdOf } from '../../plan/test-ids.js';
import { isFailing, type TestCase } from '../../results/model.js';
import { buildCommand } from './command.js';
import { buildDotnet } from './dotnet.js';
import { buildGo } from './go.js';
import { buildJest, buildVitest } from './js.js';
import { buildPytest } from './pytest.js';
import type { AdapterOutput, RetryInput, ShardInput } from './types.js';

export type { AdapterOutput, Invocation, RetryInput, ShardInput, Tools } from './types.js';
export { ToolMissing } from './types.js';

/** The programs that run one shard, or its retry of the failed tests. */
export function buildInvocations(input: ShardInput, retry?: RetryInput): AdapterOutput {
  switch (input.suite.framework) {
    case 'pytest':
      return buildPytest(input, retry);
    case 'xunit':
    case 'nunit':
    case 'dotnet':
      return buildDotnet(input, retry);
    case 'jest':
      return buildJest(input);
    case 'vitest':
      return buildVitest(input);
    case 'go':
      return buildGo(input);
    case 'command':
      return buildCommand(input);
  }
}

/** Frameworks whose failed tests can run again alone (pytest node ids, .NET filters). */
export function canRetry(framework: ShardInput['suite']['framework']): boolean {
  return idStyleOf(framework) !== 'generic';
}

/**
 * The ids of the tests that failed in these cases, in the
 * framework's form: pytest node ids, .NET FullyQualifiedNames (a theory's rows share one).
 */
export function failedTestIds(
  framework: ShardInput['suite']['framework'],
  cases: readonly TestCase[],
): string[] {
  const style = idStyleOf(framework);
  const failed = new Set<string>();
  for (const c of cases) if (isFailing(c)) failed.add(planIdOf(style, c));
  return [...failed].sort();
}
