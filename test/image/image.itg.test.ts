import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { runDist, tempDir } from '../helpers/run.js';
import { runActionStep, runPostStep } from '../helpers/runner.js';
import { parseStepLog } from '../helpers/step-log.js';

// A real Docker engine (.ci/run starts one) and the offline base image (scripts/offline-base-image.sh).
const BASE = 'parallel-tests/python-base:offline';
const TAG = `parallel-tests-itg/honua:${process.pid}`;
const EXAMPLE = path.join(ROOT, 'examples/honua');

function docker(...args: string[]) {
  return spawnSync('docker', args, { encoding: 'utf8' });
}

/** 'True' when the image's SQLite file is there and has tables. */
function hasSqliteData(): string {
  const script =
    "import sqlite3,glob;f=glob.glob('/srv/**/*.sqlite',recursive=True)[0];print(sqlite3.connect(f).execute('select count(*) from sqlite_master').fetchone()[0] > 0)";
  return docker('run', '--rm', TAG, 'python3', '-c', script).stdout.trim();
}

/** The example's image and server sections with our own tag and port, in a temp folder. */
function writeConfig(dir: string, server: string): string {
  const file = path.join(dir, 'parallel-tests.yml');
  writeFileSync(
    file,
    [
      'image:',
      `  name: ${TAG}`,
      `  dockerfile: ${path.join(EXAMPLE, 'docker/Dockerfile.test-cached')}`,
      `  context: ${EXAMPLE}`,
      server,
      'suites:',
      '  - name: python',
      '    framework: pytest',
      '',
    ].join('\n'),
  );
  return file;
}

