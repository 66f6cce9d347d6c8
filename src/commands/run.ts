/**
 * The local orchestrator (`parallel-tests run`): the config's suites on this host, the seed's
 * steps in order: verify the environment, image and server when a suite needs them, every suite
 * at once on its CPU range (or one after another with --sequential), aggregate, the report, and
 * the most severe exit code of the suites'. Each suite shard is one runShard (src/run/shard.ts),
 * the same code a matrix job runs in the action.
 */
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { describeError, EXIT, InputError } from '../errors.js';
import type { Exec } from '../exec.js';
import { allocateCores } from '../plan/allocate.js';
import { findTaskset, probeTools } from '../run/probe.js';
import { cpuList } from '../run/process.js';
import { renderProgress, type SuiteProgress, testsDoneIn } from '../run/progress.js';
import { runShard, type ShardOutcome } from '../run/shard.js';
import type { RunningServer } from '../server/server.js';
import type { CacheStore } from '../stores/cache-store.js';
import { runAggregate } from './aggregate.js';
import { runImage } from './image.js';
import { type SignalSource, startConfiguredServer } from './serve.js';

export interface RunSettings {
  cwd: string;
  configPath: string;
  /** Suite names; empty: every suite. */
  suites: string[];
  /** Run shard I of N of each suite, from the plan's selection files in shardDir. */
  shard?: { index: number; count: number };
  shardDir: string;
  noBuild: boolean;
  sequential: boolean;
  buildArgs: string[];
  /** Where TestResults/<run-id>/ goes (default TestResults). */
  resultsDir: string;
  jsonPath?: string;
  /** Colour the report (the CLI decides: a terminal, NO_COLOR unset). */
  color?: boolean;
  /** Where to write the HTML report, if anywhere. */
  htmlPath?: string;
  /** Cores of this host (default: the machine's). */
  hostCores?: number;
  /** Default run-<time>. */
  runId?: string;
  /** A progress line every this many ms while suites run (default 10 s; 0: none). */
  progressMs?: number;
}

export interface RunDeps {
  exec: Exec;
  store: CacheStore;
  /** Our own lines (states, warnings): stderr in the CLI. */
  log: (line: string) => void;
  /** The suites' output, one line at a time, with the suite it came from (the action groups it). */
  onSuiteLine?: (suite: string, line: string) => void;
  /** The report: stdout in the CLI. */
  out: (text: string) => void;
  env: NodeJS.ProcessEnv;
  signals?: SignalSource;
  graceMs?: number;
}

export interface RunOutcome {
  exitCode: number;
  shards: ShardOutcome[];
  runDir: string;
}

