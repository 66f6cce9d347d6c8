/**
 * Every CLI command once: its options, its help and its handler. A handler only turns values
 * into settings, picks the local stores and calls one command of src/commands/ (imported when
 * it runs, so a command starts without loading the others); the command does the work.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { TimingHistory } from '../commands/history.js';
import { DEFAULT_CACHE_DIR, DEFAULT_CONFIG, DEFAULT_HISTORY_FILE, DEFAULT_SHARD_DIR } from '../defaults.js';
import { EXIT, InputError, wholeNumber } from '../errors.js';
import { wrapUntrusted } from '../report/workflow-log.js';
import type { CommandContext, CommandSpec, OptionSpec, OptionValues } from './table.js';

export const EXIT_CODES = 'exit codes: 0 all passed, 1 test failures, 2 bad input, 3 infrastructure';

function str(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

function list(values: OptionValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : [];
}

function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** The report as the context prints it: in a step log, between a stop-commands pair. */
function reportText(text: string, context: CommandContext): string {
  return context.stepLog ? wrapUntrusted(text, randomUUID) : text;
}

function warner(context: CommandContext): (message: string) => void {
  return (message) => context.err(`parallel-tests: warning: ${message}\n`);
}

const HISTORY_OPTIONS: Record<string, OptionSpec> = {
  history: {
    type: 'string',
    value: 'FILE',
    help: `a timing history file (default ${DEFAULT_HISTORY_FILE} with --cache-dir)`,
  },
  'cache-dir': {
    type: 'string',
    value: 'DIR',
    help: 'carry the history between checkouts in this local cache, keyed by branch',
  },
  branch: {
    type: 'string',
    value: 'NAME',
    help: "the branch for the cache key (default: git's, else local)",
  },
};

/** --history FILE keeps timings in a file; --cache-dir DIR also carries it between checkouts. */
async function historyOf(
  values: OptionValues,
  cwd: string,
  context: CommandContext,
  defaultBranch?: string,
): Promise<TimingHistory | undefined> {
  const dir = str(values, 'cache-dir');
  const file = str(values, 'history') ?? (dir !== undefined ? DEFAULT_HISTORY_FILE : undefined);
  if (file === undefined) return undefined;
  const { timingHistory } = await import('../commands/history.js');
  if (dir === undefined) {
    return timingHistory(
      { file: path.resolve(cwd, file), storePath: file, branch: 'local', run: 'local' },
      warner(context),
    );
  }
  const [{ LocalCacheStore }, { currentBranch }, { execProcess }] = await Promise.all([
    import('../stores/local-cache-store.js'),
    import('../git.js'),
    import('../exec.js'),
  ]);
  return timingHistory(
    {
      file: path.resolve(cwd, file),
      storePath: file,
      store: new LocalCacheStore({ root: path.resolve(cwd, dir), cwd }),
      branch: str(values, 'branch') ?? (await currentBranch(execProcess, cwd)),
      ...(defaultBranch !== undefined ? { defaultBranch } : {}),
      run: String(Date.now()),
    },
    warner(context),
  );
}

/** aggregate's coverage and comparison options (commands/report-options.ts reads them). */
const REPORT_OPTIONS: Record<string, OptionSpec> = {
  coverage: {
    type: 'string',
    value: 'GLOB',
    multiple: true,
    default: [],
    help: 'Cobertura XML files of every shard, merged per file and line',
  },
  'coverage-threshold': {
    type: 'string',
    value: 'PERCENT',
    help: 'fail (exit 1) when the merged line coverage is below this',
  },
  compare: {
    type: 'string',
    value: 'FILE|auto',
    help: "compare with a base run's JSON report; auto: the newest in --cache-dir of --base-branch",
  },
  'base-branch': {
    type: 'string',
    value: 'NAME',
    help: 'the branch --compare auto takes the base from (default: --branch)',
  },
};

