import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRun } from '../../src/commands/run.js';
import { execProcess } from '../../src/exec.js';
import { LocalCacheStore } from '../../src/stores/local-cache-store.js';
import { tempDir, writeTree } from '../helpers/run.js';

const PYTHON = process.env.PARALLEL_TESTS_PYTHON ?? '/usr/bin/python3';

describe('run: every suite at once with real pytest -n, then the report', () => {
  it('two pytest suites and one whose interpreter is missing: counts per suite, flaky, not run, exit 3', async () => {
    const dir = tempDir('pt-run-');
    writeTree(dir, {
      'parallel-tests.yml': `suites:
  - name: fast
    framework: pytest
    python: ${PYTHON}
    path: fast
    workers: 2
  - name: retried
    framework: pytest
    python: ${PYTHON}
    path: retried
    retries: 1
  - name: gone
    framework: pytest
    python: /nonexistent/python3
`,
      'pytest.ini': '[pytest]\naddopts = -p no:cacheprovider\n',
      'fast/test_f.py':
        'import pytest\n\n@pytest.mark.parametrize("n", range(6))\ndef test_n(n):\n    pass\n',
      'retried/test_r.py': `import os, pathlib
def test_ok():
    pass
def test_flaky():
    marker = pathlib.Path(os.environ["FLAKY_MARKER"])
    if not marker.exists():
        marker.write_text("x")
        assert False
`,
    });
    const log: string[] = [];
    const out: string[] = [];
    const outcome = await runRun(
      {
        cwd: dir,
        configPath: 'parallel-tests.yml',
        suites: [],
        shardDir: '.parallel-tests/plan',
        noBuild: true,
        sequential: false,
        buildArgs: [],
        resultsDir: 'TestResults',
        jsonPath: 'report.json',
        htmlPath: 'report.html',
        runId: 'run-1',
        progressMs: 100,
      },
      {
        exec: execProcess,
        store: new LocalCacheStore({ root: path.join(dir, 'cache'), cwd: dir }),
        log: (l) => log.push(l),
        out: (t) => out.push(t),
        env: { PATH: process.env.PATH, PYTHONDONTWRITEBYTECODE: '1', FLAKY_MARKER: path.join(dir, 'marker') },
      },
    );
    // Live progress while the suites ran: every suite on one line, in config order.
    expect(
      log.some((l) => /^parallel-tests: \d+ s \| fast \w+.* \| retried \w+.* \| gone \w+/.test(l)),
      log.join('\n'),
    ).toBe(true);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.totals).toMatchObject({ tests: 8, passed: 8, failed: 0, errors: 0, flaky: 1 });
    expect(
      report.suites.map((s: { name: string; tests: number; flaky: number }) => [s.name, s.tests, s.flaky]),
    ).toEqual([
      ['fast', 6, 0],
      ['retried', 2, 1],
    ]);
    expect(report.timeline.map((t: { job: string }) => t.job).sort()).toEqual([
      'fast-1-of-1',
      'gone-1-of-1',
      'retried-1-of-1',
    ]);
    // The HTML report of the same run: its jobs on the timeline, the one not run marked failed.
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html.match(/<rect class="job[^"]*"/g)?.sort()).toEqual([
      '<rect class="job failed"',
      '<rect class="job"',
      '<rect class="job"',
    ]);
    expect(html).toContain('<td class="num" data-count="tests">8</td>');
    expect(outcome.shards.map((s) => [s.record.suite, s.status])).toEqual([
      ['fast', 'passed'],
      ['retried', 'passed'],
      ['gone', 'not-run'],
    ]);
    expect(outcome.exitCode).toBe(3);
    expect(
      log.some((l) =>
        l.startsWith('[gone] not-run: not run: suite "gone": the interpreter /nonexistent/python3'),
      ),
    ).toBe(true);
    expect(out.join('')).toMatch(
      /3 jobs: [\d.]+ s wall, [\d.]+ busy core-seconds, speedup [\d.]+x, core efficiency \d+%/,
    );
  }, 90_000);
});

describe('run: without a Docker engine', () => {
  it('runs the suites that need no server, reports the others as not run naming Docker, exit 3', async () => {
    const dir = tempDir('pt-run-nodocker-');
    writeTree(dir, {
      'parallel-tests.yml': `server:
  compose-file: compose.yml
  service: api
  health-url: http://localhost:1/health
suites:
  - name: plain
    framework: pytest
    python: ${PYTHON}
    path: plain
  - name: api
    framework: pytest
    python: ${PYTHON}
    path: api
    needs-server: true
`,
      'compose.yml': 'services:\n  api:\n    image: none\n',
      'plain/test_p.py': 'def test_p():\n    pass\n',
      'api/test_a.py': 'def test_a():\n    pass\n',
    });
    const log: string[] = [];
    const out: string[] = [];
    const outcome = await runRun(
      {
        cwd: dir,
        configPath: 'parallel-tests.yml',
        suites: [],
        shardDir: '.parallel-tests/plan',
        noBuild: true,
        sequential: false,
        buildArgs: [],
        resultsDir: 'TestResults',
        jsonPath: 'report.json',
        runId: 'run-1',
        progressMs: 0,
      },
      {
        exec: execProcess,
        store: new LocalCacheStore({ root: path.join(dir, 'cache'), cwd: dir }),
        log: (l) => log.push(l),
        out: (t) => out.push(t),
        // A Docker client that reaches no engine, as on a machine without one running.
        env: {
          PATH: process.env.PATH,
          PYTHONDONTWRITEBYTECODE: '1',
          DOCKER_HOST: `unix://${dir}/no-docker.sock`,
        },
      },
    );
    expect(outcome.shards.map((s) => [s.record.suite, s.status])).toEqual([
      ['plain', 'passed'],
      ['api', 'not-run'],
    ]);
    expect(outcome.exitCode).toBe(3);
    expect(log.find((l) => l.startsWith('[api] not-run'))).toMatch(/Docker/);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.suites.map((s: { name: string; tests: number }) => [s.name, s.tests])).toEqual([
      ['plain', 1],
    ]);
    const api = report.timeline.find((t: { suite: string }) => t.suite === 'api');
    expect(api.error).toMatch(/Docker/);
    expect(out.join('')).toMatch(/api/);
  }, 90_000);
});
