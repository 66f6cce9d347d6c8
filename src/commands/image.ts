/**
 * The image and serve commands, for the CLI and the action: read the config (shell), make sure
 * the image is there (image.ts), and for serve start the server, run a command, tear down.
 */

import type { Config } from '../config/config.js';
import { loadConfig } from '../config/load.js';
import { InputError } from '../errors.js';
import { ensureImage, type ImageDeps, type ImageOutcome } from '../image/image.js';

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

export async function runImage(
  settings: ImageCommandSettings,
  deps: ImageDeps,
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
