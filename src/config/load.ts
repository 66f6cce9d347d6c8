/** Reading the config file and other inputs the commands name (shell; config.ts stays pure). */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeError, InputError } from '../errors.js';
import { type Config, parseConfig } from './config.js';

/**
 * Bytes a config may have. Real ones are a few kilobytes; a YAML file of hundreds of megabytes
 * would take the parser minutes and gigabytes before it could say anything about it.
 */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** A text file a command was given; a missing, unreadable or not regular one is an InputError naming it. */
export async function readText(file: string, what: string, maxBytes?: number): Promise<string> {
  const text = await readOptionalText(file, what, maxBytes);
  if (text === undefined) throw new InputError(`${what} ${file}: no such file`);
  return text;
}

/**
 * The same, undefined when the file does not exist. Only regular files are read: a FIFO or
 * /dev/zero (also behind a symlink) would block or never end.
 */
export async function readOptionalText(
  file: string,
  what: string,
  maxBytes?: number,
): Promise<string | undefined> {
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      throw new InputError(
        `${what} ${file}: ${info.isDirectory() ? 'a directory' : 'not a regular file (a FIFO, device or socket)'}, where a file was expected`,
      );
    }
    if (maxBytes !== undefined && info.size > maxBytes)
      throw new InputError(
        `${what} ${file}: ${info.size} bytes, more than the ${maxBytes} read: not a ${what}`,
      );
    return await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`${what} ${file}: ${describeError(err)}`);
  }
}

/** The config, and the folder its relative paths start from. */
export async function loadConfig(
  cwd: string,
  configPath: string,
): Promise<{ config: Config; baseDir: string }> {
  const file = path.resolve(cwd, configPath);
  return {
    config: parseConfig(await readText(file, 'config', MAX_CONFIG_BYTES), configPath),
    baseDir: path.dirname(file),
  };
}
