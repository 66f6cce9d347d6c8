/**
 * The three engine calls on the image step's fast path (the platform, an image's key label,
 * loading a saved image), made over the engine's Unix socket instead of through the docker CLI.
 * Each CLI run costs 17-25 ms of start-up before it does anything (measured here against
 * dockerd 20.10): on a cache hit that was a fifth of our overhead over a bare `docker load`.
 *
 * Only the local socket is spoken to. A DOCKER_HOST over TCP or SSH, a docker context other
 * than the default, or Windows' named pipe go through the CLI, which knows their TLS, SSH and
 * credential settings. Not a library: dockerode took 150 ms to import (node -e "require(...)"
 * 0.23 s against 0.08 s for node alone) and docker-modem brings ssh2 with native optional
 * parts into the bundle, for three requests on a local socket.
 *
 * Requests are HTTP/1.0, so the engine closes the connection when it is done and answers
 * without chunked encoding: the whole exchange is one socket, read to its end.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';

export const DEFAULT_SOCKET = '/var/run/docker.sock';

export interface EngineEnv {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** `currentContext` of the docker CLI's config.json, when it has one. */
  currentContext?: string;
}

/**
 * The socket to speak to, or undefined when the CLI must be used: what `docker` itself would
 * connect to, when that is a local Unix socket. Pure.
 */
export function engineSocket(e: EngineEnv): string | undefined {
  if (e.platform === 'win32') return undefined;
  const host = e.env.DOCKER_HOST;
  if (host !== undefined && host !== '') {
    return host.startsWith('unix://') && host.length > 'unix://'.length
      ? host.slice('unix://'.length)
      : undefined;
  }
  const context = e.env.DOCKER_CONTEXT || e.currentContext;
  if (context !== undefined && context !== '' && context !== 'default') return undefined;
  return DEFAULT_SOCKET;
}

/** The CLI's current context from its config file (DOCKER_CONFIG or ~/.docker); undefined when none. */
export async function readCurrentContext(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const dir = env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
  try {
    const parsed = JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8')) as unknown;
    const context = (parsed as { currentContext?: unknown } | null)?.currentContext;
    return typeof context === 'string' ? context : undefined;
  } catch {
    return undefined;
  }
}

export interface EngineResponse {
  status: number;
  body: string;
}

/** The socket could not be reached at all (no engine there, no permission): use the CLI. */
export class EngineUnreachable extends Error {}

/** Splits a raw HTTP/1.x response into status and body (decoding chunked transfer, should it come). */
export function parseResponse(raw: Buffer): EngineResponse {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0)
    throw new Error(`the engine's answer has no end of headers: ${raw.subarray(0, 80).toString()}`);
  const head = raw.subarray(0, end).toString('latin1');
  const match = /^HTTP\/\d\.\d (\d{3})/.exec(head);
  if (!match) throw new Error(`the engine's answer is not HTTP: ${head.slice(0, 80)}`);
  let body = raw.subarray(end + 4);
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    const parts: Buffer[] = [];
    let at = 0;
    for (;;) {
      const lineEnd = body.indexOf('\r\n', at);
      if (lineEnd < 0) break;
      const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
      if (!(size > 0)) break;
      parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  }
  return { status: Number(match[1]), body: body.toString('utf8') };
}

export interface RequestOptions {
  method: 'GET' | 'POST';
  /** Path and query, unversioned: the engine then speaks its own current API version. */
  path: string;
  /** A file sent as the body, with its content type. */
  file?: { path: string; type: string };
  /** Or a stream of a known length. */
  body?: { stream: () => Readable; length: number; type: string };
  timeoutMs?: number;
}

export async function engineRequest(socket: string, options: RequestOptions): Promise<EngineResponse> {
  const body = options.body;
  const size = options.file ? (await stat(options.file.path)).size : (body?.length ?? 0);
  const type = options.file?.type ?? body?.type;
  const open = () =>
    options.file ? createReadStream(options.file.path, { highWaterMark: 1 << 20 }) : body?.stream();
  return new Promise((resolve, reject) => {
    const conn = net.createConnection(socket);
    const chunks: Buffer[] = [];
    let connected = false;
    let settled = false;
    const finish = (err: Error | undefined, value?: EngineResponse) => {
      if (settled) return;
      settled = true;
      conn.destroy();
      if (err) reject(err);
      else resolve(value!);
    };
    if (options.timeoutMs !== undefined) {
      conn.setTimeout(options.timeoutMs, () =>
        finish(
          new Error(`the engine did not answer ${options.method} ${options.path} in ${options.timeoutMs} ms`),
        ),
      );
    }
    conn.on('connect', () => {
      connected = true;
      let head = `${options.method} ${options.path} HTTP/1.0\r\nHost: docker\r\n`;
      if (type !== undefined) head += `Content-Type: ${type}\r\nContent-Length: ${size}\r\n`;
      conn.write(`${head}\r\n`);
      open()
        ?.on('error', (err: Error) => finish(err))
        .pipe(conn, { end: false });
    });
    conn.on('data', (chunk: Buffer) => chunks.push(chunk));
    conn.on('end', () => {
      try {
        finish(undefined, parseResponse(Buffer.concat(chunks)));
      } catch (err) {
        finish(err as Error);
      }
    });
    conn.on('error', (err: NodeJS.ErrnoException) => {
      finish(connected ? err : new EngineUnreachable(`${socket}: ${err.code ?? err.message}`));
    });
  });
}

/** An image reference as a path segment: its slashes and colon stay (the engine routes on them). */
export function imagePath(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/').replaceAll('%3A', ':').replaceAll('%40', '@');
}

/**
 * What `docker load` would print, from the engine's JSON lines (`{"stream": ...}` or
 * `{"error": ...}`), or its error message on a failed request.
 */
export function loadOutcome(response: EngineResponse): { ok: boolean; stdout: string; stderr: string } {
  const out: string[] = [];
  const errors: string[] = [];
  for (const line of response.body.split('\n')) {
    if (line.trim() === '') continue;
    let message: { stream?: unknown; error?: unknown; message?: unknown };
    try {
      message = JSON.parse(line) as typeof message;
    } catch {
      errors.push(line);
      continue;
    }
    if (typeof message.error === 'string') errors.push(message.error);
    else if (typeof message.message === 'string') errors.push(message.message);
    else if (typeof message.stream === 'string') out.push(message.stream);
  }
  const ok = response.status === 200 && errors.length === 0;
  if (!ok && errors.length === 0) errors.push(`the engine answered ${response.status}`);
  return { ok, stdout: out.join(''), stderr: errors.join('\n') };
}
