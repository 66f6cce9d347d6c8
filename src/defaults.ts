/** Default paths, apart from the commands that use them so the CLI can name them without loading those. */
import os from 'node:os';
import path from 'node:path';

export const DEFAULT_CONFIG = 'parallel-tests.yml';
export const DEFAULT_SHARD_DIR = '.parallel-tests/plan';
export const DEFAULT_HISTORY_FILE = '.parallel-tests/timings.json';
export const DEFAULT_CACHE_DIR = path.join(os.homedir(), '.cache', 'parallel-tests');
