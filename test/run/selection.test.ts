import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  DEFAULT_MAX_FILTER_LENGTH,
  dotnetClassFilters,
  dotnetFilters,
  escapeDotnetFilterValue,
  type PytestOptions,
  parseSelectionFile,
  pytestArgs,
  renderSelectionFile,
  type Selection,
} from '../../src/run/selection.js';

describe('renderSelectionFile', () => {
  it.each<[string, Selection, string]>([
    [
      'include: header, then ids sorted by code unit, duplicates once, newline-terminated',
      {
        mode: 'include',
        tests: [
          'tests/test_b.py::test_z',
          'tests/test_a.py::TestC::test_x[p-1]',
          'tests/test_a.py::TestC::test_x[with space]',
          'tests/test_a.py::TestC::test_x[p-1]',
          'tests/test_a.py::TestC::Test_upper',
        ],
      },
      '# parallel-tests selection: include\n' +
        'tests/test_a.py::TestC::Test_upper\n' +
        'tests/test_a.py::TestC::test_x[p-1]\n' +
        'tests/test_a.py::TestC::test_x[with space]\n' +
        'tests/test_b.py::test_z\n',
    ],
    [
      'exclude (the catch-all)',
      { mode: 'exclude', tests: ['tests/test_a.py::test_1'] },
      '# parallel-tests selection: exclude\ntests/test_a.py::test_1\n',
    ],
    [
      'include nothing: the header alone',
      { mode: 'include', tests: [] },
      '# parallel-tests selection: include\n',
    ],
    [
      'exclude nothing: the header alone',
      { mode: 'exclude', tests: [] },
      '# parallel-tests selection: exclude\n',
    ],
    [
      'ids keep non-ASCII and tabs as they are',
      { mode: 'include', tests: ['tests/test_ü.py::test[a\tb]'] },
      '# parallel-tests selection: include\ntests/test_ü.py::test[a\tb]\n',
    ],
  ])('%s', (_name, selection, expected) => {
    expect(renderSelectionFile(selection)).toBe(expected);
  });

  it.each([
    ['a newline', 'tests/test_a.py::test[a\nb]', /line break/],
    ['a carriage return', 'tests/test_a.py::test[a\rb]', /line break/],
    ['nothing at all', '', /empty/],
  ])('rejects an id holding %s', (_name, id, message) => {
    expect(() => renderSelectionFile({ mode: 'include', tests: ['tests/ok.py::t', id] })).toThrow(message);
    expect(() => renderSelectionFile({ mode: 'exclude', tests: [id] })).toThrow(InputError);
  });
});

describe('pytestArgs', () => {
  const base: PytestOptions = {
    selectionFile: '/tmp/shard-1.txt',
    pluginDir: '/action/dist',
    workers: 2,
    junitFile: 'results/junit.xml',
  };
  const common = ['--junitxml=results/junit.xml', '-o', 'junit_family=xunit1'];

  it.each<[string, Partial<PytestOptions>, string[], Record<string, string>]>([
    [
      'two workers',
      {},
      ['-p', 'parallel_tests_select', '-n', '2', ...common],
      { PYTHONPATH: '/action/dist', PARALLEL_TESTS_SELECTION: '/tmp/shard-1.txt' },
    ],
    [
      'one worker: no -n, so pytest-xdist is not needed',
      { workers: 1 },
      ['-p', 'parallel_tests_select', ...common],
      { PYTHONPATH: '/action/dist', PARALLEL_TESTS_SELECTION: '/tmp/shard-1.txt' },
    ],
    [
      "'auto' workers, extra arguments last",
      { workers: 'auto', extra: ['tests', '-m', 'not slow'] },
      ['-p', 'parallel_tests_select', '-n', 'auto', ...common, 'tests', '-m', 'not slow'],
      { PYTHONPATH: '/action/dist', PARALLEL_TESTS_SELECTION: '/tmp/shard-1.txt' },
    ],
    [
      'an existing PYTHONPATH stays, after the plugin folder',
      { pythonPath: '/src:/lib' },
      ['-p', 'parallel_tests_select', '-n', '2', ...common],
      { PYTHONPATH: '/action/dist:/src:/lib', PARALLEL_TESTS_SELECTION: '/tmp/shard-1.txt' },
    ],
    [
      "Windows joins PYTHONPATH with ';'",
      { pluginDir: 'D:\\a\\dist', pythonPath: 'C:\\src', pathDelimiter: ';' },
      ['-p', 'parallel_tests_select', '-n', '2', ...common],
      { PYTHONPATH: 'D:\\a\\dist;C:\\src', PARALLEL_TESTS_SELECTION: '/tmp/shard-1.txt' },
    ],
    [
      'an empty PYTHONPATH adds no empty entry (which Python would read as the working directory)',
      { pythonPath: '' },
      ['-p', 'parallel_tests_select', '-n', '2', ...common],
      { PYTHONPATH: '/action/dist', PARALLEL_TESTS_SELECTION: '/tmp/shard-1.txt' },
    ],
  ])('%s', (_name, change, args, env) => {
    expect(pytestArgs({ ...base, ...change })).toEqual({ args, env });
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects %s workers', (workers) => {
    expect(() => pytestArgs({ ...base, workers })).toThrow(InputError);
  });
});

