import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);

// src/defaults.ts
import os from "node:os";
import path from "node:path";
var DEFAULT_CONFIG = "parallel-tests.yml";
var DEFAULT_SHARD_DIR = ".parallel-tests/plan";
var DEFAULT_HISTORY_FILE = ".parallel-tests/timings.json";
var DEFAULT_CACHE_DIR = path.join(os.homedir(), ".cache", "parallel-tests");

export {
  DEFAULT_CONFIG,
  DEFAULT_SHARD_DIR,
  DEFAULT_HISTORY_FILE,
  DEFAULT_CACHE_DIR
};
