#!/usr/bin/env node
/**
 * CLI entry: read argv once, call one command, map the outcome to an exit code. The only
 * catch turns anything thrown into a message and exit code 2 (bad input) or 3. Each command's
 * code is imported when it runs, so a command starts without loading the others.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CacheStore } from './cache/store.js';
import { DEFAULT_CACHE_DIR, DEFAULT_CONFIG, DEFAULT_HISTORY_FILE, DEFAULT_SHARD_DIR } from './defaults.js';
import { describeError, EXIT, exitCodeOf, InputError, wholeNumber } from './errors.js';

const USAGE = `usage: parallel-tests <command> [options]

commands:
  aggregate <file-or-glob>...   read JUnit, TRX, NUnit and xUnit.net result files into one report
      --json FILE               also write the JSON report to FILE
      --allow-empty             a pattern that matches no file is a warning, not an error
      --cwd DIR                 where patterns start (default: the current directory)
      --history FILE            append this run's durations to a timing history (for the next plan)
      --cache-dir DIR           also save that history in a local cache, keyed by --branch (default: git's)

  plan                          core allocation and timing-balanced shards -> the matrix
      --config FILE             the config (default parallel-tests.yml)
      --timings [SUITE=]FILE    earlier durations, oldest first (JUnit/TRX globs or .test_durations); repeatable
      --tests [SUITE=]FILE      the tests about to run, one id a line (e.g. pytest --collect-only -q); repeatable
      --shards N                shards for every suite, overriding the config
      --host-cores N            allocate for a host with N cores (default: the config's host, else this machine)
      --out DIR                 where shard files go (default .parallel-tests/plan)
      --json                    print the plan as JSON (matrix, suites, allocation, warnings)
      --explain                 print the allocation and the matrix as tables (the default without --json)
      --history FILE            a timing history written by aggregate, read before --timings
      --cache-dir DIR           restore that history from a local cache first: this --branch, else
      --default-branch NAME     the default branch's newest

  image                         build the test image, or restore it from the cache when its key is there
      --config FILE             the config with an "image" section (default parallel-tests.yml)
      --build-arg KEY=VALUE     over the config's build args; repeatable
      --cache-dir DIR           the local cache (default ~/.cache/parallel-tests)
      --lookup-only             only say whether the cache has the image (exit 0 either way)
      --json FILE               write {image, key, cacheHit} to FILE
  serve [options] -- CMD...     image, then the test server healthy, then CMD; the server is torn
                                down afterwards, also when CMD fails or is interrupted (options as image)

exit codes: 0 all passed, 1 test failures, 2 bad input, 3 infrastructure
`;

const LATER = new Set(['run', 'generate']);

async function aggregate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      'allow-empty': { type: 'boolean', default: false },
      cwd: { type: 'string' },
      ...CACHE_OPTIONS,
    },
  });
  const cwd = values.cwd ?? process.cwd();
  const cache = await cacheSettings(values, cwd);
  const { runAggregate } = await import('./commands/aggregate.js');
  const outcome = await runAggregate({
    patterns: positionals,
    cwd,
    ...(cache.history !== undefined ? { historyPath: cache.history } : {}),
    allowEmpty: values['allow-empty'] ?? false,
    ...(values.json !== undefined ? { jsonPath: values.json } : {}),
  });
  process.stdout.write(outcome.console);
  if (cache.store && cache.history !== undefined) {
    const { saveHistory, timingKeys } = await import('./commands/timings.js');
    const keys = timingKeys(cache.branch, undefined, String(Date.now()));
    await saveHistory(cache.store, cache.history, keys, warn);
  }
  return outcome.exitCode;
}

const CACHE_OPTIONS = {
  history: { type: 'string' },
  'cache-dir': { type: 'string' },
  branch: { type: 'string' },
} as const;

function warn(message: string): void {
  process.stderr.write(`parallel-tests: warning: ${message}\n`);
}

/**
 * --history FILE keeps timings in a file; --cache-dir DIR also carries that file between
 * checkouts through a local cache, keyed by branch (default .parallel-tests/timings.json).
 */
async function cacheSettings(
  values: { history?: string; 'cache-dir'?: string; branch?: string },
  cwd: string,
): Promise<{ history?: string; store?: CacheStore; branch: string }> {
  const dir = values['cache-dir'];
  const history = values.history ?? (dir !== undefined ? DEFAULT_HISTORY_FILE : undefined);
  const { currentBranch } = await import('./commands/timings.js');
  const { LocalCacheStore } = await import('./cache/local-store.js');
  const branch = values.branch ?? (dir !== undefined ? await currentBranch(cwd) : 'local');
  return {
    ...(history !== undefined ? { history } : {}),
    ...(dir !== undefined ? { store: new LocalCacheStore({ root: path.resolve(cwd, dir), cwd }) } : {}),
    branch,
  };
}

const IMAGE_OPTIONS = {
  config: { type: 'string' as const, default: DEFAULT_CONFIG },
  'build-arg': { type: 'string' as const, multiple: true as const, default: [] as string[] },
  'cache-dir': { type: 'string' as const },
};

