import { writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exec } from '../../src/exec.js';
import { Docker } from '../../src/image/docker.js';
import {
  DEFAULT_SOCKET,
  EngineUnreachable,
  engineRequest,
  engineSocket,
  imagePath,
  loadOutcome,
  parseResponse,
} from '../../src/image/engine-api.js';
import { tempDir } from '../helpers/run.js';

describe('engineSocket: the socket docker itself would use, when it is a local one', () => {
  it.each([
    ['nothing set', {}, undefined, DEFAULT_SOCKET],
    [
      'DOCKER_HOST unix://',
      { DOCKER_HOST: 'unix:///run/user/1000/docker.sock' },
      undefined,
      '/run/user/1000/docker.sock',
    ],
    ['DOCKER_HOST over TCP: the CLI', { DOCKER_HOST: 'tcp://10.0.0.2:2376' }, undefined, undefined],
    ['DOCKER_HOST over SSH: the CLI', { DOCKER_HOST: 'ssh://me@box' }, undefined, undefined],
    ['DOCKER_CONTEXT other than default: the CLI', { DOCKER_CONTEXT: 'remote' }, undefined, undefined],
    ['DOCKER_CONTEXT default', { DOCKER_CONTEXT: 'default' }, undefined, DEFAULT_SOCKET],
    ['a current context in config.json: the CLI', {}, 'desktop-linux', undefined],
    ['DOCKER_HOST wins over a context', { DOCKER_HOST: 'unix:///s.sock' }, 'desktop-linux', '/s.sock'],
  ])('%s', (_t, env, currentContext, expected) => {
    expect(engineSocket({ platform: 'linux', env, ...(currentContext ? { currentContext } : {}) })).toBe(
      expected,
    );
  });

  it('Windows (a named pipe): the CLI', () => {
    expect(engineSocket({ platform: 'win32', env: {} })).toBeUndefined();
  });
});

describe('responses', () => {
  it('parses status and body, and decodes a chunked body', () => {
    expect(parseResponse(Buffer.from('HTTP/1.0 404 Not Found\r\nA: b\r\n\r\n{"message":"no"}'))).toEqual({
      status: 404,
      body: '{"message":"no"}',
    });
    const chunked =
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n';
    expect(parseResponse(Buffer.from(chunked))).toEqual({ status: 200, body: 'hello world' });
    expect(() => parseResponse(Buffer.from('garbage'))).toThrow(/no end of headers/);
  });

  it('a load: its output, or the engine error', () => {
    expect(loadOutcome({ status: 200, body: '{"stream":"Loaded image: a:1\\n"}\n' })).toEqual({
      ok: true,
      stdout: 'Loaded image: a:1\n',
      stderr: '',
    });
    expect(
      loadOutcome({
        status: 200,
        body: '{"errorDetail":{"message":"unexpected EOF"},"error":"unexpected EOF"}\n',
      }),
    ).toMatchObject({ ok: false, stderr: 'unexpected EOF' });
    expect(loadOutcome({ status: 500, body: '{"message":"boom"}' })).toMatchObject({
      ok: false,
      stderr: 'boom',
    });
  });

  it('image references keep their slashes and tag in the path', () => {
    expect(imagePath('parallel-tests/python-base:offline')).toBe('parallel-tests/python-base:offline');
    expect(imagePath('a b')).toBe('a%20b');
  });
});

describe('engineRequest over a Unix socket (a local HTTP server)', () => {
  const dir = tempDir('pt-sock-');
  const socket = path.join(dir, 'engine.sock');
  const seen: { method?: string; url?: string; length?: string; body: number }[] = [];
  const server = http.createServer((req, res) => {
    let body = 0;
    req.on('data', (c: Buffer) => (body += c.length));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, length: req.headers['content-length'], body });
      if (req.url === '/version') {
        res.end(JSON.stringify({ Os: 'linux', Arch: 'riscv64' }));
      } else if (req.url?.startsWith('/images/load')) {
        res.end(`{"stream":"Loaded image: t:${body}\\n"}\n`);
      } else {
        res.statusCode = 404;
        res.end('{"message":"no such image"}');
      }
    });
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(socket, resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('GETs and a file POSTed with its length', async () => {
    expect(await engineRequest(socket, { method: 'GET', path: '/version' })).toEqual({
      status: 200,
      body: '{"Os":"linux","Arch":"riscv64"}',
    });
    const file = path.join(dir, 'x.tar');
    writeFileSync(file, Buffer.alloc(300_000, 7));
    const r = await engineRequest(socket, {
      method: 'POST',
      path: '/images/load?quiet=1',
      file: { path: file, type: 'application/x-tar' },
    });
    expect(loadOutcome(r).stdout).toBe('Loaded image: t:300000\n');
    expect(seen.at(-1)).toMatchObject({ method: 'POST', length: '300000', body: 300_000 });
  });

  it('no engine at the socket: EngineUnreachable (the caller then uses the CLI)', async () => {
    await expect(
      engineRequest(path.join(dir, 'none.sock'), { method: 'GET', path: '/_ping' }),
    ).rejects.toBeInstanceOf(EngineUnreachable);
  });

  it('Docker asks the socket first, and the CLI when the socket is not there', async () => {
    const calls: string[][] = [];
    const exec: Exec = async (_cmd, args) => {
      calls.push([...args]);
      return { code: 0, stdout: 'linux/cli\n', stderr: '' };
    };
    expect(await new Docker(exec, {}, { socket }).platform()).toBe('linux/riscv64');
    expect(calls).toEqual([]);
    expect(await new Docker(exec, {}, { socket }).keyOf('missing:1')).toBeUndefined();
    const gone = new Docker(exec, {}, { socket: path.join(dir, 'none.sock') });
    expect(await gone.platform()).toBe('linux/cli');
    expect(calls[0]?.[0]).toBe('version');
    expect(await new Docker(exec, { env: { PARALLEL_TESTS_DOCKER: 'cli' } }).platform()).toBe('linux/cli');
  });
});
