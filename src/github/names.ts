/** Input and output names of action.yml, spelled once (test/github/action-yml.test.ts checks the match). */
export const INPUT = {
  command: 'command',
  results: 'results',
  allowEmpty: 'allow-empty',
  json: 'json',
  workingDirectory: 'working-directory',
  config: 'config',
  timings: 'timings',
  tests: 'tests',
  shards: 'shards',
  timingsCache: 'timings-cache',
} as const;

export const OUTPUT = {
  tests: 'tests',
  passed: 'passed',
  failed: 'failed',
  errors: 'errors',
  skipped: 'skipped',
  flaky: 'flaky',
  duration: 'duration',
  conclusion: 'conclusion',
  json: 'json',
  matrix: 'matrix',
} as const;

export const COMMANDS = ['plan', 'image', 'run', 'aggregate'] as const;
export type Command = (typeof COMMANDS)[number];
