import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCoverageFile } from '../../src/coverage/collect.js';
import { mergeCoverage } from '../../src/coverage/merge.js';
import { runDist, tempDir, writeTree } from '../helpers/run.js';

// Real Cobertura from both tools the seeds use: coverage.py (Debian python3-coverage, in
// /usr/bin/python3 with pytest) over two pytest shards, and coverlet (the xUnit template's
// coverlet.collector) through `dotnet test --collect:"XPlat Code Coverage"`, restored offline.
const PYTHON = process.env.PARALLEL_TESTS_PYTHON ?? '/usr/bin/python3';
const NUGET = process.env.PARALLEL_TESTS_NUGET ?? '/opt/nuget/packages';
const DOTNET_ENV = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };

function run(cmd: string, args: string[], cwd: string, env = process.env) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

const CALC_PY = `def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def div(a, b):
    if b == 0:
        raise ZeroDivisionError("b")
    return a / b
`;

const CALC_CS = `namespace Calc;

public static class Arith
{
    public static int Add(int a, int b) => a + b;

    public static int Div(int a, int b)
    {
        if (b == 0)
        {
            throw new System.DivideByZeroException();
        }
        return a / b;
    }
}
`;

describe('coverage from coverage.py and coverlet, merged across shards', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('pt-cov-');
    writeTree(dir, {
      'pkg/__init__.py': '',
      'pkg/calc.py': CALC_PY,
      'test_a.py': 'from pkg.calc import add\ndef test_add():\n    assert add(1, 2) == 3\n',
      'test_b.py': 'from pkg.calc import div\ndef test_div():\n    assert div(4, 2) == 2\n',
      'cs/Calc/Calc.csproj':
        '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>',
      'cs/Calc/Calc.cs': CALC_CS,
      'cs/Calc.Tests/Calc.Tests.csproj': `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><IsPackable>false</IsPackable></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
    <PackageReference Include="xunit" Version="2.9.3" />
    <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
    <PackageReference Include="coverlet.collector" Version="6.0.4" />
  </ItemGroup>
  <ItemGroup><ProjectReference Include="../Calc/Calc.csproj" /></ItemGroup>
</Project>`,
      'cs/Calc.Tests/CalcTests.cs':
        'using Xunit;\nnamespace Calc;\npublic class CalcTests\n{\n    [Fact]\n    public void Adds() => Assert.Equal(3, Arith.Add(1, 2));\n}\n',
    });
    // Two shards, each with its own data file and XML report, as two matrix jobs would have.
    for (const [shard, test] of [
      ['1', 'test_a.py'],
      ['2', 'test_b.py'],
    ] as const) {
      const env = { ...process.env, COVERAGE_FILE: path.join(dir, `.coverage.${shard}`) };
      run(
        PYTHON,
        ['-m', 'coverage', 'run', '--source=pkg', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', test],
        dir,
        env,
      );
      run(PYTHON, ['-m', 'coverage', 'xml', '-o', `shard-${shard}/coverage.xml`], dir, env);
    }
    const tests = path.join(dir, 'cs/Calc.Tests');
    run('dotnet', ['restore', '--source', NUGET], tests, DOTNET_ENV);
    run(
      'dotnet',
      [
        'test',
        '--no-restore',
        '--collect:XPlat Code Coverage',
        '--results-directory',
        path.join(dir, 'shard-3'),
      ],
      tests,
      DOTNET_ENV,
    );
  }, 180_000);

  it('merges per file and line: a line covered in any shard is covered', async () => {
    const one = await readCoverageFile(path.join(dir, 'shard-1/coverage.xml'), 'shard-1/coverage.xml');
    const two = await readCoverageFile(path.join(dir, 'shard-2/coverage.xml'), 'shard-2/coverage.xml');
    expect([one.error, two.error]).toEqual([undefined, undefined]);
    expect(mergeCoverage([one]).total.covered).toBe(4);
    expect(mergeCoverage([two]).total.covered).toBe(5);
    expect(mergeCoverage([one, two]).files.find((f) => f.path.endsWith('pkg/calc.py'))).toMatchObject({
      lines: 8,
      covered: 6,
    });
  });

  it('aggregate --coverage: the total and packages in the JSON report; the threshold fails the step', () => {
    writeTree(dir, {
      'results/junit.xml': '<testsuite name="py"><testcase classname="t" name="ok"/></testsuite>',
    });
    const args = ['aggregate', 'results/*.xml', '--coverage', 'shard-*/**/*.xml', '--json', 'report.json'];
    const below = runDist('cli.js', [...args, '--coverage-threshold', '50'], { cwd: dir });
    expect(below.code, below.stderr).toBe(1);
    expect(below.stdout).toMatch(
      /coverage 46\.66% of 15 lines \(7 covered, 3 reports\) \(threshold 50%: NOT met\)/,
    );
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.coverage.total).toEqual({ lines: 15, covered: 7, percent: 46.66 });
    expect(
      report.coverage.packages.map((p: { name: string; percent: number }) => [p.name, p.percent]),
    ).toEqual([
      ['Calc', 14.28],
      ['pkg', 75],
    ]);
    const above = runDist('cli.js', [...args, '--coverage-threshold', '46.6'], { cwd: dir });
    expect(above.code, above.stderr).toBe(0);
    const bad = runDist('cli.js', [...args, '--coverage-threshold', 'eighty'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--coverage-threshold must be a percentage from 0 to 100 (e.g. 80), got "eighty"',
    );
  });
});