describe('image: build once, restore everywhere (real Docker)', () => {
  let dir: string;
  let cache: string;
  const image = (...extra: string[]) =>
    runDist(
      'cli.js',
      ['image', '--build-arg', `BASE_IMAGE=${BASE}`, '--cache-dir', cache, '--json', 'image.json', ...extra],
      {
        cwd: dir,
        env: { PATH: process.env.PATH, HOME: dir },
      },
    );
  const json = () => JSON.parse(readFileSync(path.join(dir, 'image.json'), 'utf8'));
  /** `serve` in a folder with its config: the image, the server, then `node -e script`. */
  const serveIn = (cwd: string, script: string, env: NodeJS.ProcessEnv = {}) =>
    runDist(
      'cli.js',
      [
        'serve',
        '--build-arg',
        `BASE_IMAGE=${BASE}`,
        '--cache-dir',
        cache,
        '--',
        process.execPath,
        '-e',
        script,
      ],
      {
        cwd,
        env: { PATH: process.env.PATH, HOME: cwd, ...env },
      },
    );

  beforeAll(() => {
    if (docker('info').status !== 0) throw new Error('no Docker engine: start dockerd (.ci/run does)');
    if (docker('image', 'inspect', BASE).status !== 0)
      throw new Error(`no ${BASE}: run scripts/offline-base-image.sh`);
    dir = tempDir('pt-image-');
    cache = path.join(dir, 'cache');
    writeConfig(
      dir,
      'server:\n  ports: ["18181:8080"]\n  health-url: http://127.0.0.1:18181/health\n  health-timeout-seconds: 30',
    );
  });
  afterAll(() => {
    docker('image', 'rm', '--force', TAG);
  });

  it('a cache miss builds the image with the SQLite data baked in, and stores it', () => {
    const r = image();
    expect(r.stderr).toContain('building');
    expect(r.code).toBe(0);
    expect(json()).toMatchObject({
      image: TAG,
      cacheHit: false,
      key: expect.stringMatching(/^parallel-tests-image-v1-/),
    });
    expect(hasSqliteData()).toBe('True');
  });

  it('a second run builds nothing: the engine has the image for this key', () => {
    const r = image();
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('building');
    expect(r.stdout).toContain('ready (engine)');
    expect(json().cacheHit).toBe(true);
  });

  it('after docker rmi the image comes back from the cache, not a build, without resending the base layers', () => {
    docker('image', 'rm', '--force', TAG);
    const r = image();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ready (cache)');
    expect(r.stderr).not.toContain('building');
    // The engine has the offline base image: its layer files are left out of the load.
    expect(r.stderr).toMatch(
      /loaded through \/var\/run\/docker\.sock, without 1 layer file\(s\) \([\d.]+ MB\) the engine has from parallel-tests\/python-base:offline/,
    );
    expect(docker('image', 'inspect', TAG).status).toBe(0);
    // Every layer is there: the data baked into the top one, on the base's Python.
    expect(hasSqliteData()).toBe('True');
  });

  it('the same restore with every engine call through the docker CLI (PARALLEL_TESTS_DOCKER=cli)', () => {
    docker('image', 'rm', '--force', TAG);
    const r = runDist('cli.js', ['image', '--build-arg', `BASE_IMAGE=${BASE}`, '--cache-dir', cache], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: dir, PARALLEL_TESTS_DOCKER: 'cli' },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('loaded through docker load');
    expect(r.stdout).toContain('ready (cache)');
    expect(docker('image', 'inspect', TAG).status).toBe(0);
  });

  it('lookup-only says the cache has it and touches nothing', () => {
    const r = image('--lookup-only');
    expect(r.stdout).toContain('in the cache');
    expect(json().cacheHit).toBe(true);
  });

  it('a corrupt cache entry is detected, discarded with a warning, and the image rebuilt', () => {
    docker('image', 'rm', '--force', TAG);
    const entries = readdirSync(path.join(cache)).filter((n) => !n.startsWith('.'));
    for (const entry of entries) {
      const tar = path.join(cache, entry, 'f0');
      truncateSync(tar, Math.floor(statSync(tar).size / 3));
    }
    const r = image();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: the cached image for parallel-tests-image-v1-\S+ is unusable/);
    expect(r.stderr).toContain('building');
    expect(json().cacheHit).toBe(false);
    // The rebuilt image was cached again: the next restore works.
    docker('image', 'rm', '--force', TAG);
    expect(image().stdout).toContain('ready (cache)');
  });

  it('a build arg is part of the key', () => {
    const before = json().key;
    const r = image('--build-arg', 'EXTRA=1', '--lookup-only');
    expect(r.code).toBe(0);
    expect(json()).toMatchObject({ cacheHit: false });
    expect(json().key).not.toBe(before);
  });

  it('serve: the server answers /health while the command runs, and is gone afterwards', () => {
    const probe =
      "fetch('http://127.0.0.1:18181/health').then(r=>r.json()).then(j=>{console.log('HEALTH',JSON.stringify(j));process.exit(j.status==='ok'?0:1)})";
    const r = serveIn(dir, probe);
    expect(r.stdout).toContain('HEALTH {"status":"ok"');
    expect(r.code).toBe(0);
    expect(docker('ps', '--all', '--quiet', '--filter', 'name=parallel-tests-').stdout.trim()).toBe('');
  });

  it('serve: a failing command still tears the server down and passes its exit code on', () => {
    const r = serveIn(dir, 'process.exit(7)');
    expect(r.code).toBe(7);
    expect(docker('ps', '--all', '--quiet', '--filter', 'name=parallel-tests-').stdout.trim()).toBe('');
  });

  it('serve through the example compose file (compose v1 here, v2 on GitHub runners)', () => {
    const composed = tempDir('pt-compose-');
    writeConfig(
      composed,
      `server:\n  compose-file: ${path.join(EXAMPLE, 'docker/docker-compose.test.yml')}\n  service: honua-test\n  health-url: http://127.0.0.1:18183/health\n  health-timeout-seconds: 30`,
    );
    const probe =
      "fetch('http://127.0.0.1:18183/collections').then(r=>r.json()).then(j=>console.log('COLLECTIONS',j.collections.length))";
    const r = serveIn(composed, probe, { HONUA_IMAGE: TAG, HONUA_PORT: '18183' });
    expect(r.stdout).toContain('COLLECTIONS 9');
    expect(r.code).toBe(0);
    expect(docker('ps', '--all', '--quiet', '--filter', 'name=parallel-tests-').stdout.trim()).toBe('');
  });

  it('serve: interrupted (SIGINT) while the command runs, it still tears the server down', async () => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'dist/cli.js'),
        'serve',
        '--build-arg',
        `BASE_IMAGE=${BASE}`,
        '--cache-dir',
        cache,
        '--',
        process.execPath,
        '-e',
        'setTimeout(() => {}, 60000)',
      ],
      { cwd: dir, env: { PATH: process.env.PATH, HOME: dir } },
    );
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not come up: ${stderr}`)), 60_000);
      child.stderr.setEncoding('utf8').on('data', (c: string) => {
        stderr += c;
        if (stderr.includes('server healthy')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(docker('ps', '--quiet', '--filter', 'name=parallel-tests-').stdout.trim()).not.toBe('');
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', (c) => resolve(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(130);
    expect(docker('ps', '--all', '--quiet', '--filter', 'name=parallel-tests-').stdout.trim()).toBe('');
  });

  it('a server that never becomes healthy: its logs, exit 3, nothing left running', () => {
    const bad = tempDir('pt-unhealthy-');
    writeConfig(
      bad,
      'server:\n  ports: ["18182:8080"]\n  health-url: http://127.0.0.1:18182/no-such-health\n  health-timeout-seconds: 4',
    );
    const r = serveIn(bad, '0');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/was not healthy after \d+ s .*HTTP 404/);
    expect(r.stderr).toContain('--- server logs ---');
    expect(docker('ps', '--all', '--quiet', '--filter', 'name=parallel-tests-').stdout.trim()).toBe('');
  });
});

describe('action: command image with serve, and the post step that tears the server down (runner protocol)', () => {
  it('builds (no cache service here: a warning), serves, and the post step removes the server', () => {
    const ws = tempDir('pt-action-image-');
    writeConfig(
      ws,
      'server:\n  ports: ["18184:8080"]\n  health-url: http://127.0.0.1:18184/health\n  health-timeout-seconds: 30',
    );
    const main = runActionStep(
      ws,
      { command: 'image', 'build-args': `BASE_IMAGE=${BASE}`, serve: 'true' },
      { GITHUB_RUN_ID: '42' },
    );
    expect(main.stdout).toContain(
      '::warning::cache restore failed, building instead: the GitHub cache service is not available',
    );
    expect(main.stdout).not.toContain('::error::');
    expect(main.code).toBe(0);
    expect(main.outputs.image).toMatch(/^parallel-tests-itg\/honua:\d+$/);
    const health = spawnSync(process.execPath, [
      '-e',
      "fetch('http://127.0.0.1:18184/health').then(r=>process.exit(r.ok?0:1))",
    ]);
    expect(health.status).toBe(0);
    // The runner hands saved state to the post step as STATE_<name>.
    expect(main.state.server).toBeDefined();
    expect(docker('ps', '--quiet', '--filter', 'name=parallel-tests-42').stdout.trim()).not.toBe('');
    const post = runPostStep(ws, { server: main.state.server! });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('test server stopped');
    expect(docker('ps', '--all', '--quiet', '--filter', 'name=parallel-tests-42').stdout.trim()).toBe('');
    docker('image', 'rm', '--force', TAG);
  });

  it("docker build's output cannot act on the runner: a RUN step that prints workflow commands", () => {
    const ws = tempDir('pt-action-image-loud-');
    const tag = `parallel-tests-itg/loud:${process.pid}`;
    writeFileSync(
      path.join(ws, 'Dockerfile'),
      [
        `FROM ${BASE}`,
        // What a pull request could put in the Dockerfile or in a script it runs.
        `RUN echo '::error file=a.py,line=1::injected' && echo '  ::add-mask::secret' && echo 'x ##[warning]legacy'`,
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(ws, 'parallel-tests.yml'),
      `image:\n  name: ${tag}\n  dockerfile: Dockerfile\n  context: .\nsuites:\n  - name: python\n    framework: pytest\n`,
    );
    try {
      const main = runActionStep(ws, { command: 'image' }, { GITHUB_RUN_ID: '43' });
      expect(main.code, main.stderr).toBe(0);
      // The build ran the step: its output is in the log, as text.
      expect(main.stdout).toContain('::error file=a.py,line=1::injected');
      const commands = parseStepLog(main.stdout).map((c) => `${c.command}:${c.data}`);
      expect(commands.filter((c) => /injected|secret|legacy/.test(c))).toEqual([]);
      expect(commands).toContain('group:docker build');
      // Our own warnings: before the build, and the one said while its group was open, given
      // after the group is closed, where it is a warning again.
      expect(commands.filter((c) => c.startsWith('warning:')).map((c) => c.slice(0, 48))).toEqual([
        'warning:cache restore failed, building instead: ',
        'warning:the image was built but not cached: the ',
      ]);
      expect(commands.indexOf('endgroup:')).toBeLessThan(commands.findIndex((c) => c.includes('not cached')));
      expect(main.outputs.image).toBe(tag);
    } finally {
      docker('image', 'rm', '--force', tag);
    }
  });
});
