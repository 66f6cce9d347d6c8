/** Input and output names of action.yml, spelled once (test/github/action-yml.test.ts checks the match). */
export const INPUT = {
  command: 'command',
  results: 'results',
  allowEmpty: 'allow-empty',
  json: 'json',
  html: 'html',
  checkRun: 'check-run',
  comment: 'comment',
  reportName: 'report-name',
  compare: 'compare',
  githubToken: 'github-token',
  workingDirectory: 'working-directory',
  config: 'config',
  timings: 'timings',
  tests: 'tests',
  shards: 'shards',
  timingsCache: 'timings-cache',
  buildArgs: 'build-args',
  lookupOnly: 'lookup-only',
  serve: 'serve',
  suite: 'suite',
  shard: 'shard',
  testsFile: 'tests-file',
  workers: 'workers',
  cores: 'cores',
  retentionDays: 'retention-days',
  download: 'download',
  coverage: 'coverage',
  coverageThreshold: 'coverage-threshold',
} as const;

/** What the main step leaves for the post step (core.saveState). */
export const STATE = { server: 'server' } as const;

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
  html: 'html',
  matrix: 'matrix',
  image: 'image',
  cacheHit: 'cache-hit',
  key: 'key',
  results: 'results',
  artifact: 'artifact',
} as const;

export const COMMANDS = ['plan', 'image', 'run', 'aggregate'] as const;
export type Command = (typeof COMMANDS)[number];