const aggregate: CommandSpec = {
  name: 'aggregate',
  summary: 'read JUnit, TRX, NUnit and xUnit.net result files into one report',
  args: '<file-or-glob>...',
  positionals: true,
  options: {
    json: { type: 'string', value: 'FILE', help: 'also write the JSON report to FILE' },
    html: {
      type: 'string',
      value: 'FILE',
      help: 'also write the HTML report (one self-contained page) to FILE',
    },
    'allow-empty': { type: 'boolean', help: 'a pattern that matches no file is a warning, not an error' },
    cwd: { type: 'string', value: 'DIR', help: 'where patterns start (default: the current directory)' },
    ...HISTORY_OPTIONS,
    ...REPORT_OPTIONS,
  },
  notes: ["A leading ! excludes (quote it for the shell). The format is told from each file's content."],
  async run(values, positionals, context) {
    const cwd = path.resolve(context.cwd, str(values, 'cwd') ?? '.');
    const history = await historyOf(values, cwd, context);
    const extras = await reportExtrasOf(values, cwd, context);
    const { runAggregate } = await import('../commands/aggregate.js');
    const json = str(values, 'json');
    const html = str(values, 'html');
    const outcome = await runAggregate({
      ...extras.settings,
      patterns: positionals,
      cwd,
      allowEmpty: flag(values, 'allow-empty'),
      ...(history !== undefined ? { history } : {}),
      ...(json !== undefined ? { jsonPath: json } : {}),
      ...(html !== undefined ? { htmlPath: html } : {}),
      console: { color: context.color === true },
    });
    context.out(reportText(outcome.console, context));
    if (extras.note) context.out(`${extras.note}\n`);
    await extras.save(outcome.report);
    for (const message of outcome.unwritten ?? []) context.err(`parallel-tests: ${message}\n`);
    return outcome.exitCode;
  },
};

async function reportExtrasOf(values: OptionValues, cwd: string, context: CommandContext) {
  const { reportExtras } = await import('../commands/report-options.js');
  const [threshold, compare, baseBranch, cacheDir, branch] = [
    'coverage-threshold',
    'compare',
    'base-branch',
    'cache-dir',
    'branch',
  ].map((name) => str(values, name));
  return reportExtras(
    {
      coverage: list(values, 'coverage'),
      threshold,
      compare,
      baseBranch,
      allowEmpty: flag(values, 'allow-empty'),
    },
    { cwd, cacheDir, branch, warn: warner(context) },
  );
}

const plan: CommandSpec = {
  name: 'plan',
  summary: 'core allocation and timing-balanced shards -> the matrix',
  options: {
    config: { type: 'string', value: 'FILE', default: DEFAULT_CONFIG, help: 'the config' },
    timings: {
      type: 'string',
      value: '[SUITE=]FILE',
      multiple: true,
      default: [],
      help: 'earlier durations, oldest first (JUnit/TRX globs or .test_durations)',
    },
    tests: {
      type: 'string',
      value: '[SUITE=]FILE',
      multiple: true,
      default: [],
      help: 'the tests about to run, one id a line (e.g. pytest --collect-only -q)',
    },
    shards: { type: 'string', value: 'N', help: 'shards for every suite, overriding the config' },
    local: {
      type: 'boolean',
      help: "shard files for one machine or another CI: more than a GitHub matrix's 256 jobs allowed",
    },
    'host-cores': {
      type: 'string',
      value: 'N',
      help: "allocate for a host with N cores (default: the config's host, else this machine)",
    },
    out: { type: 'string', value: 'DIR', default: DEFAULT_SHARD_DIR, help: 'where shard files go' },
    json: { type: 'boolean', help: 'print the plan as JSON (matrix, suites, allocation, warnings)' },
    explain: {
      type: 'boolean',
      help: 'print the allocation and the matrix as tables (the default without --json)',
    },
    ...HISTORY_OPTIONS,
    'default-branch': {
      type: 'string',
      value: 'NAME',
      help: "with --cache-dir: restore this branch's newest history when --branch has none",
    },
  },
  async run(values, _positionals, context) {
    const shards = wholeNumber(str(values, 'shards'), '--shards');
    const hostCores = wholeNumber(str(values, 'host-cores'), '--host-cores');
    const cwd = context.cwd;
    const history = await historyOf(values, cwd, context, str(values, 'default-branch'));
    const { runPlan } = await import('../commands/plan.js');
    const outcome = await runPlan({
      cwd,
      configPath: str(values, 'config') ?? DEFAULT_CONFIG,
      timings: list(values, 'timings'),
      tests: list(values, 'tests'),
      shardDir: str(values, 'out') ?? DEFAULT_SHARD_DIR,
      ...(history !== undefined ? { history } : {}),
      ...(shards !== undefined ? { shards } : {}),
      ...(hostCores !== undefined ? { hostCores } : {}),
      ...(flag(values, 'local') ? { local: true } : {}),
    });
    if (flag(values, 'json')) {
      context.out(`${JSON.stringify(outcome.json, null, 2)}\n`);
      if (flag(values, 'explain')) context.err(outcome.explanation);
    } else {
      context.out(outcome.explanation);
    }
    return EXIT.passed;
  },
};

