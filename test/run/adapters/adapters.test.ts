import { describe, expect, it } from 'vitest';
import { parseConfig, type SuiteConfig } from '../../../src/config/config.js';
import type { TestCase } from '../../../src/results/model.js';
import {
  buildInvocations,
  failedTestIds,
  type ShardInput,
  ToolMissing,
  type Tools,
} from '../../../src/run/adapters/index.js';
import { missingPython, versionAtLeast } from '../../../src/run/adapters/pytest.js';
import { renderCommandLine } from '../../../src/run/command-line.js';
import { expectGolden } from '../../helpers/golden.js';

const CONFIG = `
suites:
  - name: python
    framework: pytest
    path: tests/python
    markers: not e2e
    workers: 5
    test-timeout-seconds: 120
  - name: qgis
    framework: pytest
    path: tests/qgis
    python: /usr/bin/python3
    python-imports: [qgis.core]
    env: { QT_QPA_PLATFORM: offscreen }
  - name: csharp
    framework: xunit
    project: tests/Honua.Server.Tests
    threads: 6
    timeout-minutes: 20
  - name: web
    framework: jest
  - name: ui
    framework: vitest
    path: src
  - name: api
    framework: go
    path: ./internal/...
  - name: custom
    framework: command
    command: [./run-tests.sh, --jobs, "{workers}", "--part={shard}/{shards}", --list, "{tests-file}", --out, "{results}/report.xml"]
    results: out/**/*.xml
`;
const config = parseConfig(CONFIG, 'parallel-tests.yml');
const suite = (name: string): SuiteConfig => config.suites.find((s) => s.name === name)!;

const TOOLS: Tools = {
  python: { interpreter: '/usr/bin/python3', pytest: '7.2.1', xdist: '3.1.0', timeout: '2.1.0', missing: [] },
  dotnet: '10.0.100',
  gotestsum: true,
};

function input(name: string, over: Partial<ShardInput> = {}): ShardInput {
  return {
    suite: suite(name),
    shard: 2,
    shards: 3,
    workers: 4,
    cores: 5,
    baseDir: '/repo',
    resultsDir: `/repo/TestResults/run-1/${name}-2`,
    selection: {
      file: `/repo/.parallel-tests/plan/${name}/shard-2.txt`,
      selection: { mode: 'include', tests: ['Ns.A.One', 'Ns.B.Two'] },
    },
    pluginDir: '/opt/pt/dist',
    tools: TOOLS,
    ...over,
  };
}

