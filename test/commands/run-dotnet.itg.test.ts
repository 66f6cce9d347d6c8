import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlan } from '../../src/commands/plan.js';
import { type RunOutcome, runRun } from '../../src/commands/run.js';
import { execProcess } from '../../src/exec.js';
import { LocalCacheStore } from '../../src/stores/local-cache-store.js';
import { tempDir, writeTree } from '../helpers/run.js';

// A small real xUnit project through `plan` and `run --shard I/2` with `dotnet test`: the plan's
// filter picks each shard's tests, the threads come from the allocation, and the test that fails
// on its first attempt passes on the retry and is reported flaky. Needs the .NET SDK and the
// packages in /opt/nuget/packages (or a reachable NuGet source), as the honua example does.

const DOTNET_ENV = {
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
  DOTNET_NOLOGO: '1',
  // No MSBuild nodes or build server left behind: they would outlive the suite's process group.
  MSBUILDDISABLENODEREUSE: '1',
  DOTNET_CLI_USE_MSBUILD_SERVER: '0',
  // Nor a Roslyn compiler server (VBCSCompiler), which detaches from the build and stays.
  UseSharedCompilation: 'false',
};

const PROJECT = {
  'proj/Mini.Tests.csproj': `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <IsPackable>false</IsPackable>
    <IsTestProject>true</IsTestProject>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
    <PackageReference Include="xunit" Version="2.9.3" />
    <PackageReference Include="xunit.analyzers" Version="1.26.0" PrivateAssets="all" />
    <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
  </ItemGroup>
</Project>
`,
  // As in examples/honua/tests/csharp: the offline folder where it exists, else the usual sources.
  'proj/Directory.Build.props': `<Project>
  <PropertyGroup Condition="Exists('/opt/nuget/packages')">
    <RestoreSources>/opt/nuget/packages</RestoreSources>
  </PropertyGroup>
</Project>
`,
  'proj/Tests.cs': `using Xunit;
namespace Mini.Tests;

public class AlphaTests {
  [Fact] public void One() => Assert.Equal(2, 1 + 1);
  [Fact] public void Two() => Assert.True(true);
}

public class BetaTests {
  [Fact] public void One() => Assert.Equal(4, 2 * 2);
  [Theory, InlineData(1), InlineData(2)] public void Many(int n) => Assert.True(n > 0);
}

// Not in the plan's test list: the catch-all shard runs it.
public class GammaTests {
  [Fact] public void Flaky() {
    var marker = Environment.GetEnvironmentVariable("MINI_FLAKY_MARKER")!;
    if (!File.Exists(marker)) { File.WriteAllText(marker, "first attempt"); Assert.Fail("fails on its first attempt"); }
  }
  [Fact] public void Steady() => Assert.True(true);
}
`,
};

/** Every test case of the project, as TRX names them. */
const ALL = [
  'Mini.Tests.AlphaTests.One',
  'Mini.Tests.AlphaTests.Two',
  'Mini.Tests.BetaTests.Many(n: 1)',
  'Mini.Tests.BetaTests.Many(n: 2)',
  'Mini.Tests.BetaTests.One',
  'Mini.Tests.GammaTests.Flaky',
  'Mini.Tests.GammaTests.Steady',
];

interface Report {
  totals: Record<string, number>;
  suites: { name: string; tests: number; passed: number; failed: number; flaky: number }[];
  tests: Record<string, Record<string, string[]>>;
  timeline: { job: string; cores: number }[];
}

interface Shard {
  outcome: RunOutcome;
  report: Report;
  out: string;
  record: { workers: number; cores: number; command: string[]; results: string[] };
  log: string;
}