const IMAGE_OPTIONS: Record<string, OptionSpec> = {
  config: {
    type: 'string',
    value: 'FILE',
    default: DEFAULT_CONFIG,
    help: 'the config with an "image" section',
  },
  'build-arg': {
    type: 'string',
    value: 'KEY=VALUE',
    multiple: true,
    default: [],
    help: "over the config's build args (part of the cache key)",
  },
  'cache-dir': { type: 'string', value: 'DIR', help: 'the local cache (default ~/.cache/parallel-tests)' },
};

async function imageDeps(values: OptionValues, context: CommandContext) {
  const [{ LocalCacheStore }, { execProcess }] = await Promise.all([
    import('../stores/local-cache-store.js'),
    import('../exec.js'),
  ]);
  const cwd = context.cwd;
  return {
    exec: execProcess,
    store: new LocalCacheStore({
      root: path.resolve(cwd, str(values, 'cache-dir') ?? DEFAULT_CACHE_DIR),
      cwd,
    }),
    log: (line: string) => context.err(`${line}\n`),
    warn: warner(context),
  };
}

const image: CommandSpec = {
  name: 'image',
  summary: 'build the test image, or restore it from the cache when its key is there',
  options: {
    ...IMAGE_OPTIONS,
    'lookup-only': { type: 'boolean', help: 'only say whether the cache has the image (exit 0 either way)' },
    json: { type: 'string', value: 'FILE', help: 'write {image, key, cacheHit} to FILE' },
  },
  async run(values, _positionals, context) {
    const { runImage } = await import('../commands/image.js');
    const outcome = await runImage(
      {
        cwd: context.cwd,
        configPath: str(values, 'config') ?? DEFAULT_CONFIG,
        buildArgs: list(values, 'build-arg'),
        lookupOnly: flag(values, 'lookup-only'),
      },
      await imageDeps(values, context),
    );
    const json = str(values, 'json');
    if (json !== undefined) {
      const { writeFile } = await import('node:fs/promises');
      const report = { image: outcome.image, key: outcome.key, cacheHit: outcome.cacheHit };
      await writeFile(path.resolve(context.cwd, json), `${JSON.stringify(report, null, 2)}\n`);
    }
    const state =
      outcome.source === 'lookup'
        ? outcome.cacheHit
          ? 'in the cache'
          : 'not in the cache'
        : `ready (${outcome.source})`;
    context.out(`${outcome.image}: ${state}, key ${outcome.key}\n`);
    return EXIT.passed;
  },
};

const serve: CommandSpec = {
  name: 'serve',
  summary: 'image, then the test server healthy, then CMD; the server is torn down on any end',
  args: '-- CMD ARGS...',
  positionals: true,
  options: IMAGE_OPTIONS,
  notes: ["The server goes when CMD ends, fails or is interrupted; the exit code is CMD's."],
  async run(values, positionals, context) {
    if (positionals.length === 0)
      throw new InputError('serve needs a command to run: serve [options] -- CMD ARGS...');
    const { runServe } = await import('../commands/serve.js');
    return runServe(
      {
        cwd: context.cwd,
        configPath: str(values, 'config') ?? DEFAULT_CONFIG,
        buildArgs: list(values, 'build-arg'),
        command: positionals,
        name: `parallel-tests-${process.pid}`,
      },
      await imageDeps(values, context),
    );
  },
};