export function parseShardOption(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^([1-9]\d*)\/([1-9]\d*)$/.exec(value);
  if (!m || Number(m[1]) > Number(m[2]))
    throw new InputError(`--shard must be I/N with 1 <= I <= N, got "${value}"`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

function runIdNow(): string {
  return `run-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')}`;
}

export async function runRun(settings: RunSettings, deps: RunDeps): Promise<RunOutcome> {
  const { config, baseDir } = await loadConfig(settings.cwd, settings.configPath);
  const unknown = settings.suites.filter((n) => !config.suites.some((s) => s.name === n));
  if (unknown.length > 0)
    throw new InputError(
      `--suite ${unknown.join(', ')}: no such suite in ${config.file} (suites: ${config.suites.map((s) => s.name).join(', ')})`,
    );
  const chosen =
    settings.suites.length > 0
      ? config.suites.filter((s) => settings.suites.includes(s.name))
      : config.suites;
  // The allocation as plan makes it, scaled to this host, for the suites that run.
  const hostCores = settings.hostCores ?? os.availableParallelism();
  const reference = {
    cores: config.host.cores ?? hostCores,
    reserved: config.host.reserved,
    spare: config.host.spare,
  };
  const allocation = allocateCores(chosen, reference, hostCores);
  if (reference.cores !== hostCores)
    deps.log(
      `parallel-tests: the config is written for ${reference.cores} cores; this host has ${hostCores}, budgets scaled`,
    );
  const memoryGb = os.totalmem() / 1024 ** 3;
  deps.log(
    `parallel-tests: ${hostCores} cores, ${memoryGb.toFixed(1)} GB memory; ${chosen.length} suite(s)${settings.sequential ? ', one after another' : ' at once'}`,
  );

  // Verify the environment before anything starts.
  const taskset = await findTaskset(deps.exec);
  if (!taskset) deps.log('parallel-tests: taskset is not here: suites are not pinned to their CPU ranges');
  const needsServer = chosen.some((s) => s.needsServer) && config.server !== undefined;
  let docker: string | undefined;
  if (needsServer) {
    const r = await deps.exec('docker', ['version', '--format', '{{.Server.Version}}'], { env: deps.env });
    if (r.code !== 0)
      docker = `the server needs Docker, which does not answer (${(r.error ?? r.stderr).trim().split('\n')[0]})`;
  }
  const plans = await Promise.all(
    chosen.map(async (suite, i) => {
      const a = allocation.suites[i]!;
      const workers = a.workers;
      const tools = await probeTools(suite, workers, { exec: deps.exec, env: deps.env });
      return { suite, allocation: a, workers, tools };
    }),
  );
  for (const p of plans)
    deps.log(
      `  ${p.suite.name}: ${p.suite.framework}, ${p.workers} worker(s), cores ${cpuList(p.allocation.cores)}${p.allocation.shared ? ' (shared)' : ''}`,
    );

  const runId = settings.runId ?? runIdNow();
  const runDir = path.resolve(settings.cwd, settings.resultsDir, runId);
  const controller = new AbortController();
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal;
    deps.log(`parallel-tests: ${signal}: stopping every suite and the server`);
    controller.abort();
  };
  const signals = deps.signals ?? process;
  signals.once('SIGINT', onSignal);
  signals.once('SIGTERM', onSignal);
  let server: RunningServer | undefined;
  let ticker: NodeJS.Timeout | undefined;
  const shards: ShardOutcome[] = [];
  const started = Date.now();
  try {
    if (needsServer && docker === undefined) {
      try {
        let image: string | undefined = config.image?.name;
        if (config.image && !settings.noBuild) {
          const built = await runImage(
            {
              cwd: settings.cwd,
              configPath: settings.configPath,
              buildArgs: settings.buildArgs,
              lookupOnly: false,
            },
            {
              exec: deps.exec,
              store: deps.store,
              log: deps.log,
              warn: (m) => deps.log(`parallel-tests: warning: ${m}`),
            },
          );
          image = built.image;
        }
        if (!controller.signal.aborted)
          server = await startConfiguredServer(
            { config, baseDir, image: image ?? '' },
            `parallel-tests-run-${process.pid}`,
            {
              exec: deps.exec,
              log: deps.log,
            },
          );
      } catch (err) {
        docker = `the server did not start: ${describeError(err)}`;
      }
    }
    const one = async (p: (typeof plans)[number], live: SuiteProgress): Promise<ShardOutcome> => {
      const shard = settings.shard ?? { index: 1, count: 1 };
      const name = p.suite.name;
      live.state = 'running';
      live.start = Date.now();
      deps.log(`[${name}] started (${p.workers} worker(s) on cores ${cpuList(p.allocation.cores)})`);
      const outcome = await runShard(
        {
          suite: p.suite,
          baseDir,
          shard: shard.index,
          shards: shard.count,
          workers: p.workers,
          cores: p.allocation.cores.length,
          cpus: p.allocation.cores,
          ...(settings.shard
            ? { testsFile: path.resolve(settings.cwd, settings.shardDir, name, `shard-${shard.index}.txt`) }
            : {}),
          outDir: path.join(runDir, `${name}-${shard.index}`),
          runner: os.hostname(),
          env: deps.env,
          tools: p.tools,
          ...(taskset ? { taskset } : {}),
          signal: controller.signal,
          ...(deps.graceMs !== undefined ? { graceMs: deps.graceMs } : {}),
          ...(p.suite.needsServer && docker !== undefined ? { notRun: docker } : {}),
        },
        {
          onLine: (line) => {
            live.tests += testsDoneIn(p.suite.framework, line);
            (deps.onSuiteLine ?? ((s, l) => deps.log(`[${s}] ${l}`)))(name, line);
          },
        },
      );
      live.state = outcome.status;
      live.end = Date.now();
      live.tests = outcome.tests;
      const seconds = ((Date.parse(outcome.record.end) - Date.parse(outcome.record.start)) / 1000).toFixed(1);
      deps.log(
        `[${name}] ${outcome.status}${outcome.status === 'not-run' ? '' : ` in ${seconds} s, ${outcome.tests} tests`}${outcome.record.error ? `: ${outcome.record.error.split('\n')[0]}` : ''}`,
      );
      return outcome;
    };
    const live: SuiteProgress[] = plans.map((p) => ({
      name: p.suite.name,
      framework: p.suite.framework,
      state: 'waiting',
      tests: 0,
    }));
    const progressMs = settings.progressMs ?? 10_000;
    const suitesStarted = Date.now();
    ticker =
      progressMs > 0
        ? setInterval(() => deps.log(renderProgress(live, suitesStarted, Date.now())), progressMs)
        : undefined;
    ticker?.unref();
    if (settings.sequential) {
      for (const [i, p] of plans.entries()) {
        if (controller.signal.aborted) break;
        shards.push(await one(p, live[i]!));
      }
    } else {
      shards.push(...(await Promise.all(plans.map((p, i) => one(p, live[i]!)))));
    }
  } finally {
    if (ticker) clearInterval(ticker);
    signals.removeListener('SIGINT', onSignal);
    signals.removeListener('SIGTERM', onSignal);
    if (server) await server.stop();
  }
  const wall = (Date.now() - started) / 1000;
  const agg = await runAggregate(
    {
      patterns: [`${runDir}/**/*.xml`, `${runDir}/**/*.trx`],
      cwd: settings.cwd,
      allowEmpty: true,
      ...(settings.jsonPath !== undefined ? { jsonPath: settings.jsonPath } : {}),
      ...(settings.htmlPath !== undefined ? { htmlPath: settings.htmlPath } : {}),
      console: {
        color: settings.color === true,
        totalSeconds: wall,
        results: [
          `${path.relative(settings.cwd, runDir) || runDir} (each suite's result files, output.log and job record)`,
        ],
      },
    },
    async () => [],
  );
  deps.out(agg.console);
  for (const message of agg.unwritten ?? []) deps.out(`${message}\n`);
  const codes = [agg.exitCode, ...shards.map((s) => s.exitCode)];
  if (shards.length < plans.length) codes.push(EXIT.infrastructure);
  const exitCode = interrupted ? 128 + (interrupted === 'SIGINT' ? 2 : 15) : Math.max(...codes);
  return { exitCode, shards, runDir };
}