describe('run --shard with a real xUnit project: the plan filter, threads from the allocation, a retry', () => {
  let dir: string;
  /** The plan's selection files: mode and ids per shard. */
  const selections: { mode: string; ids: string[] }[] = [];
  const shards: Shard[] = [];

  beforeAll(async () => {
    dir = tempDir('pt-run-dotnet-');
    writeTree(dir, {
      ...PROJECT,
      // Written for an 8-core host: a 4-core budget with 2 threads. On 2 cores it scales to both
      // cores with 1 thread: MaxParallelThreads=1 and DOTNET_PROCESSOR_COUNT=2 differ from
      // xUnit's own default (the processor count), so they can only come from the allocation.
      'parallel-tests.yml': `host:
  cores: 8
  reserved: 0
suites:
  - name: csharp
    framework: xunit
    project: proj/Mini.Tests.csproj
    threads: 2
    cores: 4
    retries: 1
    env:
      MINI_FLAKY_MARKER: ${path.join(dir, 'flaky-marker')}
`,
      // Gamma left out: tests the plan never saw run in the catch-all.
      'tests.txt':
        'Mini.Tests.AlphaTests.One\nMini.Tests.AlphaTests.Two\nMini.Tests.BetaTests.One\nMini.Tests.BetaTests.Many\n',
    });
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...DOTNET_ENV };
    // Built once: each shard's dotnet test then only checks that the build is up to date.
    const build = spawnSync('dotnet', ['build', 'proj/Mini.Tests.csproj', '-nodeReuse:false'], {
      cwd: dir,
      env,
      encoding: 'utf8',
      timeout: 180_000,
    });
    if (build.status !== 0) throw new Error(`dotnet build failed:\n${build.stdout}\n${build.stderr}`);

    await runPlan({
      cwd: dir,
      configPath: 'parallel-tests.yml',
      timings: [],
      tests: ['csharp=tests.txt'],
      shards: 2,
      hostCores: 2,
      shardDir: '.parallel-tests/plan',
      local: true,
    });
    for (const i of [1, 2]) {
      const [header, ...ids] = readFileSync(
        path.join(dir, `.parallel-tests/plan/csharp/shard-${i}.txt`),
        'utf8',
      )
        .trim()
        .split('\n');
      selections.push({ mode: header!.replace('# parallel-tests selection: ', ''), ids });
    }

    for (const index of [1, 2]) {
      const out: string[] = [];
      const outcome = await runRun(
        {
          cwd: dir,
          configPath: 'parallel-tests.yml',
          suites: [],
          shard: { index, count: 2 },
          shardDir: '.parallel-tests/plan',
          noBuild: true,
          sequential: false,
          buildArgs: [],
          resultsDir: 'TestResults',
          jsonPath: `report-${index}.json`,
          hostCores: 2,
          runId: `shard-${index}`,
          progressMs: 0,
        },
        {
          exec: execProcess,
          store: new LocalCacheStore({ root: path.join(dir, 'cache'), cwd: dir }),
          log: () => {},
          out: (t) => out.push(t),
          env,
        },
      );
      const shardDir = path.join(outcome.runDir, `csharp-${index}`);
      shards.push({
        outcome,
        report: JSON.parse(readFileSync(path.join(dir, `report-${index}.json`), 'utf8')),
        out: out.join(''),
        record: JSON.parse(readFileSync(path.join(shardDir, 'parallel-tests-job.json'), 'utf8')),
        log: readFileSync(path.join(shardDir, 'output.log'), 'utf8'),
      });
    }
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('plans one include shard with the listed tests and one catch-all that excludes them', () => {
    expect(selections.map((s) => s.mode).sort()).toEqual(['exclude', 'include']);
    const include = selections.find((s) => s.mode === 'include')!;
    const exclude = selections.find((s) => s.mode === 'exclude')!;
    // The catch-all excludes exactly what the other shard includes.
    expect(exclude.ids).toEqual(include.ids);
    expect(include.ids.length).toBeGreaterThan(0);
  });

  it('each shard ran exactly its selection, every test once over both, and passed', () => {
    const ran = shards.map((s) => s.report.tests.csharp!.passed!.slice().sort());
    // A TRX name without its theory arguments is the FullyQualifiedName the filter matches.
    const fqn = (name: string) => name.replace(/\(.*\)$/, '');
    for (const [i, sel] of selections.entries()) {
      const expected = ALL.filter((t) =>
        sel.mode === 'include' ? sel.ids.includes(fqn(t)) : !sel.ids.includes(fqn(t)),
      );
      expect(ran[i]).toEqual(expected);
      expect(shards[i]!.report.tests.csharp).toEqual({ passed: expected });
    }
    expect([...ran[0]!, ...ran[1]!].sort()).toEqual(ALL);
    expect(shards.map((s) => s.outcome.exitCode)).toEqual([0, 0]);
  });

  it('reports counts per suite exactly, and the retried test as flaky in the catch-all shard', () => {
    const catchAll = selections.findIndex((s) => s.mode === 'exclude');
    for (const [i, shard] of shards.entries()) {
      const tests = shard.report.tests.csharp!.passed!.length;
      const flaky = i === catchAll ? 1 : 0;
      expect(shard.report.totals).toMatchObject({ tests, passed: tests, failed: 0, errors: 0, flaky });
      expect(shard.report.suites.map((s) => [s.name, s.tests, s.passed, s.failed, s.flaky])).toEqual([
        ['csharp', tests, tests, 0, flaky],
      ]);
      expect(shard.report.timeline.map((t) => t.job)).toEqual([`csharp-${i + 1}-of-2`]);
    }
    const retried = shards[catchAll]!;
    expect(retried.outcome.shards.map((s) => [s.status, s.flaky])).toEqual([
      ['passed', ['Mini.Tests.GammaTests.Flaky']],
    ]);
    // Each attempt's results in their own file; the retry ran only the failed test.
    expect(retried.record.results).toEqual(['results.trx', 'attempt-2.trx']);
    expect(retried.log).toMatch(
      /^\$ .*dotnet test proj\/Mini\.Tests\.csproj --logger 'trx;LogFileName=attempt-2\.trx' .* --filter FullyQualifiedName=Mini\.Tests\.GammaTests\.Flaky -- xUnit\.MaxParallelThreads=1$/m,
    );
    expect(retried.out).toContain('FLAKY csharp › Mini.Tests.GammaTests.Flaky (2 runs)');
    expect(shards[1 - catchAll]!.record.results).toEqual(['results.trx']);
  });

  it("passes the plan's filter and the allocation's threads and cores to dotnet test", () => {
    for (const [i, shard] of shards.entries()) {
      const sel = selections[i]!;
      const filter = sel.ids
        .map((id) => `FullyQualifiedName${sel.mode === 'include' ? '=' : '!='}${id}`)
        .join(sel.mode === 'include' ? '|' : '&');
      expect(shard.record).toMatchObject({ workers: 1, cores: 2 });
      expect(shard.record.command).toEqual([
        'dotnet',
        'test',
        'proj/Mini.Tests.csproj',
        '--logger',
        'trx;LogFileName=results.trx',
        '--results-directory',
        path.join(shard.outcome.runDir, `csharp-${i + 1}`),
        '--blame-hang-timeout',
        '30m',
        '--filter',
        filter,
        '--',
        'xUnit.MaxParallelThreads=1',
      ]);
      expect(shard.log).toMatch(/^\$ .*DOTNET_PROCESSOR_COUNT=2 .*dotnet test /m);
      expect(shard.report.timeline.map((t) => t.cores)).toEqual([2]);
    }
  });
});
