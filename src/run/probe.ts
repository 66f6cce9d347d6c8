/**
 * What this machine has for a suite (shell): the Python interpreter that imports pytest (and
 * xdist, pytest-timeout, the suite's python-imports), the .NET SDK, gotestsum, taskset. The
 * adapters get the answer as data and name what is missing.
 */
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import type { SuiteConfig } from '../config/config.js';
import type { Exec } from '../exec.js';
import type { PythonTools, Tools } from './adapters/types.js';

/** Prints what the interpreter imports, as JSON; the modules to check come as arguments. */
const PYTHON_PROBE = `
import importlib, json, sys
def version(module, dist):
    try:
        importlib.import_module(module)
    except Exception:
        return None
    try:
        from importlib import metadata
        return metadata.version(dist)
    except Exception:
        return "0"
print(json.dumps({
    "pytest": version("pytest", "pytest"),
    "xdist": version("xdist", "pytest-xdist"),
    "timeout": version("pytest_timeout", "pytest-timeout"),
    "missing": [m for m in sys.argv[1:] if version(m, m) is None],
}))
`;

async function probePython(
  exec: Exec,
  interpreter: string,
  imports: readonly string[],
): Promise<PythonTools | undefined> {
  const r = await exec(interpreter, ['-c', PYTHON_PROBE, ...imports], { timeoutMs: 60_000 });
  if (r.code !== 0) return undefined;
  try {
    const found = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as {
      pytest: string | null;
      xdist: string | null;
      timeout: string | null;
      missing: string[];
    };
    return {
      interpreter,
      ...(found.pytest ? { pytest: found.pytest } : {}),
      ...(found.xdist ? { xdist: found.xdist } : {}),
      ...(found.timeout ? { timeout: found.timeout } : {}),
      missing: found.missing,
    };
  } catch {
    return undefined;
  }
}

/** Every python3 and python on PATH, in PATH order (not only the first: a pyenv shim may lack pytest). */
export async function pythonCandidates(pathVariable: string | undefined): Promise<string[]> {
  const out: string[] = [];
  for (const dir of (pathVariable ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    for (const name of ['python3', 'python']) {
      const file = path.join(dir, name);
      try {
        await access(file, constants.X_OK);
        if (!out.includes(file)) out.push(file);
      } catch {
        // not here
      }
    }
  }
  return out;
}

/**
 * The interpreter for a pytest suite: its `python:` when the config names one, else the first
 * candidate that imports pytest (and xdist when it runs workers); when none does, what the
 * first one had, so the message can say what is missing.
 */
export async function choosePython(
  suite: SuiteConfig,
  workers: number | 'auto',
  deps: { exec: Exec; env: NodeJS.ProcessEnv },
): Promise<PythonTools | undefined> {
  const candidates = suite.python ? [suite.python] : await pythonCandidates(deps.env.PATH);
  let first: PythonTools | undefined;
  for (const candidate of candidates) {
    const found = await probePython(deps.exec, candidate, suite.pythonImports);
    if (!found) continue;
    first ??= found;
    if (found.pytest && (workers === 1 || found.xdist)) return found;
  }
  return first;
}

/** The tools one suite needs, probed. */
export async function probeTools(
  suite: SuiteConfig,
  workers: number | 'auto',
  deps: { exec: Exec; env: NodeJS.ProcessEnv },
): Promise<Tools> {
  switch (suite.framework) {
    case 'pytest': {
      const python = await choosePython(suite, workers, deps);
      return python ? { python } : {};
    }
    case 'xunit':
    case 'nunit':
    case 'dotnet': {
      const r = await deps.exec('dotnet', ['--version'], { env: deps.env, timeoutMs: 60_000 });
      return r.code === 0 ? { dotnet: r.stdout.trim() } : {};
    }
    case 'go': {
      const r = await deps.exec('gotestsum', ['--version'], { env: deps.env });
      return { gotestsum: r.code === 0 };
    }
    default:
      return {};
  }
}

/** The taskset program when it runs here (util-linux, Linux only). */
export async function findTaskset(exec: Exec): Promise<string | undefined> {
  const r = await exec('taskset', ['--version']);
  return r.code === 0 ? 'taskset' : undefined;
}
