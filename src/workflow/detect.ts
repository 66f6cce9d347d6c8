/**
 * `init --preset detect`: suites proposed from what a repository holds (pure: the file list
 * and the texts of the few files worth reading in, the suites and what was found out). Looks
 * for pytest (its config files and folders of test_*.py / *_test.py), .NET test projects
 * (*.csproj referencing Microsoft.NET.Test.Sdk or marked IsTestProject), jest and vitest
 * (their config files or package.json).
 */
import { posix } from 'node:path';
import type { Framework } from '../config/frameworks.js';
import { compareStrings } from '../order.js';

export interface DetectedSuite {
  name: string;
  framework: Framework;
  path?: string;
  project?: string;
}

export interface Detection {
  suites: DetectedSuite[];
  /** One line per thing found (or looked for and missing), for the user and the config's comments. */
  findings: string[];
}

/** Files whose text detection reads; the shell reads exactly these. */
export function wantsText(file: string): boolean {
  const base = posix.basename(file);
  return (
    ['pytest.ini', 'pyproject.toml', 'setup.cfg', 'tox.ini', 'package.json'].includes(base) ||
    base.endsWith('.csproj')
  );
}

const PYTEST_CONFIG: Record<string, RegExp> = {
  'pytest.ini': /^\s*\[pytest\]/m,
  'pyproject.toml': /^\s*\[tool\.pytest(\.ini_options)?\]/m,
  'setup.cfg': /^\s*\[tool:pytest\]/m,
  'tox.ini': /^\s*\[pytest\]/m,
};
const PY_TEST_FILE = /(^|\/)(test_[^/]*|[^/]*_test)\.py$/;
const JEST_CONFIG = /(^|\/)jest\.config\.(js|cjs|mjs|ts|json)$/;
const VITEST_CONFIG = /(^|\/)vitest\.config\.(js|cjs|mjs|ts|mts)$/;

/** A suite name the schema accepts: letters, digits, '.', '_' and '-', from a letter or digit. */
function suiteName(raw: string, taken: Set<string>): string {
  let name = raw
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 56);
  if (name === '') name = 'tests';
  let unique = name;
  for (let i = 2; taken.has(unique); i++) unique = `${name}-${i}`;
  taken.add(unique);
  return unique;
}

