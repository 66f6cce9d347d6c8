/**
 * The docker command lines we run, built as data (pure functions, table-tested), and the few
 * calls that run them (through an Exec handed in).
 */

import { InfrastructureError } from '../errors.js';
import type { Exec, ExecOptions, ExecResult } from '../exec.js';

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

export function failure(what: string, result: ExecResult): InfrastructureError {
  const detail =
    result.error ?? (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-15).join('\n');
  return new InfrastructureError(`${what} failed (exit ${result.code ?? 'none'}): ${detail}`);
}

export class Docker {
  constructor(
    private readonly exec: Exec,
    private readonly options: ExecOptions = {},
  ) {}

  run(args: readonly string[], extra: ExecOptions = {}): Promise<ExecResult> {
    return this.exec('docker', args, { ...this.options, ...extra });
  }

  /** The engine's os/arch: what an image built without --platform is for (part of its key). */
  async platform(): Promise<string> {
    const r = await this.run(['version', '--format', '{{.Server.Os}}/{{.Server.Arch}}']);
    if (r.code !== 0) throw failure('docker version (is the Docker engine running?)', r);
    return r.stdout.trim();
  }

  async builder(): Promise<Builder> {
    return (await this.run(['buildx', 'version'])).code === 0 ? 'buildx' : 'classic';
  }

  /** The cache key an image in the engine was built from, or undefined when it is not there. */
  async keyOf(tag: string): Promise<string | undefined> {
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

  /** Loads a saved image; the result says why when the tar is corrupt or cut short. */
  load(file: string): Promise<ExecResult> {
    return this.run(['load', '--input', file]);
  }

  async remove(tag: string): Promise<void> {
    await this.run(['image', 'rm', '--force', tag]);
  }
}