describe('adapters: argv, env and result files as data', () => {
  it('pytest: interpreter, -n from the allocation, the plugin and selection, xunit1 JUnit, -m, --timeout', () => {
    const out = buildInvocations(input('python', { pythonPath: '/site' }));
    expect(out.invocations).toEqual([
      {
        command: '/usr/bin/python3',
        args: [
          '-m',
          'pytest',
          '-p',
          'parallel_tests_select',
          '-n',
          '4',
          '--junitxml=/repo/TestResults/run-1/python-2/junit.xml',
          '-o',
          'junit_family=xunit1',
          '-o',
          'junit_suite_name=python',
          '-m',
          'not e2e',
          '--timeout',
          '120',
          'tests/python',
        ],
        env: {
          PYTHONPATH: '/opt/pt/dist:/site',
          PARALLEL_TESTS_SELECTION: '/repo/.parallel-tests/plan/python/shard-2.txt',
        },
        cwd: '/repo',
        results: ['/repo/TestResults/run-1/python-2/junit.xml'],
        emptyExit: 5,
      },
    ]);
    // xdist 3.1 has no worksteal: said once, the run goes on with xdist's default.
    expect(out.warnings).toEqual([
      'pytest-xdist 3.1.0 has no --dist worksteal (3.2 and later); using its default',
    ]);
  });

  it('pytest: worksteal where xdist has it; no -n with one worker; auto passes through; no selection, no variable', () => {
    const tools = { ...TOOLS, python: { ...TOOLS.python!, xdist: '3.6.1' } };
    expect(buildInvocations(input('qgis', { tools })).invocations[0]!.args).toEqual([
      '-m',
      'pytest',
      '-p',
      'parallel_tests_select',
      '-n',
      '4',
      '--junitxml=/repo/TestResults/run-1/qgis-2/junit.xml',
      '-o',
      'junit_family=xunit1',
      '--dist',
      'worksteal',
      '-o',
      'junit_suite_name=qgis',
      'tests/qgis',
    ]);
    const one = buildInvocations(input('qgis', { workers: 1, selection: undefined })).invocations[0]!;
    expect(one.args.slice(0, 5)).toEqual([
      '-m',
      'pytest',
      '-p',
      'parallel_tests_select',
      '--junitxml=/repo/TestResults/run-1/qgis-2/junit.xml',
    ]);
    expect(one.env).toEqual({ QT_QPA_PLATFORM: 'offscreen', PYTHONPATH: '/opt/pt/dist' });
    expect(buildInvocations(input('qgis', { workers: 'auto' })).invocations[0]!.args).toContain('auto');
  });

  it('pytest: a retry selects only the failed node ids, in a file and a JUnit file of its own', () => {
    const out = buildInvocations(input('python'), {
      attempt: 2,
      tests: ['tests/python/test_b.py::test_x', 'tests/python/test_a.py::T::test_y[1]'],
    });
    expect(out.files).toEqual([
      {
        path: '/repo/TestResults/run-1/python-2/retry-2.txt',
        text: '# parallel-tests selection: include\ntests/python/test_a.py::T::test_y[1]\ntests/python/test_b.py::test_x\n',
      },
    ]);
    const inv = out.invocations[0]!;
    expect(inv.env.PARALLEL_TESTS_SELECTION).toBe('/repo/TestResults/run-1/python-2/retry-2.txt');
    expect(inv.results).toEqual(['/repo/TestResults/run-1/python-2/junit-attempt-2.xml']);
    // Two tests need no more than two workers.
    expect(inv.args.slice(4, 6)).toEqual(['-n', '2']);
  });

  it.each([
    [
      { interpreter: '/usr/bin/python3', pytest: '7.2.1', missing: [] },
      4,
      '/usr/bin/python3 cannot import pytest-xdist (for -n), pytest-timeout (for test-timeout-seconds)',
    ],
    [
      { interpreter: 'python3', missing: [] },
      1,
      'python3 cannot import pytest, pytest-timeout (for test-timeout-seconds)',
    ],
    [
      undefined,
      1,
      'no python3 or python on PATH imports pytest (install pytest, or set python: in the config)',
    ],
  ] as const)('pytest: names what is missing (%#)', (python, workers, message) => {
    expect(missingPython({ suite: suite('python'), workers }, python)).toBe(`suite "python": ${message}`);
  });

  it('pytest: a module the suite needs (PyQGIS) that does not import is a missing tool, not a failure', () => {
    const tools = { python: { ...TOOLS.python!, missing: ['qgis.core'] } };
    expect(() => buildInvocations(input('qgis', { tools }))).toThrow(ToolMissing);
    expect(() => buildInvocations(input('qgis', { tools }))).toThrow(
      'suite "qgis": /usr/bin/python3 cannot import qgis.core',
    );
    expect(missingPython({ suite: suite('qgis'), workers: 1 }, undefined)).toBe(
      'suite "qgis": the interpreter /usr/bin/python3 (python: in the config) does not run',
    );
  });

  it('dotnet: project, TRX per invocation, the exact filter, threads, hang timeout, processor count', () => {
    expect(buildInvocations(input('csharp')).invocations).toEqual([
      {
        command: 'dotnet',
        args: [
          'test',
          'tests/Honua.Server.Tests',
          '--logger',
          'trx;LogFileName=results.trx',
          '--results-directory',
          '/repo/TestResults/run-1/csharp-2',
          '--blame-hang-timeout',
          '20m',
          '--filter',
          'FullyQualifiedName=Ns.A.One|FullyQualifiedName=Ns.B.Two',
          '--',
          'xUnit.MaxParallelThreads=4',
        ],
        env: { DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_PROCESSOR_COUNT: '5' },
        cwd: '/repo',
        results: ['/repo/TestResults/run-1/csharp-2/results.trx'],
      },
    ]);
  });

  it('dotnet: a long selection is batched, one TRX each; the catch-all excludes; a retry filters the failed', () => {
    const tests = Array.from({ length: 400 }, (_, i) => `Ns.Class${i}.Test${i}`);
    const batched = buildInvocations(
      input('csharp', { selection: { file: 'x', selection: { mode: 'include', tests } } }),
    );
    expect(batched.invocations.length).toBeGreaterThan(1);
    expect(batched.invocations.map((i) => i.results[0]!.split('/').pop())).toEqual(
      batched.invocations.map((_, k) => `results-${k + 1}.trx`),
    );
    const filters = batched.invocations.map((i) => i.args[i.args.indexOf('--filter') + 1]!);
    expect(filters.every((f) => f.length <= 7000)).toBe(true);
    expect(filters.join('|').split('|')).toHaveLength(400);
    const catchAll = buildInvocations(
      input('csharp', { selection: { file: 'x', selection: { mode: 'exclude', tests: ['Ns.A.One'] } } }),
    );
    expect(catchAll.invocations[0]!.args).toContain('FullyQualifiedName!=Ns.A.One');
    const retry = buildInvocations(input('csharp'), { attempt: 2, tests: ['Ns.A.One'] });
    expect(retry.invocations[0]!.args).toContain('FullyQualifiedName=Ns.A.One');
    expect(retry.invocations[0]!.args).toContain('trx;LogFileName=attempt-2.trx');
    expect(() => buildInvocations(input('csharp', { tools: {} }))).toThrow('no .NET SDK');
  });

  it('jest and vitest: their own --shard, workers, JUnit into the shard folder', () => {
    expect(buildInvocations(input('web')).invocations[0]).toMatchObject({
      command: 'npx',
      args: [
        '--no-install',
        'jest',
        '--ci',
        '--maxWorkers=4',
        '--shard=2/3',
        '--reporters=default',
        '--reporters=jest-junit',
      ],
      env: {
        JEST_JUNIT_OUTPUT_FILE: '/repo/TestResults/run-1/web-2/junit.xml',
        JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true',
      },
    });
    expect(buildInvocations(input('ui', { shards: 1, shard: 1 })).invocations[0]!.args).toEqual([
      '--no-install',
      'vitest',
      'run',
      '--maxWorkers=4',
      '--reporter=default',
      '--reporter=junit',
      '--outputFile.junit=/repo/TestResults/run-1/ui-2/junit.xml',
      'src',
    ]);
  });

  it('go: through gotestsum, one shard; without gotestsum it is a missing tool', () => {
    const one = { shard: 1, shards: 1 };
    expect(buildInvocations(input('api', one)).invocations[0]).toMatchObject({
      command: 'gotestsum',
      args: [
        '--junitfile',
        '/repo/TestResults/run-1/api-2/junit.xml',
        '--format',
        'standard-verbose',
        '--',
        '-p=4',
        './internal/...',
      ],
      env: { GOMAXPROCS: '5' },
    });
    expect(() => buildInvocations(input('api', { ...one, tools: {} }))).toThrow(ToolMissing);
    expect(() => buildInvocations(input('api'))).toThrow('go suites run as one shard');
  });

  it('command: placeholders replaced inside argv elements, never a shell string', () => {
    const inv = buildInvocations(input('custom')).invocations[0]!;
    expect([inv.command, ...inv.args]).toEqual([
      './run-tests.sh',
      '--jobs',
      '4',
      '--part=2/3',
      '--list',
      '/repo/.parallel-tests/plan/custom/shard-2.txt',
      '--out',
      '/repo/TestResults/run-1/custom-2/report.xml',
    ]);
    expect(inv.results).toEqual(['/repo/TestResults/run-1/custom-2/**/*.{xml,trx}', '/repo/out/**/*.xml']);
    expect(() => buildInvocations(input('custom', { selection: undefined }))).toThrow('{tests-file}');
  });

  it('the command lines as the log shows them (golden)', () => {
    const tools = { ...TOOLS, python: { ...TOOLS.python!, xdist: '3.6.1' } };
    const lines = config.suites.map((s) => {
      const out = buildInvocations(
        input(s.name, { tools, ...(s.framework === 'go' ? { shards: 1, shard: 1 } : {}) }),
      );
      return `# ${s.name} (${s.framework})\n${out.invocations.map((i) => `$ ${renderCommandLine([i.command, ...i.args], i.env)}`).join('\n')}\n`;
    });
    expectGolden('run-invocations.txt', lines.join('\n'));
  });
});

