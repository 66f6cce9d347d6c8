import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { runDist, tempDir, writeTree } from '../helpers/run.js';

// The example end to end, for real: the test image built (or restored) on the offline base, the
// server in Docker on helper B's port, and the three suites at once against it: pytest-xdist,
// PyQGIS under pytest-xdist, and dotnet test with xUnit. Then our aggregate reads what they wrote.
// Needs what scripts/test-deps.sh installs (Docker, the offline base, pytest-xdist, python3-qgis)
// and the .NET SDK with the packages in /opt/nuget/packages (or a reachable NuGet source).
const BASE = 'parallel-tests/python-base:offline';
const TAG = `parallel-tests-itg/honua-example:${process.pid}`;
const CONTAINER = `b-example-honua-${process.pid}`;
const PORT = 18281;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const EXAMPLE = path.join(ROOT, 'examples/honua');
const PYTHON = process.env.PARALLEL_TESTS_PYTHON ?? '/usr/bin/python3';
// dotnet's build output outside the checkout's sources, kept between runs (incremental builds).
const DOTNET_ARTIFACTS = path.join(ROOT, '.parallel-tests/honua-csharp');

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs a command to its end without a shell (killed after 4 minutes); output captured, never printed. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  const started = performance.now();
  return new Promise<Finished>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 240_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', (e) => reject(new Error(`${command} did not start: ${e.message}`)));
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

function docker(...args: string[]) {
  return spawnSync('docker', args, { encoding: 'utf8' });
}

/** pytest's closing line ("137 passed in 2.19s"): the oracle for the aggregate's counts. */
function pytestCounts(out: Finished) {
  const line = out.stdout.trim().split('\n').pop() ?? '';
  const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return {
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    errors: count('error'),
  };
}

/** dotnet test's closing line ("Passed!  - Failed: 0, Passed: 83, Skipped: 0, Total: 83, ..."). */
function dotnetCounts(out: Finished) {
  const m = /Failed:\s+(\d+), Passed:\s+(\d+), Skipped:\s+(\d+), Total:\s+(\d+)/.exec(out.stdout);
  if (!m) throw new Error(`no closing line in dotnet test's output:\n${out.stdout}\n${out.stderr}`);
  return { failed: Number(m[1]), passed: Number(m[2]), skipped: Number(m[3]), total: Number(m[4]) };
}

