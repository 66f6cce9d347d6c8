import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeArgs, runArgs, waitForHealth } from '../../src/server/server.js';

describe('server command lines', () => {
  it('compose v2 and v1', () => {
    expect(
      composeArgs({ command: 'docker', prefix: ['compose'] }, 'c.yml', 'p1', ['up', '--detach', 's']),
    ).toEqual(['compose', '--file', 'c.yml', '--project-name', 'p1', 'up', '--detach', 's']);
    expect(composeArgs({ command: 'docker-compose', prefix: [] }, 'c.yml', 'p1', ['down'])).toEqual([
      '--file',
      'c.yml',
      '--project-name',
      'p1',
      'down',
    ]);
  });

  it('docker run: ports, env sorted, volumes read-only unless said otherwise', () => {
    const server = {
      ports: ['8080:8080'],
      env: { B: '2', A: '1' },
      volumes: ['/data:/srv/data', '/out:/out:rw'],
      healthUrl: 'http://localhost:8080/health',
      healthTimeoutSeconds: 5,
    };
    expect(runArgs('honua:test-cached', 'pt-1', server)).toEqual([
      'run',
      '--detach',
      '--name',
      'pt-1',
      '--publish',
      '8080:8080',
      '--env',
      'A=1',
      '--env',
      'B=2',
      '--volume',
      '/data:/srv/data:ro',
      '--volume',
      '/out:/out:rw',
      'honua:test-cached',
    ]);
  });
});

describe('waiting for health (a real HTTP server on loopback)', () => {
  let server: Server;
  let url: string;
  let hits = 0;
  beforeAll(async () => {
    server = createServer((_, res) => {
      hits++;
      // Unhealthy for the first three requests, as a server still loading its data is.
      res.statusCode = hits > 3 ? 200 : 503;
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('polls with backoff until the server answers 2xx', async () => {
    const waited = await waitForHealth(url, { timeoutMs: 10_000 });
    expect(waited.attempts).toBe(4);
    expect(waited.ms).toBeGreaterThanOrEqual(100 + 200 + 400 - 50);
  });

  it('gives up after its timeout with what it last saw', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    await expect(waitForHealth(`http://127.0.0.1:${port}/health`, { timeoutMs: 700 })).rejects.toThrow(
      new RegExp(
        `^http://127\\.0\\.0\\.1:${port}/health was not healthy after \\d+ s \\(\\d+ tries; last: .*ECONNREFUSED`,
      ),
    );
  });
});