describe('retries: the ids of failed tests', () => {
  const c = (over: Partial<TestCase>): TestCase => ({
    suite: 's',
    className: '',
    name: '',
    duration: 0,
    status: 'passed',
    source: 'f',
    ...over,
  });
  it('pytest node ids from xunit1 cases; .NET FullyQualifiedNames without theory arguments', () => {
    expect(
      failedTestIds('pytest', [
        c({ className: 'tests.test_a.TestC', name: 'test_x[1]', file: 'tests/test_a.py', status: 'failed' }),
        c({ className: 'tests.test_b', name: 'test_y', file: 'tests/test_b.py', status: 'errored' }),
        c({ className: 'tests.test_b', name: 'test_ok', file: 'tests/test_b.py' }),
      ]),
    ).toEqual(['tests/test_a.py::TestC::test_x[1]', 'tests/test_b.py::test_y']);
    expect(
      failedTestIds('xunit', [
        c({ className: 'Ns.Calc', name: 'Adds(a: 1, b: 2)', status: 'failed' }),
        c({ className: 'Ns.Calc', name: 'Adds(a: 2, b: 3)', status: 'failed' }),
        c({ className: 'Ns.Calc', name: 'Ok' }),
      ]),
    ).toEqual(['Ns.Calc.Adds']);
  });

  it('version comparison for feature checks', () => {
    expect([
      versionAtLeast('3.2.0', [3, 2]),
      versionAtLeast('3.10', [3, 2]),
      versionAtLeast('3.1.9', [3, 2]),
      versionAtLeast('2.9', [3, 2]),
    ]).toEqual([true, true, false, false]);
  });
});