async function waitForHealth(seconds: number): Promise<unknown> {
  const until = Date.now() + seconds * 1000;
  let last = '';
  while (Date.now() < until) {
    try {
      const r = await fetch(`${BASE_URL}/health`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return await r.json();
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `the example server on ${BASE_URL} was not healthy after ${seconds} s (${last}):\n${docker('logs', CONTAINER).stdout}`,
  );
}

describe('the honua example end to end: image, server, three suites at once, one report', () => {
  let dir: string;
  let results: string;
  let health: unknown;
  let imageRun: ReturnType<typeof runDist>;
  let python: Finished;
  let qgis: Finished;
  let csharp: Finished;
  let wall = 0;

  beforeAll(async () => {
    if (docker('info').status !== 0)
      throw new Error('no Docker engine: start dockerd (scripts/test-deps.sh does)');
    if (docker('image', 'inspect', BASE).status !== 0)
      throw new Error(`no ${BASE}: run scripts/offline-base-image.sh`);
    dir = tempDir('pt-honua-');
    results = path.join(dir, 'results');
    // The example's image section with our own tag (other tests and helpers use the engine too).
    writeTree(dir, {
      'parallel-tests.yml': [
        'image:',
        `  name: ${TAG}`,
        `  dockerfile: ${path.join(EXAMPLE, 'docker/Dockerfile.test-cached')}`,
        `  context: ${EXAMPLE}`,
        'suites:',
        '  - name: python',
        '    framework: pytest',
        '',
      ].join('\n'),
    });
    imageRun = runDist(
      'cli.js',
      ['image', '--build-arg', `BASE_IMAGE=${BASE}`, '--cache-dir', path.join(dir, 'cache')],
      { cwd: dir, env: { PATH: process.env.PATH, HOME: dir } },
    );
    if (imageRun.code !== 0) throw new Error(`image failed (${imageRun.code}):\n${imageRun.stderr}`);
    const started = docker(
      'run',
      '--detach',
      '--name',
      CONTAINER,
      '--publish',
      `127.0.0.1:${PORT}:8080`,
      '--read-only',
      TAG,
    );
    if (started.status !== 0) throw new Error(`docker run failed: ${started.stderr}`);
    health = await waitForHealth(30);

    for (const suite of ['python', 'qgis', 'csharp'])
      mkdirSync(path.join(results, suite), { recursive: true });
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HONUA_BASE_URL: BASE_URL,
      PYTHONDONTWRITEBYTECODE: '1',
    };
    const pytest = (suite: string, extra: NodeJS.ProcessEnv = {}) =>
      run(
        PYTHON,
        [
          '-m',
          'pytest',
          `tests/${suite}`,
          '-n',
          '2',
          '-q',
          `--junitxml=${path.join(results, suite, 'junit.xml')}`,
          '-o',
          'junit_family=xunit1',
          '-o',
          `junit_suite_name=${suite}`,
        ],
        { cwd: EXAMPLE, env: { ...env, ...extra } },
      );
    const t0 = performance.now();
    [python, qgis, csharp] = await Promise.all([
      pytest('python'),
      pytest('qgis', { QT_QPA_PLATFORM: 'offscreen', XDG_RUNTIME_DIR: dir }),
      run(
        'dotnet',
        [
          'test',
          path.join(EXAMPLE, 'tests/csharp/Honua.Server.Tests.csproj'),
          '--artifacts-path',
          DOTNET_ARTIFACTS,
          '--logger',
          'trx;LogFileName=honua.trx',
          '--results-directory',
          path.join(results, 'csharp'),
          '-nodeReuse:false',
        ],
        {
          cwd: EXAMPLE,
          // No MSBuild nodes or build server left behind: they would hold our output pipes open.
          env: {
            ...env,
            DOTNET_CLI_TELEMETRY_OPTOUT: '1',
            DOTNET_NOLOGO: '1',
            MSBUILDDISABLENODEREUSE: '1',
            DOTNET_CLI_USE_MSBUILD_SERVER: '0',
          },
        },
      ),
    ]);
    wall = (performance.now() - t0) / 1000;
  }, 600_000);

  afterAll(() => {
    docker('rm', '--force', CONTAINER);
    docker('image', 'rm', '--force', TAG);
  });

  it('the image was built on the offline base (or restored) and the server holds the seed data', () => {
    expect(imageRun.stdout).toMatch(/ready \((built|engine|cache)\)|built/);
    expect(health).toEqual({ status: 'ok', collections: 9, features: 685 });
  });

  it('the three suites passed against it, each with its own tests', () => {
    const show = (f: Finished) => `${f.stdout.slice(-3000)}\n${f.stderr.slice(-3000)}`;
    expect(python.code, show(python)).toBe(0);
    expect(qgis.code, show(qgis)).toBe(0);
    expect(csharp.code, show(csharp)).toBe(0);
    expect(pytestCounts(python).passed).toBeGreaterThanOrEqual(60);
    expect(pytestCounts(qgis).passed).toBeGreaterThanOrEqual(9 * 4);
    expect(dotnetCounts(csharp).passed).toBeGreaterThan(0);
    // For the report: what each suite took, all three at once on this machine.
    console.info(
      `honua example: python ${python.seconds.toFixed(1)} s, qgis ${qgis.seconds.toFixed(1)} s, csharp (build + test) ${csharp.seconds.toFixed(1)} s, wall ${wall.toFixed(1)} s`,
    );
  });

  it("aggregate reads the three result files into one report: the runners' own counts, 0 failures", () => {
    const r = runDist(
      'cli.js',
      ['aggregate', 'python/*.xml', 'qgis/*.xml', 'csharp/*.trx', '--json', 'report.json'],
      { cwd: results },
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path.join(results, 'report.json'), 'utf8'));
    const py = pytestCounts(python);
    const qg = pytestCounts(qgis);
    const cs = dotnetCounts(csharp);
    const suite = (name: string, passed: number) => ({
      name,
      tests: passed,
      passed,
      failed: 0,
      errors: 0,
      skipped: 0,
      flaky: 0,
      duration: expect.any(Number),
      wall: expect.any(Number),
    });
    // Suites sorted by name; the TRX names its suite after the test assembly.
    expect(report.suites).toEqual([
      suite('honua.server.tests', cs.total),
      suite('python', py.passed),
      suite('qgis', qg.passed),
    ]);
    expect(report.totals).toEqual({
      tests: py.passed + qg.passed + cs.total,
      passed: py.passed + qg.passed + cs.passed,
      failed: 0,
      errors: 0,
      skipped: 0,
      flaky: 0,
      duration: expect.any(Number),
    });
    expect(report.failures).toEqual([]);
    expect(
      report.files.map((f: { path: string; format: string }) => [path.basename(f.path), f.format]).sort(),
    ).toEqual([
      ['honua.trx', 'trx'],
      ['junit.xml', 'junit'],
      ['junit.xml', 'junit'],
    ]);
    expect(report.files.every((f: { error?: string }) => f.error === undefined)).toBe(true);
  });
});
