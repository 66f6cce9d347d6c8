/** Reading the config file and other inputs the commands name (shell; config.ts stays pure). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError, InputError } from '../errors.js';
import { type Config, parseConfig } from './config.js';

/** A text file a command was given; a missing or unreadable one is an InputError naming it. */
export async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${what} ${file}: ${code === 'ENOENT' ? 'no such file' : describeError(err)}`);
  }
}

/** The config, and the folder its relative paths start from. */
export async function loadConfig(
  cwd: string,
  configPath: string,
): Promise<{ config: Config; baseDir: string }> {
  const file = path.resolve(cwd, configPath);
  return { config: parseConfig(await readText(file, 'config'), configPath), baseDir: path.dirname(file) };
}
