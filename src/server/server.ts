/**
 * The test server: started from the config (a compose file through `docker compose` v2 or
 * `docker-compose` v1, whichever exists, or a plain `docker run` of the image), healthy before
 * the first test, its logs shown when it is not, and always torn down.
 */
import path from 'node:path';
import type { ServerConfig } from '../config/config.js';
import { InfrastructureError, InputError } from '../errors.js';
import type { Exec, ExecResult } from '../exec.js';
import { failure } from '../exec.js';

export interface Compose {
  command: string;
  /** Arguments before the compose ones: ["compose"] for v2, [] for v1. */
  prefix: string[];
}

/** Compose v2 (the docker CLI plugin, on GitHub's runners) first, else v1 (`docker-compose`). */
export async function detectCompose(exec: Exec): Promise<Compose | undefined> {
  if ((await exec('docker', ['compose', 'version'])).code === 0)
    return { command: 'docker', prefix: ['compose'] };
  if ((await exec('docker-compose', ['version'])).code === 0)
    return { command: 'docker-compose', prefix: [] };
  return undefined;
}

/** Argument lists (pure), so they can be checked without a Docker engine. */
export function composeArgs(compose: Compose, file: string, project: string, verb: string[]): string[] {
  return [...compose.prefix, '--file', file, '--project-name', project, ...verb];
}

export function runArgs(image: string, name: string, server: ServerConfig): string[] {
  const args = ['run', '--detach', '--name', name];
  for (const port of server.ports) args.push('--publish', port);
  for (const key of Object.keys(server.env).sort()) args.push('--env', `${key}=${server.env[key]}`);
  // Test data is read, never written: volumes are mounted read-only unless they say otherwise.
  for (const volume of server.volumes)
    args.push('--volume', /:(ro|rw)$/.test(volume) ? volume : `${volume}:ro`);
  args.push(image);
  return args;
}

export interface HealthOptions {
  timeoutMs: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Polls the health URL (1 s per try; a health check answers fast) with backoff (0.1 s doubling to 2 s) until it answers 2xx or time runs out. */
export async function waitForHealth(
  url: string,
  options: HealthOptions,
): Promise<{ attempts: number; ms: number }> {
  const get = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const start = now();
  let delay = 100;
  let attempts = 0;
  let last = 'no answer yet';
  for (;;) {
    attempts++;
    // A referenced timer, not AbortSignal.timeout(): while a freshly published port accepts
    // the connection and the container behind it is not up, nothing else keeps node's event
    // loop alive, and the process would end mid-wait (seen with docker-proxy).
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error('no answer in time')),
      Math.max(250, Math.min(1000, options.timeoutMs)),
    );
    try {
      const res = await get(url, { signal: controller.signal });
      await res.body?.cancel();
      if (res.ok) return { attempts, ms: now() - start };
      last = `HTTP ${res.status}`;
    } catch (err) {
      last =
        (err as Error).cause instanceof Error
          ? ((err as Error).cause as Error).message
          : (err as Error).message;
    } finally {
      clearTimeout(timer);
    }
    if (now() - start + delay > options.timeoutMs) {
      throw new InfrastructureError(
        `${url} was not healthy after ${Math.round((now() - start) / 1000)} s (${attempts} tries; last: ${last})`,
      );
    }
    await sleep(delay);
    delay = Math.min(2000, delay * 2);
  }
}

export interface RunningServer {
  /** What to tell a person (and the post step): how to find it again. */
  handle: ServerHandle;
  logs(): Promise<string>;
  stop(): Promise<void>;
}

export type ServerHandle =
  | { kind: 'compose'; command: string; prefix: string[]; file: string; project: string; service?: string }
  | { kind: 'container'; name: string };

function text(r: ExecResult): string {
  return `${r.stdout}${r.stderr}`.trim();
}

/** Reattaches to a server from its handle (the action's post step runs in another process). */
export function serverFromHandle(handle: ServerHandle, exec: Exec): RunningServer {
  if (handle.kind === 'compose') {
    // The handle holds the compose command and prefix it was started with.
    const args = (verb: string[]) => composeArgs(handle, handle.file, handle.project, verb);
    return {
      handle,
      logs: async () =>
        text(
          await exec(
            handle.command,
            args(['logs', '--no-color', ...(handle.service ? [handle.service] : [])]),
          ),
        ),
      stop: async () => {
        await exec(handle.command, args(['down', '--volumes', '--timeout', '5']));
      },
    };
  }
  return {
    handle,
    logs: async () => text(await exec('docker', ['logs', handle.name])),
    stop: async () => {
      await exec('docker', ['rm', '--force', '--volumes', handle.name]);
    },
  };
}

export interface StartSettings {
  server: ServerConfig;
  /** The image to run when there is no compose file. */
  image?: string;
  /** The config file's folder: the compose file is relative to it. */
  baseDir: string;
  /** A name unique to this run: compose project or container name. */
  name: string;
}

/**
 * Starts the server and waits for it. On any failure its logs are in the error and it is torn
 * down before the error is thrown: nothing is left running.
 */
export async function startServer(
  settings: StartSettings,
  deps: { exec: Exec; log: (line: string) => void; fetch?: typeof fetch },
): Promise<RunningServer> {
  const { server } = settings;
  let running: RunningServer;
  if (server.composeFile) {
    const compose = await detectCompose(deps.exec);
    if (!compose)
      throw new InfrastructureError(
        'the server needs docker compose (v2 plugin) or docker-compose (v1); neither is installed',
      );
    const file = path.resolve(settings.baseDir, server.composeFile);
    running = serverFromHandle(
      {
        kind: 'compose',
        command: compose.command,
        prefix: compose.prefix,
        file,
        project: settings.name,
        ...(server.service ? { service: server.service } : {}),
      },
      deps.exec,
    );
    const up = await deps.exec(
      compose.command,
      composeArgs(compose, file, settings.name, [
        'up',
        '--detach',
        ...(server.service ? [server.service] : []),
      ]),
    );
    if (up.code !== 0) {
      await running.stop();
      throw failure(`docker compose up (${file})`, up);
    }
  } else {
    if (!settings.image) throw new InputError('server: no compose-file and no image to run');
    running = serverFromHandle({ kind: 'container', name: settings.name }, deps.exec);
    const run = await deps.exec('docker', runArgs(settings.image, settings.name, server));
    if (run.code !== 0) {
      await running.stop();
      throw failure(`docker run ${settings.image}`, run);
    }
  }
  try {
    const health = await waitForHealth(server.healthUrl, {
      timeoutMs: server.healthTimeoutSeconds * 1000,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
    deps.log(
      `server healthy at ${server.healthUrl} after ${(health.ms / 1000).toFixed(1)} s (${health.attempts} tries)`,
    );
    return running;
  } catch (err) {
    const logs = await running.logs();
    await running.stop();
    throw new InfrastructureError(
      `${(err as Error).message}\n--- server logs ---\n${logs.split('\n').slice(-80).join('\n')}`,
    );
  }
}
