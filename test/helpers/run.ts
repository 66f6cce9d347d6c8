import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './paths.js';

export function tempDir(prefix = 'pt-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes files (relative path -> content) below dir. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
}

/** Runs a built entry of dist/ the way a user or the runner does; output is captured, never printed. */
export function runDist(
  entry: 'cli.js' | 'index.js' | 'post.js',
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', entry), ...args], {
    cwd: options.cwd,
    env: options.env ?? { PATH: process.env.PATH },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
