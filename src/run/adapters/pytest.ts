/**
 * pytest (pure): the interpreter the probe chose, `-n` from the allocation, the shard's
 * selection through our plugin (PYTHONPATH and the selection variable are ours to set, never the
 * user's), JUnit in xunit1 (file and line on each case), `-m`, `-k`, `--timeout`.
 */
import path from 'node:path';
import { pytestArgs, renderSelectionFile } from '../selection.js';
import {
  type AdapterOutput,
  type PythonTools,
  type RetryInput,
  type ShardInput,
  ToolMissing,
} from './types.js';

/** `--dist worksteal` came with pytest-xdist 3.2 (https://pytest-xdist.readthedocs.io/en/stable/changelog.html). */
const WORKSTEAL_SINCE = [3, 2];

export function versionAtLeast(version: string, wanted: readonly number[]): boolean {
  const parts = version.split(/[.+-]/).map((p) => Number.parseInt(p, 10));
  for (let i = 0; i < wanted.length; i++) {
    const have = Number.isFinite(parts[i]) ? parts[i]! : 0;
    if (have !== wanted[i]) return have > wanted[i]!;
  }
  return true;
}

/** What this suite needs of its interpreter and does not have, as one message; undefined when nothing. */
export function missingPython(
  input: Pick<ShardInput, 'suite' | 'workers'>,
  python: PythonTools | undefined,
): string | undefined {
  const { suite } = input;
  if (!python) {
    return suite.python
      ? `suite "${suite.name}": the interpreter ${suite.python} (python: in the config) does not run`
      : `suite "${suite.name}": no python3 or python on PATH imports pytest (install pytest, or set python: in the config)`;
  }
  const missing: string[] = [];
  if (!python.pytest) missing.push('pytest');
  if (input.workers !== 1 && !python.xdist) missing.push('pytest-xdist (for -n)');
  if (suite.testTimeoutSeconds !== undefined && !python.timeout)
    missing.push('pytest-timeout (for test-timeout-seconds)');
  missing.push(...python.missing);
  if (missing.length === 0) return undefined;
  return `suite "${suite.name}": ${python.interpreter} cannot import ${missing.join(', ')}`;
}

export function buildPytest(input: ShardInput, retry?: RetryInput): AdapterOutput {
  const { suite } = input;
  const python = input.tools.python;
  const problem = missingPython(input, python);
  if (problem) throw new ToolMissing(problem);
  const files: AdapterOutput['files'] = [];
  const warnings: string[] = [];
  let selectionFile = input.selection?.file;
  if (retry) {
    // The failed tests only, through the same plugin: node ids in a selection file of their own.
    selectionFile = path.join(input.resultsDir, `retry-${retry.attempt}.txt`);
    files.push({ path: selectionFile, text: renderSelectionFile({ mode: 'include', tests: retry.tests }) });
  }
  const junitFile = path.join(input.resultsDir, retry ? `junit-attempt-${retry.attempt}.xml` : 'junit.xml');
  const extra: string[] = [];
  const workers = retry
    ? Math.min(retry.tests.length, input.workers === 'auto' ? input.cores : input.workers)
    : input.workers;
  if (workers !== 1) {
    if (versionAtLeast(python!.xdist!, WORKSTEAL_SINCE)) extra.push('--dist', 'worksteal');
    else
      warnings.push(
        `pytest-xdist ${python!.xdist} has no --dist worksteal (3.2 and later); using its default`,
      );
  }
  // The JUnit suite is named after the config's suite: otherwise every pytest suite is "pytest"
  // in the report, and two suites of one project read as one.
  extra.push('-o', `junit_suite_name=${suite.name}`);
  if (suite.markers !== undefined) extra.push('-m', suite.markers);
  if (suite.filter !== undefined) extra.push('-k', suite.filter);
  if (suite.testTimeoutSeconds !== undefined) extra.push('--timeout', String(suite.testTimeoutSeconds));
  // A retry collects what the first attempt did (same rootdir, same ids); the plugin keeps the failed.
  if (suite.path !== undefined) extra.push(suite.path);
  const built = pytestArgs({
    selectionFile: selectionFile ?? '',
    pluginDir: input.pluginDir,
    workers,
    junitFile,
    ...(input.pythonPath ? { pythonPath: input.pythonPath } : {}),
    extra,
  });
  const env: Record<string, string> = { ...suite.env, ...built.env };
  // Without a selection every collected test runs: the plugin reads no file.
  if (selectionFile === undefined) delete env.PARALLEL_TESTS_SELECTION;
  return {
    invocations: [
      {
        command: python!.interpreter,
        args: ['-m', 'pytest', ...built.args],
        env,
        cwd: input.baseDir,
        results: [junitFile],
        emptyExit: 5,
      },
    ],
    files,
    warnings,
  };
}
