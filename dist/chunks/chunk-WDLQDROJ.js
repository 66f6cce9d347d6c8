import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);

// src/github/names.ts
var INPUT = {
  command: "command",
  results: "results",
  allowEmpty: "allow-empty",
  json: "json",
  workingDirectory: "working-directory",
  config: "config",
  timings: "timings",
  tests: "tests",
  shards: "shards",
  timingsCache: "timings-cache",
  buildArgs: "build-args",
  lookupOnly: "lookup-only",
  serve: "serve"
};
var STATE = { server: "server" };
var OUTPUT = {
  tests: "tests",
  passed: "passed",
  failed: "failed",
  errors: "errors",
  skipped: "skipped",
  flaky: "flaky",
  duration: "duration",
  conclusion: "conclusion",
  json: "json",
  matrix: "matrix",
  image: "image",
  cacheHit: "cache-hit",
  key: "key"
};
var COMMANDS = ["plan", "image", "run", "aggregate"];

export {
  INPUT,
  STATE,
  OUTPUT,
  COMMANDS
};
