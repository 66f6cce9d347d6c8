/**
 * The image and serve commands, for the CLI and the action: read the config (shell), make sure
 * the image is there (image.ts), and for serve start the server, run a command, tear down.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CacheStore } from '../cache/store.js';
import { type Config, parseConfig } from '../config/config.js';
import { describeError, InputError } from '../errors.js';
import type { Exec } from '../exec.js';
import { ensureImage, type ImageOutcome } from '../image/image.js';

export interface ImageCommandSettings {
  cwd: string;
  configPath: string;
  /** KEY=VALUE from the command line or the action input. */
  buildArgs: string[];
  lookupOnly: boolean;
}

export function parseBuildArgs(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new InputError(`build arg "${arg}": expected KEY=VALUE`);
    out[arg.slice(0, eq)] = arg.slice(eq + 1);
  }
  return out;
}

export async function loadConfig(
  cwd: string,
  configPath: string,
): Promise<{ config: Config; baseDir: string }> {
  const file = path.resolve(cwd, configPath);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`config ${configPath}: ${code === 'ENOENT' ? 'no such file' : describeError(err)}`);
  }
  return { config: parseConfig(text, configPath), baseDir: path.dirname(file) };
}

export async function runImage(
  settings: ImageCommandSettings,
  deps: { exec: Exec; store: CacheStore; log: (line: string) => void; warn: (message: string) => void },
): Promise<ImageOutcome & { config: Config; baseDir: string }> {
  const { config, baseDir } = await loadConfig(settings.cwd, settings.configPath);
  if (!config.image) throw new InputError(`${settings.configPath}: no "image" section to build`);
  const outcome = await ensureImage(
    {
      image: config.image,
      baseDir,
      buildArgs: parseBuildArgs(settings.buildArgs),
      lookupOnly: settings.lookupOnly,
      workDir: settings.cwd,
    },
    deps,
  );
  return { ...outcome, config, baseDir };
}
