/**
 * What one shard runs, per framework, as data: the pytest selection file and command line, and
 * `dotnet test --filter` expressions. Pure: ids in, text and argument lists out.
 *
 * Every suite has one catch-all shard (mode `exclude`): it runs everything not listed in the
 * suite's other shards, so tests the plan never saw still run somewhere.
 */
import { InputError } from '../errors.js';

export interface Selection {
  /** include: run exactly these tests. exclude: the catch-all, run everything except these (the other shards' tests). */
  mode: 'include' | 'exclude';
  /** pytest node ids (`tests/test_a.py::TestC::test_x[p-1]`) or .NET FullyQualifiedNames (`Ns.Class.Method`). */
  tests: string[];
}

/** The module name of parallel_tests_select.py, the pytest plugin that reads the selection file. */
export const PYTEST_PLUGIN = 'parallel_tests_select';
/** The environment variable that names the selection file for the plugin. */
export const SELECTION_ENV = 'PARALLEL_TESTS_SELECTION';
const HEADER = '# parallel-tests selection: ';

/** Sorted by UTF-16 code units (not the locale, so every machine agrees), without duplicates. */
function normaliseIds(tests: readonly string[]): string[] {
  for (const id of tests) {
    if (id === '') throw new InputError('a test id in a selection is empty');
    if (/[\r\n]/.test(id))
      throw new InputError(`a test id in a selection contains a line break: ${JSON.stringify(id)}`);
  }
  return [...new Set(tests)].sort();
}

/**
 * The file the pytest plugin reads: a header line naming the mode, then one node id per line,
 * sorted, newline-terminated. A file rather than arguments, because a shard can list thousands
 * of ids and a command line has a length limit.
 */
export function renderSelectionFile(selection: Selection): string {
  const ids = normaliseIds(selection.tests);
  return [HEADER + selection.mode, ...ids].join('\n') + '\n';
}

export interface PytestOptions {
  /** The file renderSelectionFile's text was written to; relative paths are relative to pytest's working directory. */
  selectionFile: string;
  /** The folder holding parallel_tests_select.py; it goes first on PYTHONPATH. */
  pluginDir: string;
  /** pytest-xdist workers, or 'auto' (one per core); 1 runs without xdist. */
  workers: number | 'auto';
  junitFile: string;
  /** PYTHONPATH as the process would otherwise have it, kept after pluginDir. */
  pythonPath?: string;
  /** Between PYTHONPATH entries: ':' (the default) or ';' on Windows. */
  pathDelimiter?: ':' | ';';
  /** More pytest arguments (paths, -m, ...), after ours. */
  extra?: string[];
}

/** Arguments after `python -m pytest`, and the environment to add, for one pytest shard. */
export function pytestArgs(options: PytestOptions): { args: string[]; env: Record<string, string> } {
  const { workers } = options;
  if (workers !== 'auto' && !(Number.isInteger(workers) && workers >= 1)) {
    throw new InputError(`pytest workers must be a whole number from 1 or 'auto', not ${String(workers)}`);
  }
  const args = ['-p', PYTEST_PLUGIN];
  // Without -n, pytest-xdist is not even needed; with it, each worker applies the same filter.
  if (workers !== 1) args.push('-n', String(workers));
  // xunit1 puts file and line on each testcase, which locations and per-file timings need.
  args.push(`--junitxml=${options.junitFile}`, '-o', 'junit_family=xunit1', ...(options.extra ?? []));
  const pythonPath = options.pythonPath
    ? options.pluginDir + (options.pathDelimiter ?? ':') + options.pythonPath
    : options.pluginDir;
  return { args, env: { PYTHONPATH: pythonPath, [SELECTION_ENV]: options.selectionFile } };
}

/**
 * cmd.exe refuses command lines over 8191 characters; 7000 leaves the rest of a `dotnet test`
 * command room. (Linux and macOS allow far longer arguments, but the same plan runs on any runner.)
 */
export const DEFAULT_MAX_FILTER_LENGTH = 7000;

/**
 * A filter value as `dotnet test --filter` needs it, in two layers:
 *
 * 1. VSTest's filter syntax: `\ ( ) & | = ! ~` are operators, written in a value as `\\ \( \) \& \| \= \! \~`
 *    (the "Escape Sequences" table of https://github.com/microsoft/vstest/blob/main/docs/filter.md, which
 *    https://learn.microsoft.com/dotnet/core/testing/selective-unit-tests "Character escaping" points to;
 *    the same set as VSTest's own FilterHelper.Escape).
 * 2. `dotnet test` hands the filter to MSBuild as a property (-property:VSTestTestCaseFilter=...), and MSBuild
 *    splits on `,` and `;` and decodes `%xx`: the Microsoft page above says to write a comma (generic type
 *    arguments) as `%2C` (https://github.com/dotnet/cli/issues/12233); `;` and `%` are escaped the same way.
 *
 * Lookups are case-insensitive (same page), so two tests whose names differ only in case select
 * each other: such a test may run twice, never zero times.
 */