describe('escapeDotnetFilterValue', () => {
  it.each([
    ['plain', 'Ns.Class.Method', 'Ns.Class.Method'],
    ['backslash first, so escapes are not escaped twice', 'a\\b', 'a\\\\b'],
    ['parentheses', 'M(1)', 'M\\(1\\)'],
    ['and, or', 'a&b|c', 'a\\&b\\|c'],
    ['equals, not, contains', 'a=b!c~d', 'a\\=b\\!c\\~d'],
    ['every VSTest operator', '\\()&|=!~', '\\\\\\(\\)\\&\\|\\=\\!\\~'],
    ['a comma, for MSBuild', 'Ns.C<A,B>.M', 'Ns.C<A%2CB>.M'],
    ['semicolon and percent, for MSBuild', 'a;b%2C', 'a%3Bb%252C'],
    ['spaces, dots, backticks, plus and brackets stay', 'Ns.C`1+Inner.Say hi[x]', 'Ns.C`1+Inner.Say hi[x]'],
  ])('%s', (_name, value, expected) => {
    expect(escapeDotnetFilterValue(value)).toBe(expected);
  });
});

describe('dotnetFilters', () => {
  it.each<[string, Selection, string[]]>([
    [
      'include: exact terms joined by |, sorted',
      { mode: 'include', tests: ['A.B.D', 'A.B.C'] },
      ['FullyQualifiedName=A.B.C|FullyQualifiedName=A.B.D'],
    ],
    [
      'exclude: exact negations joined by &',
      { mode: 'exclude', tests: ['A.B.D', 'A.B.C', 'A.B.C'] },
      ['FullyQualifiedName!=A.B.C&FullyQualifiedName!=A.B.D'],
    ],
    [
      'values are escaped',
      { mode: 'include', tests: ['Ns.C.Say hi!', 'Ns.G<A,B>.M'] },
      ['FullyQualifiedName=Ns.C.Say hi\\!|FullyQualifiedName=Ns.G<A%2CB>.M'],
    ],
    ['include nothing: no invocation at all', { mode: 'include', tests: [] }, []],
    [
      'exclude nothing (a catch-all alone): one invocation without --filter',
      { mode: 'exclude', tests: [] },
      [''],
    ],
  ])('%s', (_name, selection, expected) => {
    expect(dotnetFilters(selection)).toEqual(expected);
  });

  // 'FullyQualifiedName=A.B.C' is 24 characters, two of them with '|' 49.
  it.each([
    ['exactly at the limit: one expression', 49, ['FullyQualifiedName=A.B.C|FullyQualifiedName=A.B.D']],
    ['one over: two invocations', 48, ['FullyQualifiedName=A.B.C', 'FullyQualifiedName=A.B.D']],
    ['a single term exactly at the limit', 24, ['FullyQualifiedName=A.B.C', 'FullyQualifiedName=A.B.D']],
  ])('include batching, %s', (_name, maxLength, expected) => {
    expect(dotnetFilters({ mode: 'include', tests: ['A.B.C', 'A.B.D'] }, { maxLength })).toEqual(expected);
  });

  it('include batching: a single term over the limit cannot be run', () => {
    expect(() => dotnetFilters({ mode: 'include', tests: ['A.B.C'] }, { maxLength: 23 })).toThrow(
      /24 characters, over 23/,
    );
  });

  it('include batching: every batch within the limit, all ids once, in order', () => {
    const tests = Array.from({ length: 1000 }, (_, i) => `Company.Product.Tests.Class${i % 37}.Method_${i}`);
    const filters = dotnetFilters({ mode: 'include', tests });
    expect(filters.length).toBeGreaterThan(1);
    for (const f of filters) expect(f.length).toBeLessThanOrEqual(DEFAULT_MAX_FILTER_LENGTH);
    const terms = filters.flatMap((f) => f.split('|'));
    expect(terms).toEqual([...tests].sort().map((t) => `FullyQualifiedName=${t}`));
    // Greedy: no batch could have taken the next batch's first term.
    for (let i = 0; i + 1 < filters.length; i++) {
      const next = filters[i + 1]!.split('|')[0]!;
      expect(filters[i]!.length + 1 + next.length).toBeGreaterThan(DEFAULT_MAX_FILTER_LENGTH);
    }
  });

  // 'FullyQualifiedName!=A.B.C&FullyQualifiedName!=A.B.D' is 51 characters.
  it('exclude: exactly at the limit is one expression', () => {
    expect(dotnetFilters({ mode: 'exclude', tests: ['A.B.C', 'A.B.D'] }, { maxLength: 51 })).toEqual([
      'FullyQualifiedName!=A.B.C&FullyQualifiedName!=A.B.D',
    ]);
  });

  it('exclude: one over cannot be split, and says so', () => {
    const run = () => dotnetFilters({ mode: 'exclude', tests: ['A.B.C', 'A.B.D'] }, { maxLength: 50 });
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      /catch-all \.NET shard excludes 2 tests listed in other shards, a --filter of 51 characters \(at most 50\)/,
    );
    expect(run).toThrow(/must be planned with fewer tests listed/);
  });

  it('rejects ids with line breaks', () => {
    expect(() => dotnetFilters({ mode: 'include', tests: ['A.B\nC'] })).toThrow(/line break/);
  });
});