const run: CommandSpec = {
  name: 'run',
  summary: 'run the suites here: image and server when needed, every suite at once on its cores, the report',
  options: {
    config: { type: 'string', value: 'FILE', default: DEFAULT_CONFIG, help: 'the config' },
    suite: {
      type: 'string',
      value: 'NAME',
      multiple: true,
      default: [],
      help: 'only this suite',
    },
    shard: {
      type: 'string',
      value: 'I/N',
      help: "shard I of N of each suite, from plan's files in .parallel-tests/plan",
    },
    'no-build': { type: 'boolean', help: "use the config's image as it is (no build or restore)" },
    sequential: {
      type: 'boolean',
      help: 'the same suites one after another (to compare with the parallel run)',
    },
    'build-arg': IMAGE_OPTIONS['build-arg']!,
    'cache-dir': IMAGE_OPTIONS['cache-dir']!,
    'results-dir': {
      type: 'string',
      value: 'DIR',
      default: 'TestResults',
      help: 'where <run-id>/<suite>-<shard>/ go',
    },
    json: { type: 'string', value: 'FILE', help: 'also write the JSON report to FILE' },
    html: {
      type: 'string',
      value: 'FILE',
      help: 'also write the HTML report (one self-contained page) to FILE',
    },
  },
  notes: [
    'Each suite shard leaves its results, parallel-tests-job.json and output.log in DIR/<run-id>/<suite>-<shard>/.',
  ],
  async run(values, _positionals, context) {
    const { runRun, parseShardOption } = await import('../commands/run.js');
    const shard = parseShardOption(str(values, 'shard'));
    const json = str(values, 'json');
    const html = str(values, 'html');
    const outcome = await runRun(
      {
        cwd: context.cwd,
        configPath: str(values, 'config') ?? DEFAULT_CONFIG,
        suites: list(values, 'suite'),
        ...(shard ? { shard } : {}),
        shardDir: DEFAULT_SHARD_DIR,
        noBuild: flag(values, 'no-build'),
        sequential: flag(values, 'sequential'),
        buildArgs: list(values, 'build-arg'),
        resultsDir: str(values, 'results-dir') ?? 'TestResults',
        ...(json !== undefined ? { jsonPath: json } : {}),
        ...(html !== undefined ? { htmlPath: html } : {}),
        color: context.color === true,
      },
      {
        ...(await imageDeps(values, context)),
        // The report at the end holds text from result files; the suites' lines go to err.
        out: (text) => context.out(reportText(text, context)),
        env: process.env,
      },
    );
    return outcome.exitCode;
  },
};

const init: CommandSpec = {
  name: 'init',
  summary: 'write a starter parallel-tests.yml from a preset or from the tests the repository holds',
  options: {
    preset: {
      type: 'string',
      value: 'NAME',
      default: 'detect',
      help: 'honua, pytest-xdist, or detect (suites proposed from the repository, saying what it found)',
    },
    out: {
      type: 'string',
      value: 'FILE',
      default: DEFAULT_CONFIG,
      help: 'where to write it',
    },
    force: { type: 'boolean', help: 'replace an existing file (never replaced without it)' },
  },
  async run(values, _positionals, context) {
    const { runInit } = await import('../commands/init.js');
    const outcome = await runInit({
      cwd: context.cwd,
      preset: str(values, 'preset') ?? 'detect',
      outPath: str(values, 'out') ?? DEFAULT_CONFIG,
      force: flag(values, 'force'),
    });
    context.err(`${outcome.message}\n`);
    return outcome.exitCode;
  },
};

const generate: CommandSpec = {
  name: 'generate',
  summary: 'write the GitHub Actions workflow for the config: plan, image, test matrix, report',
  options: {
    config: {
      type: 'string',
      value: 'FILE',
      default: DEFAULT_CONFIG,
      help: 'the config',
    },
    out: {
      type: 'string',
      value: 'FILE',
      default: '.github/workflows/parallel-tests.yml',
      help: 'the workflow',
    },
    pin: {
      type: 'string',
      multiple: true,
      value: "'OWNER/REPO@SHA # VERSION'",
      help: "an action's full commit SHA and its tag, over the config's workflow.pins",
    },
    check: {
      type: 'boolean',
      help: 'write nothing; exit 1 with a unified diff when the file is stale or missing',
    },
  },
  notes: ['Every action is pinned to a full commit SHA; a missing pin is an error naming it, never a tag.'],
  async run(values, _positionals, context) {
    const { runGenerate } = await import('../commands/generate.js');
    const outcome = await runGenerate({
      cwd: context.cwd,
      configPath: str(values, 'config') ?? DEFAULT_CONFIG,
      outPath: str(values, 'out') ?? '.github/workflows/parallel-tests.yml',
      pins: list(values, 'pin'),
      check: flag(values, 'check'),
    });
    context.out(outcome.stdout);
    context.err(`${outcome.message}\n`);
    return outcome.exitCode;
  },
};

/** The commands in the order the usage lists them. */
export const COMMANDS: readonly CommandSpec[] = [aggregate, plan, image, serve, run, init, generate];

/** Named in the design, not built yet: asking for one says so instead of pretending. */
export const LATER: readonly string[] = [];
