/**
 * The docker command lines we run, built as data (pure functions, table-tested), and the few
 * calls that run them (through an Exec handed in).
 */

import { describeError } from '../errors.js';
import { type Exec, type ExecOptions, type ExecResult, failure } from '../exec.js';
import {
  EngineUnreachable,
  engineRequest,
  engineSocket,
  imagePath,
  loadOutcome,
  readCurrentContext,
} from './engine-api.js';
import { indexTar, planThinLoad, type ThinPlan, thinStream } from './thin-load.js';

export type Builder = 'buildx' | 'classic';

/** The label that says which cache key an image was built from. */
export const KEY_LABEL = 'io.github.honua.parallel-tests.key';

export interface BuildSpec {
  tag: string;
  dockerfile: string;
  context: string;
  buildArgs: Record<string, string>;
  target?: string;
  platform?: string;
  key: string;
}

/**
 * `docker build` arguments. With buildx (GitHub's runners) the image must be loaded into the
 * engine explicitly (--load), or it stays in the builder's cache; the classic builder (this
 * machine) has no such flag.
 */
export function buildCommand(spec: BuildSpec, builder: Builder): string[] {
  const args = builder === 'buildx' ? ['buildx', 'build', '--load'] : ['build'];
  args.push('--file', spec.dockerfile, '--tag', spec.tag, '--label', `${KEY_LABEL}=${spec.key}`);
  for (const name of Object.keys(spec.buildArgs).sort())
    args.push('--build-arg', `${name}=${spec.buildArgs[name]}`);
  if (spec.target) args.push('--target', spec.target);
  if (spec.platform) args.push('--platform', spec.platform);
  args.push(spec.context);
  return args;
}

/** PARALLEL_TESTS_DOCKER=cli: every engine call through the docker CLI, none over the socket. */
export const DOCKER_TRANSPORT_ENV = 'PARALLEL_TESTS_DOCKER';

export interface DockerTransport {
  /** The engine's Unix socket to use for inspect, version and load; undefined: the CLI only. Default: what engineSocket() finds. */
  socket?: string | undefined;
}

/** What we read of an image's inspect document. */
interface ImageInspect {
  Config?: { Labels?: Record<string, string> | null };
  RootFS?: { Layers?: unknown };
}

/** Engine answers slower than this on a GET are treated as no answer, and the CLI is asked. */
const GET_TIMEOUT_MS = 30_000;

export class Docker {
  private socket: Promise<string | undefined> | undefined;

  constructor(
    private readonly exec: Exec,
    private readonly options: ExecOptions = {},
    transport?: DockerTransport,
  ) {
    if (transport && 'socket' in transport) this.socket = Promise.resolve(transport.socket);
  }

  run(args: readonly string[], extra: ExecOptions = {}): Promise<ExecResult> {
    return this.exec('docker', args, { ...this.options, ...extra });
  }

  /** The socket the fast path speaks to, found once (DOCKER_HOST, the CLI's context), or undefined. */
  private engine(): Promise<string | undefined> {
    this.socket ??= (async () => {
      const env = this.options.env ?? process.env;
      if (env[DOCKER_TRANSPORT_ENV] === 'cli') return undefined;
      const currentContext = env.DOCKER_HOST ? undefined : await readCurrentContext(env);
      return engineSocket({ platform: process.platform, env, ...(currentContext ? { currentContext } : {}) });
    })();
    return this.socket;
  }

  /**
   * `call` over the socket when there is one; `undefined` when the socket cannot be reached (the
   * CLI is used from then on) or a GET failed some other way (the CLI is asked this once).
   */
  private async viaSocket<T>(call: (socket: string) => Promise<T>): Promise<T | undefined> {
    const socket = await this.engine();
    if (socket === undefined) return undefined;
    try {
      return await call(socket);
    } catch (err) {
      if (err instanceof EngineUnreachable) this.socket = Promise.resolve(undefined);
      return undefined;
    }
  }

  /** The engine's os/arch: what an image built without --platform is for (part of its key). */
  async platform(): Promise<string> {
    const fast = await this.viaSocket(async (socket) => {
      const r = await engineRequest(socket, { method: 'GET', path: '/version', timeoutMs: GET_TIMEOUT_MS });
      if (r.status !== 200) throw new Error(`GET /version: ${r.status}`);
      const v = JSON.parse(r.body) as { Os?: unknown; Arch?: unknown };
      if (typeof v.Os !== 'string' || typeof v.Arch !== 'string') throw new Error('GET /version: no Os/Arch');
      return `${v.Os}/${v.Arch}`;
    });
    if (fast !== undefined) return fast;
    const r = await this.run(['version', '--format', '{{.Server.Os}}/{{.Server.Arch}}']);
    if (r.code !== 0) throw failure('docker version (is the Docker engine running?)', r);
    return r.stdout.trim();
  }