describe('dotnetClassFilters', () => {
  it.each<[string, Selection['mode'], string[], number | undefined, string[]]>([
    ['MSTest include', 'include', ['Ns.B', 'Ns.A'], undefined, ['ClassName=Ns.A|ClassName=Ns.B']],
    ['MSTest exclude', 'exclude', ['Ns.B', 'Ns.A'], undefined, ['ClassName!=Ns.A&ClassName!=Ns.B']],
    ['MSTest include, batched', 'include', ['Ns.B', 'Ns.A'], 14, ['ClassName=Ns.A', 'ClassName=Ns.B']],
    ['MSTest exclude nothing', 'exclude', [], undefined, ['']],
    ['MSTest include nothing', 'include', [], undefined, []],
  ])('%s', (_name, mode, classes, maxLength, expected) => {
    expect(dotnetClassFilters(classes, mode, { framework: 'mstest', maxLength })).toEqual(expected);
  });

  it.each([
    ['xunit', /xunit: its test adapter filters only on FullyQualifiedName, DisplayName and traits/],
    ['nunit', /nunit: its test adapter filters only on FullyQualifiedName, Name, Priority/],
  ] as const)('%s has no exact class property', (framework, message) => {
    expect(() => dotnetClassFilters(['Ns.A'], 'exclude', { framework })).toThrow(message);
    expect(() => dotnetClassFilters(['Ns.A'], 'include', { framework })).toThrow(InputError);
  });
});

describe('parseSelectionFile', () => {
  it('reads back what renderSelectionFile wrote (CRLF too)', () => {
    const selection = { mode: 'exclude' as const, tests: ['b::x', 'a::y[1]'] };
    expect(parseSelectionFile(renderSelectionFile(selection), 'f.txt')).toEqual({
      mode: 'exclude',
      tests: ['a::y[1]', 'b::x'],
    });
    expect(parseSelectionFile('# parallel-tests selection: include\r\nNs.A.B\r\n', 'f.txt')).toEqual({
      mode: 'include',
      tests: ['Ns.A.B'],
    });
  });

  it('names the file when it is not a selection file', () => {
    expect(() => parseSelectionFile('tests/a.py::t\n', 'plan/x.txt')).toThrow(
      /^plan\/x\.txt:1: not a selection file/,
    );
  });
});