async function buildImage(
  values: { config?: string; 'build-arg'?: string[]; 'cache-dir'?: string },
  lookupOnly: boolean,
) {
  const cwd = process.cwd();
  const { LocalCacheStore } = await import('./cache/local-store.js');
  const { runImage } = await import('./commands/image.js');
  const { execProcess } = await import('./exec.js');
  const store = new LocalCacheStore({
    root: path.resolve(cwd, values['cache-dir'] ?? DEFAULT_CACHE_DIR),
    cwd,
  });
  return runImage(
    { cwd, configPath: values.config ?? DEFAULT_CONFIG, buildArgs: values['build-arg'] ?? [], lookupOnly },
    { exec: execProcess, store, log: (line) => process.stderr.write(`${line}\n`), warn },
  );
}

async function image(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...IMAGE_OPTIONS,
      'lookup-only': { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  const outcome = await buildImage(values, values['lookup-only'] ?? false);
  const report = { image: outcome.image, key: outcome.key, cacheHit: outcome.cacheHit };
  if (values.json !== undefined)
    await writeFile(path.resolve(values.json), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(
    `${outcome.image}: ${outcome.source === 'lookup' ? (outcome.cacheHit ? 'in the cache' : 'not in the cache') : `ready (${outcome.source})`}, key ${outcome.key}\n`,
  );
  return EXIT.passed;
}

async function serve(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: IMAGE_OPTIONS });
  if (positionals.length === 0)
    throw new InputError('serve needs a command to run: serve [options] -- CMD ARGS...');
  const outcome = await buildImage(values, false);
  if (!outcome.config.server) throw new InputError(`${values.config}: no "server" section`);
  const { startServer } = await import('./server/server.js');
  const { execProcess } = await import('./exec.js');
  const server = await startServer(
    {
      server: outcome.config.server,
      image: outcome.image,
      baseDir: outcome.baseDir,
      name: `parallel-tests-${process.pid}`,
    },
    { exec: execProcess, log: (line) => process.stderr.write(`${line}\n`) },
  );
  // Torn down however the command ends: normally, failing, or interrupted.
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= server.stop());
  const [command, ...rest] = positionals;
  const child = spawn(command!, rest, { stdio: 'inherit' });
  // Interrupted: the command gets the signal too (as a shell would pass it on), the server goes,
  // and the exit code says which signal it was.
  const interrupted = (signal: NodeJS.Signals) => {
    child.kill(signal);
    void stop().then(() => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    return await new Promise<number>((resolve) => {
      child.on('error', (err) => {
        warn(`${command}: ${err.message}`);
        resolve(EXIT.infrastructure);
      });
      child.on('close', (code) => resolve(code ?? EXIT.infrastructure));
    });
  } finally {
    await stop();
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
  }
}

async function plan(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      config: { type: 'string', default: DEFAULT_CONFIG },
      timings: { type: 'string', multiple: true, default: [] },
      tests: { type: 'string', multiple: true, default: [] },
      shards: { type: 'string' },
      'host-cores': { type: 'string' },
      out: { type: 'string', default: DEFAULT_SHARD_DIR },
      ...CACHE_OPTIONS,
      'default-branch': { type: 'string' },
      json: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
    },
  });
  const shards = wholeNumber(values.shards, '--shards');
  const hostCores = wholeNumber(values['host-cores'], '--host-cores');
  const cwd = process.cwd();
  const cache = await cacheSettings(values, cwd);
  if (cache.store && cache.history !== undefined) {
    const { restoreHistory, timingKeys } = await import('./commands/timings.js');
    const keys = timingKeys(cache.branch, values['default-branch'], 'plan');
    await restoreHistory(cache.store, cache.history, keys, warn);
  }
  const { runPlan } = await import('./commands/plan.js');
  const outcome = await runPlan({
    cwd,
    ...(cache.history !== undefined ? { historyPath: cache.history } : {}),
    configPath: values.config!,
    timings: values.timings ?? [],
    tests: values.tests ?? [],
    shardDir: values.out!,
    ...(shards !== undefined ? { shards } : {}),
    ...(hostCores !== undefined ? { hostCores } : {}),
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(outcome.json, null, 2)}\n`);
    if (values.explain) process.stderr.write(outcome.explanation);
  } else {
    process.stdout.write(outcome.explanation);
  }
  return EXIT.passed;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined ? EXIT.badInput : EXIT.passed;
  }
  if (command === 'aggregate') return aggregate(rest);
  if (command === 'plan') return plan(rest);
  if (command === 'image') return image(rest);
  if (command === 'serve') return serve(rest);
  if (LATER.has(command)) {
    throw new InputError(
      `"${command}" is not available in this version yet; available: aggregate, plan, image, serve`,
    );
  }
  throw new InputError(`unknown command "${command}"\n\n${USAGE}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // parseArgs reports unknown options with a code; those are bad input too.
    const code = (err as { code?: string } | null)?.code?.startsWith('ERR_PARSE_ARGS')
      ? EXIT.badInput
      : exitCodeOf(err);
    process.stderr.write(`parallel-tests: ${describeError(err)}\n`);
    process.exitCode = code;
  },
);