  async builder(): Promise<Builder> {
    return (await this.run(['buildx', 'version'])).code === 0 ? 'buildx' : 'classic';
  }

  /** An image's inspect document over the socket; null when the engine has no such image. */
  private async inspect(socket: string, name: string): Promise<ImageInspect | null> {
    const r = await engineRequest(socket, {
      method: 'GET',
      path: `/images/${imagePath(name)}/json`,
      timeoutMs: GET_TIMEOUT_MS,
    });
    if (r.status === 404) return null;
    if (r.status !== 200) throw new Error(`GET /images/${name}/json: ${r.status}`);
    return JSON.parse(r.body) as ImageInspect;
  }

  /** The cache key an image in the engine was built from, or undefined when it is not there. */
  async keyOf(tag: string): Promise<string | undefined> {
    const fast = await this.viaSocket(async (socket) => {
      const inspected = await this.inspect(socket, tag);
      return { key: inspected === null ? undefined : (inspected.Config?.Labels?.[KEY_LABEL] ?? '') };
    });
    if (fast !== undefined) return fast.key;
    const r = await this.run([
      'image',
      'inspect',
      '--format',
      `{{ index .Config.Labels "${KEY_LABEL}" }}`,
      tag,
    ]);
    if (r.code !== 0) return undefined;
    const key = r.stdout.trim();
    return key === '' || key === '<no value>' ? '' : key;
  }

  async build(spec: BuildSpec, onLine?: (line: string) => void): Promise<void> {
    const builder = await this.builder();
    const r = await this.run(buildCommand(spec, builder), onLine ? { onLine } : {});
    if (r.code !== 0)
      throw failure(`docker ${builder === 'buildx' ? 'buildx build' : 'build'} of ${spec.tag}`, r);
  }

  async save(tag: string, file: string): Promise<void> {
    const r = await this.run(['save', '--output', file, tag]);
    if (r.code !== 0) throw failure(`docker save ${tag}`, r);
  }

  /**
   * Loads a saved image; the result says why when the tar is corrupt or cut short. Over the
   * socket the engine reads the file as `docker load` would send it; should the connection
   * fail (not the load), the CLI loads it instead.
   */
  async load(file: string, options: { base?: string } = {}): Promise<ExecResult & { via: string }> {
    const socket = await this.engine();
    let why = '';
    if (socket !== undefined) {
      try {
        const thin = options.base === undefined ? undefined : await this.thinLoad(socket, file, options.base);
        if (thin) return thin;
        const response = await engineRequest(socket, {
          method: 'POST',
          path: '/images/load?quiet=1',
          file: { path: file, type: 'application/x-tar' },
        });
        const { ok, stdout, stderr } = loadOutcome(response);
        return { code: ok ? 0 : 1, stdout, stderr, via: socket };
      } catch (err) {
        if (err instanceof EngineUnreachable) this.socket = Promise.resolve(undefined);
        why = `(over ${socket}: ${describeError(err)})\n`;
      }
    }
    const r = await this.run(['load', '--input', file]);
    return { ...r, stderr: r.stderr + why, via: 'docker load' };
  }

  /**
   * The load without the layers the engine has from `base` (thin-load.ts); undefined when that
   * does not apply (base not in the engine, nothing in common, not a `docker save` tar) or the
   * engine refused the thinned tar, and the whole tar is to be loaded.
   */
  private async thinLoad(
    socket: string,
    file: string,
    base: string,
  ): Promise<(ExecResult & { via: string }) | undefined> {
    let plan: ThinPlan | undefined;
    try {
      const layers = (await this.inspect(socket, base))?.RootFS?.Layers;
      if (!Array.isArray(layers) || !layers.every((l) => typeof l === 'string')) return undefined;
      plan = await planThinLoad(file, await indexTar(file), layers);
    } catch (err) {
      if (err instanceof EngineUnreachable) throw err;
      // An engine error, or a cut or malformed tar: the whole load says what is wrong.
      return undefined;
    }
    if (!plan) return undefined;
    const thin = plan;
    const response = await engineRequest(socket, {
      method: 'POST',
      path: '/images/load?quiet=1',
      body: { stream: () => thinStream(file, thin), length: thin.length, type: 'application/x-tar' },
    });
    const { ok, stdout, stderr } = loadOutcome(response);
    if (!ok) return undefined;
    const mb = (thin.skippedBytes / 2 ** 20).toFixed(1);
    return {
      code: 0,
      stdout,
      stderr,
      via: `${socket}, without ${thin.skippedLayers} layer file(s) (${mb} MB) the engine has from ${base}`,
    };
  }

  async remove(tag: string): Promise<void> {
    await this.run(['image', 'rm', '--force', tag]);
  }
}