function testpaths(text: string): string[] {
  // testpaths = a b  (ini)   or   testpaths = ["a", "b"]  (toml)
  const m = /^\s*testpaths\s*=\s*(.+)$/m.exec(text);
  if (!m) return [];
  return m[1]!
    .replace(/[[\]"',]/g, ' ')
    .split(/\s+/)
    .filter((p) => p !== '')
    .map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
}

function detectPytest(
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
  taken: Set<string>,
  findings: string[],
): DetectedSuite[] {
  const configs = files.filter((f) => {
    const pattern = PYTEST_CONFIG[posix.basename(f)];
    return pattern !== undefined && f === posix.basename(f) && pattern.test(texts.get(f) ?? '');
  });
  for (const c of configs) findings.push(`pytest configuration in ${c}`);
  const testFiles = files.filter((f) => PY_TEST_FILE.test(f));
  if (testFiles.length === 0) {
    if (configs.length > 0)
      findings.push('pytest is configured, but no test_*.py or *_test.py file was found');
    return [];
  }
  const configured = configs.flatMap((c) => testpaths(texts.get(c) ?? ''));
  let roots: string[];
  if (configured.length > 0) {
    roots = [...new Set(configured)];
    findings.push(`pytest testpaths: ${roots.join(', ')}`);
  } else {
    // The top folder the tests are in; its subfolders become suites when there are several
    // (tests/unit, tests/integration, tests/api: one matrix group each).
    const tops = new Map<string, string[]>();
    for (const f of testFiles) {
      const top = f.includes('/') ? f.split('/')[0]! : '.';
      tops.set(top, [...(tops.get(top) ?? []), f]);
    }
    roots = [];
    for (const [top, inTop] of [...tops].sort(([a], [b]) => compareStrings(a, b))) {
      const subs = new Set(
        inTop
          .map((f) => f.split('/'))
          .filter((p) => p.length > 2)
          .map((p) => p[1]!),
      );
      const direct = inTop.some((f) => f.split('/').length <= 2);
      if (top !== '.' && subs.size >= 2 && !direct) roots.push(...[...subs].sort().map((s) => `${top}/${s}`));
      else roots.push(top);
    }
  }
  return roots.map((root) => {
    const count = testFiles.filter((f) => root === '.' || f.startsWith(`${root}/`)).length;
    findings.push(`pytest: ${count} test file(s) under ${root === '.' ? 'the repository root' : `${root}/`}`);
    const base = root === '.' ? 'python' : root.split('/').length > 1 ? posix.basename(root) : 'python';
    const suite: DetectedSuite = { name: suiteName(base, taken), framework: 'pytest' };
    if (root !== '.') suite.path = root;
    return suite;
  });
}

function detectDotnet(
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
  taken: Set<string>,
  findings: string[],
): DetectedSuite[] {
  const suites: DetectedSuite[] = [];
  for (const f of files.filter((x) => x.endsWith('.csproj')).sort()) {
    const text = texts.get(f) ?? '';
    const isTest = /Microsoft\.NET\.Test\.Sdk/i.test(text) || /<IsTestProject>\s*true\s*</i.test(text);
    if (!isTest) continue;
    const framework: Framework = /["']xunit(\.v3)?["']/i.test(text)
      ? 'xunit'
      : /["']NUnit["']/i.test(text)
        ? 'nunit'
        : 'dotnet';
    findings.push(
      `.NET test project ${f} (${framework === 'dotnet' ? 'Microsoft.NET.Test.Sdk' : framework})`,
    );
    const dir = posix.dirname(f);
    suites.push({
      name: suiteName(posix.basename(f, '.csproj'), taken),
      framework,
      project: dir === '.' ? f : dir,
    });
  }
  return suites;
}

function detectNode(
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
  taken: Set<string>,
  findings: string[],
): DetectedSuite[] {
  const suites: DetectedSuite[] = [];
  const pkg = texts.get('package.json');
  let manifest: {
    jest?: unknown;
    devDependencies?: Record<string, string>;
    dependencies?: Record<string, string>;
  } = {};
  if (pkg !== undefined) {
    try {
      manifest = JSON.parse(pkg);
    } catch {
      findings.push('package.json is not valid JSON: not read');
    }
  }
  const deps = { ...manifest.dependencies, ...manifest.devDependencies };
  const jestConfig = files.find((f) => JEST_CONFIG.test(f) && !f.includes('/'));
  if (jestConfig || manifest.jest !== undefined || deps.jest !== undefined) {
    findings.push(
      `jest: ${jestConfig ?? (manifest.jest !== undefined ? 'package.json "jest"' : 'package.json dependency')}`,
    );
    suites.push({ name: suiteName('jest', taken), framework: 'jest' });
  }
  const vitestConfig = files.find((f) => VITEST_CONFIG.test(f) && !f.includes('/'));
  if (vitestConfig || deps.vitest !== undefined) {
    findings.push(`vitest: ${vitestConfig ?? 'package.json dependency'}`);
    suites.push({ name: suiteName('vitest', taken), framework: 'vitest' });
  }
  return suites;
}

/** `files`: repository-relative POSIX paths; `texts`: the contents of those `wantsText` accepts. */
export function detectSuites(files: readonly string[], texts: ReadonlyMap<string, string>): Detection {
  const findings: string[] = [];
  const taken = new Set<string>();
  const sorted = [...files].sort(compareStrings);
  const suites = [
    ...detectDotnet(sorted, texts, taken, findings),
    ...detectPytest(sorted, texts, taken, findings),
    ...detectNode(sorted, texts, taken, findings),
  ];
  if (suites.length === 0)
    findings.push('no tests found: no pytest test files, .NET test project, jest or vitest setup');
  return { suites, findings };
}