export function escapeDotnetFilterValue(value: string): string {
  return value
    .replace(/[\\()&|=!~]/g, '\\$&')
    .replace(/[%,;]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface DotnetFilterOptions {
  /** Longest expression, in characters; DEFAULT_MAX_FILTER_LENGTH unless given. */
  maxLength?: number;
}

/**
 * `dotnet test --filter` values for a selection, one per `dotnet test` invocation; '' means an
 * invocation without --filter. Exact terms only: `FullyQualifiedName=` / `!=`, never `~` (contains),
 * which would also pick `Ns.C.Test10` for `Ns.C.Test1`.
 *
 * - include: `FullyQualifiedName=A|FullyQualifiedName=B`, split into as many invocations as the
 *   length limit needs (their union is the shard). No tests: [] (nothing to run, no invocation;
 *   a filter that matches nothing would still build, load and report an empty run).
 * - exclude (the catch-all): `FullyQualifiedName!=A&FullyQualifiedName!=B` in ONE invocation: each
 *   invocation of a split exclusion would run everything except its own part. Too long: an
 *   InputError, as VSTest has no filter file to fall back to. No tests: [''] (run everything).
 *
 * Ids are FullyQualifiedNames without arguments. xUnit and MSTest give every row of a theory/data
 * test that name; NUnit adds the arguments (`Ns.C.M(1)`), so `=` misses its parametrized cases:
 * the include shard skips them and the catch-all, whose `!=` does not exclude them, runs them.
 */
export function dotnetFilters(selection: Selection, options: DotnetFilterOptions = {}): string[] {
  return buildFilters('FullyQualifiedName', normaliseIds(selection.tests), selection.mode, options);
}

export type DotnetFramework = 'mstest' | 'xunit' | 'nunit';

/**
 * Class-level filters, for a catch-all whose test-level exclusion is too long. Only MSTest's
 * adapter has an exact class property (`ClassName=Ns.Class`, namespace required). The documented
 * properties are: MSTest FullyQualifiedName, Name, ClassName, Priority, TestCategory; xUnit
 * FullyQualifiedName, DisplayName, Traits; NUnit FullyQualifiedName, Name, Priority, TestCategory,
 * Category, Property (the selective-unit-tests page above; the xUnit and NUnit adapters' own
 * filter code agrees). For xUnit and NUnit the only way to a class is `FullyQualifiedName~Ns.Class.`,
 * which also matches namespace `Ns.Class.Sub` or `Other.Ns.Class`: in a catch-all's exclusion,
 * such an over-match is a test that runs nowhere. So those get an InputError, not a guess.
 */
export function dotnetClassFilters(
  classes: string[],
  mode: Selection['mode'],
  options: DotnetFilterOptions & { framework: DotnetFramework },
): string[] {
  if (options.framework !== 'mstest') {
    throw new InputError(
      `dotnet test cannot select whole classes exactly for ${options.framework}: its test adapter filters only on ` +
        (options.framework === 'xunit'
          ? 'FullyQualifiedName, DisplayName and traits'
          : 'FullyQualifiedName, Name, Priority, TestCategory, Category and Property') +
        ', and FullyQualifiedName~ (contains) over-matches; list the tests themselves',
    );
  }
  return buildFilters('ClassName', normaliseIds(classes), mode, options);
}

function buildFilters(
  property: string,
  ids: string[],
  mode: Selection['mode'],
  options: DotnetFilterOptions,
): string[] {
  const maxLength = options.maxLength ?? DEFAULT_MAX_FILTER_LENGTH;
  if (ids.length === 0) return mode === 'include' ? [] : [''];
  const operator = mode === 'include' ? '=' : '!=';
  const terms = ids.map((id) => property + operator + escapeDotnetFilterValue(id));
  if (mode === 'exclude') {
    const filter = terms.join('&');
    if (filter.length > maxLength) {
      throw new InputError(
        `the catch-all .NET shard excludes ${ids.length} tests listed in other shards, a --filter of ` +
          `${filter.length} characters (at most ${maxLength}); an exclusion cannot be split across dotnet test ` +
          'runs, so the catch-all shard for .NET must be planned with fewer tests listed in the other shards',
      );
    }
    return [filter];
  }
  const filters: string[] = [];
  let current = '';
  for (const term of terms) {
    if (term.length > maxLength) {
      throw new InputError(
        `a .NET test filter term is ${term.length} characters, over ${maxLength}: ${term}`,
      );
    }
    if (current === '') current = term;
    else if (current.length + 1 + term.length <= maxLength) current += '|' + term;
    else {
      filters.push(current);
      current = term;
    }
  }
  filters.push(current);
  return filters;
}

/**
 * A selection file's text (renderSelectionFile's form) as data; `file` is only for the message.
 * The same rules as the plugin's reader: the header names the mode, then one id a line.
 */
export function parseSelectionFile(text: string, file: string): Selection {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const header = lines[0] ?? '';
  const mode = header.startsWith(HEADER) ? header.slice(HEADER.length) : undefined;
  if (mode !== 'include' && mode !== 'exclude') {
    throw new InputError(
      `${file}:1: not a selection file (its first line must be "${HEADER}include" or "${HEADER}exclude"; plan writes these)`,
    );
  }
  return { mode, tests: lines.slice(1).filter((l) => l !== '') };
}
