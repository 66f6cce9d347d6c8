/**
 * The action's run path through the runner protocol: a real matrix entry of `plan`, each shard
 * run with real pytest (/usr/bin/python3), its folder uploaded to an artifact store, and the
 * report job's aggregate downloading every artifact of the run before it reads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ArtifactService, startArtifactService } from '../helpers/artifact-service.js';
import { tempDir, writeTree } from '../helpers/run.js';
import { runActionStep, runActionStepAsync } from '../helpers/runner.js';
import { parseStepLog } from '../helpers/step-log.js';

const PORT = 18660;
const PYTHON = '/usr/bin/python3';

const CONFIG = `suites:
  - name: py
    framework: pytest
    python: ${PYTHON}
    path: tests
    workers: 1
    shards: 2
    timeout-minutes: 5
`;

const TESTS = {
  'tests/test_a.py': [
    'def test_one():\n    assert True\n',
    'def test_two():\n    assert True\n',
    // Test output that would be workflow commands if the log obeyed it.
    'def test_loud():\n    print("::error file=x.py,line=1::injected")\n    print("##[warning]legacy")\n    print("::add-mask::secret")\n    assert False, "::error::from a message"\n',
  ].join('\n'),
  'tests/test_b.py': 'def test_three():\n    assert True\n',
};

const IDS = [
  'tests/test_a.py::test_one',
  'tests/test_a.py::test_two',
  'tests/test_a.py::test_loud',
  'tests/test_b.py::test_three',
];

interface Entry {
  suite: string;
  shard: number;
  shards: number;
  workers: number;
  cores: number;
  'tests-file': string;
}

function entryInputs(e: Entry): Record<string, string> {
  return {
    command: 'run',
    suite: e.suite,
    shard: String(e.shard),
    shards: String(e.shards),
    'tests-file': e['tests-file'],
    workers: String(e.workers),
    cores: String(e.cores),
  };
}

function testWorkspace(): string {
  const ws = tempDir('pt-ws-run-');
  writeTree(ws, { 'parallel-tests.yml': CONFIG, 'collected.txt': `${IDS.join('\n')}\n`, ...TESTS });
  return ws;
}

describe('action: command run, one matrix job of the plan, with the local artifact store', () => {
  const artifacts = tempDir('pt-artifacts-');
  const env = { PARALLEL_TESTS_ARTIFACTS_DIR: artifacts, GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1' };
  const ws = testWorkspace();
  let matrix: { include: Entry[] };
  const runs: ReturnType<typeof runActionStep>[] = [];

  beforeAll(() => {
    const plan = runActionStep(
      ws,
      { command: 'plan', tests: 'collected.txt', 'timings-cache': 'false' },
      env,
    );
    expect(plan.code, plan.stdout).toBe(0);
    matrix = JSON.parse(plan.outputs.matrix!);
    for (const entry of matrix.include) runs.push(runActionStep(ws, entryInputs(entry), env));
  });

  it('runs each shard of the matrix: its outputs, its folder, its job record, its artifact', () => {
    expect(matrix.include.map((e) => [e.suite, e.shard, e.shards])).toEqual([
      ['py', 1, 2],
      ['py', 2, 2],
    ]);
    let tests = 0;
    let failed = 0;
    for (const [i, r] of runs.entries()) {
      const name = `parallel-tests-py-${i + 1}-of-2`;
      expect(r.outputs.artifact).toBe(name);
      const dir = path.join(ws, 'results', 'py', name);
      expect(r.outputs.results).toBe(dir);
      expect(readdirSync(dir).sort()).toEqual(['junit.xml', 'output.log', 'parallel-tests-job.json']);
      const record = JSON.parse(readFileSync(path.join(dir, 'parallel-tests-job.json'), 'utf8'));
      expect(record).toMatchObject({
        suite: 'py',
        shard: i + 1,
        shards: 2,
        framework: 'pytest',
        results: ['junit.xml'],
      });
      expect(record.command.some((a: string) => a.startsWith('--junitxml'))).toBe(true);
      // The local store holds the same folder, named as the CLI's tree names it.
      expect(readdirSync(path.join(artifacts, '77', `py-${i + 1}`)).sort()).toEqual([
        'junit.xml',
        'output.log',
        'parallel-tests-job.json',
      ]);
      expect(r.stdout).toContain(`uploaded ${name}: 3 file(s)`);
      tests += Number(r.outputs.tests);
      failed += Number(r.outputs.failed);
      // Exit and conclusion follow the shard's own tests.
      const expected = Number(r.outputs.failed) > 0 ? 1 : 0;
      expect(r.code).toBe(expected);
      expect(r.outputs.conclusion).toBe(expected ? 'failure' : 'success');
    }
    // Every test ran once, in one of the two shards.
    expect(tests).toBe(4);
    expect(failed).toBe(1);
  });

  it('streams the suite output in a group where nothing it prints acts on the runner', () => {
    const loud = runs.find((r) => r.outputs.failed === '1')!;
    expect(loud.stdout).toContain('::error file=x.py,line=1::injected');
    expect(loud.stdout).toMatch(/^::group::py shard [12]\/2$/m);
    const commands = parseStepLog(loud.stdout).map((c) => `${c.command}:${c.data}`);
    expect(commands.filter((c) => /injected|legacy|secret|from a message/.test(c))).toEqual([]);
    expect(commands.some((c) => c.startsWith('group:py shard'))).toBe(true);
    expect(commands.some((c) => c.startsWith('endgroup'))).toBe(true);
    // The step fails with one line naming the shard.
    expect(commands.filter((c) => c.startsWith('error:'))).toEqual([
      expect.stringMatching(/^error:py shard [12]\/2: 1 test\(s\) failed and 0 had errors, of [1-4]$/),
    ]);
  });

  it("aggregate with download: true reads every job's artifact of the run in the report job's fresh checkout", () => {
    const report = tempDir('pt-ws-report-');
    const r = runActionStep(
      report,
      {
        command: 'aggregate',
        download: 'true',
        results: 'results/py/**/*.xml',
        json: 'report.json',
        'timings-cache': 'false',
      },
      env,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'downloaded parallel-tests-py-1-of-2 into results/py/parallel-tests-py-1-of-2',
    );
    expect(r.outputs).toMatchObject({ tests: '4', passed: '3', failed: '1', conclusion: 'failure' });
    const json = JSON.parse(readFileSync(path.join(report, 'report.json'), 'utf8'));
    expect(json.suites.map((s: { name: string; tests: number }) => [s.name, s.tests])).toEqual([['py', 4]]);
    expect(json.timeline.map((t: { job: string }) => t.job).sort()).toEqual(['py-1-of-2', 'py-2-of-2']);
    expect(json.files).toHaveLength(2);
  });

  it('aggregate with download: true and no results globs reads what the job records list', () => {
    const report = tempDir('pt-ws-report-');
    const r = runActionStep(
      report,
      { command: 'aggregate', download: 'true', 'timings-cache': 'false' },
      env,
    );
    expect(r.outputs).toMatchObject({ tests: '4', failed: '1' });
  });

  it('a crashed shard still uploads its record, and the report fails on the job without results', () => {
    const crashed = tempDir('pt-ws-run-');
    writeTree(crashed, {
      'parallel-tests.yml': CONFIG.replace(`python: ${PYTHON}`, 'python: /bin/false'),
      ...TESTS,
    });
    const store = tempDir('pt-artifacts-');
    const e2 = { ...env, PARALLEL_TESTS_ARTIFACTS_DIR: store, GITHUB_RUN_ID: '78' };
    const r = runActionStep(crashed, { command: 'run', suite: 'py', shard: '1', shards: '1' }, e2);
    expect(r.code).toBe(1);
    expect(r.outputs.conclusion).toBe('failure');
    expect(existsSync(path.join(store, '78', 'py-1', 'parallel-tests-job.json'))).toBe(true);
    const report = runActionStep(
      tempDir('pt-ws-report-'),
      { command: 'aggregate', download: 'true', 'timings-cache': 'false' },
      e2,
    );
    expect(report.code).toBe(1);
    expect(report.stdout).toMatch(
      /::error::1 job\(s\) produced no results: py-1-of-1 \(not run: suite "py": the interpreter \/bin\/false/,
    );
  });

  it.each([
    [{ command: 'run' }, 'input "suite" is required for command run'],
    [{ command: 'run', suite: 'nope' }, 'parallel-tests.yml: no suite named "nope" (suites: py)'],
    [
      { command: 'run', suite: 'py', shard: '3', shards: '2' },
      'shard 3 of 2: the shard must be at most shards',
    ],
    [{ command: 'run', suite: 'py', 'retention-days': '91' }, 'input "retention-days" must be 1 to 90'],
    [
      { command: 'run', suite: 'py', workers: 'many' },
      'input "workers" must be a whole number of at least 1, got "many"',
    ],
  ])('bad input %j fails with a message', (inputs, message) => {
    const r = runActionStep(testWorkspace(), inputs, env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::${message}`);
  });

  it('without an artifact store the shard still runs and decides; one warning says nothing was uploaded', () => {
    const w = testWorkspace();
    const r = runActionStep(w, { command: 'run', suite: 'py', 'tests-file': '' }, { GITHUB_RUN_ID: '79' });
    expect(r.outputs).toMatchObject({ tests: '4', failed: '1' });
    expect(r.stdout).toMatch(/::warning::no artifact store .*parallel-tests-py-1-of-1 was not uploaded/);
  });
});

describe("action: command run and aggregate's download against a local artifact service", () => {
  let service: ArtifactService;
  beforeAll(async () => {
    service = await startArtifactService(PORT);
  });
  afterAll(async () => {
    await service.close();
  });

  it('uploads the job folder with its retention and the report job downloads it back', async () => {
    const env = {
      ACTIONS_RESULTS_URL: service.url,
      ACTIONS_RUNTIME_TOKEN: service.token(),
      GITHUB_RUN_ID: '90',
      GITHUB_RUN_ATTEMPT: '1',
    };
    const ws = testWorkspace();
    const r = await runActionStepAsync(ws, { command: 'run', suite: 'py', 'retention-days': '3' }, env);
    expect(r.outputs).toMatchObject({ artifact: 'parallel-tests-py-1-of-1', tests: '4', failed: '1' });
    expect(service.artifacts.map((a) => [a.name, a.finalized])).toEqual([['parallel-tests-py-1-of-1', true]]);
    const days = (Date.parse(service.artifacts[0]!.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThan(3.1);

    const report = tempDir('pt-ws-report-');
    const a = await runActionStepAsync(
      report,
      { command: 'aggregate', download: 'true', results: 'results/py/**/*.xml', 'timings-cache': 'false' },
      env,
    );
    expect(a.stdout).toContain("downloading the test jobs' artifacts (GitHub's artifact service)");
    expect(a.outputs).toMatchObject({ tests: '4', failed: '1', conclusion: 'failure' });
    expect(existsSync(path.join(report, 'results/py/parallel-tests-py-1-of-1/junit.xml'))).toBe(true);
  });

  it('an upload the service refuses is a warning; the tests still decide the step', async () => {
    // 400 is not retried by the client (5xx are, with a back-off of tens of seconds).
    service.failNext('CreateArtifact', 400);
    const env = {
      ACTIONS_RESULTS_URL: service.url,
      ACTIONS_RUNTIME_TOKEN: service.token(),
      GITHUB_RUN_ID: '91',
    };
    const ws = tempDir('pt-ws-run-');
    writeTree(ws, { 'parallel-tests.yml': CONFIG, 'tests/test_b.py': TESTS['tests/test_b.py'] });
    const r = await runActionStepAsync(ws, { command: 'run', suite: 'py' }, env);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ tests: '1', conclusion: 'success' });
    expect(r.stdout).toMatch(/::warning::artifact parallel-tests-py-1-of-1 was not uploaded: /);
  }, 60_000);
});
