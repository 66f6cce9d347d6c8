/**
 * What we ask git, over the Exec handed in: the checked-out branch (for cache keys) and the
 * tracked files (to map runner paths in reports onto). Outside a checkout both have a default.
 */
import type { Exec } from './exec.js';

/** The checked-out branch; "local" outside a git checkout or on a detached HEAD. */
export async function currentBranch(exec: Exec, cwd: string): Promise<string> {
  const r = await exec('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd });
  const branch = r.code === 0 ? r.stdout.trim() : '';
  return branch === '' || branch === 'HEAD' ? 'local' : branch;
}

/** The repository's tracked files; none outside a git checkout. */
export async function trackedFiles(exec: Exec, cwd: string): Promise<string[]> {
  const r = await exec('git', ['ls-files', '-z'], { cwd, maxOutput: 256 * 1024 * 1024 });
  return r.code === 0 ? r.stdout.split('\0').filter((f) => f !== '') : [];
}

/** The checked-out commit, for the report's cache key; "unknown" outside a checkout. */
export async function headCommit(exec: Exec, cwd: string): Promise<string> {
  const r = await exec('git', ['rev-parse', 'HEAD'], { cwd });
  return (r.code === 0 && r.stdout.trim()) || 'unknown';
}
