/**
 * The plan (pure): core allocation for one host, and for a GitHub matrix each suite's budget
 * on runner sizes, its tests balanced into shards, and the matrix entries that run them.
 */
import type { Config, SuiteConfig } from '../config/config.js';
import type { Framework as SuiteFramework } from '../config/frameworks.js';
import { InputError } from '../errors.js';
import {
  type Allocation,
  allocateCores,
  budgets,
  chooseRunner,
  type RunnerChoice,
  workersPerJob,
} from './allocate.js';
import {
  type CostModel,
  fitCostModel,
  type Granularity,
  type JobSample,
  NO_COST,
  planWithModel,
} from './cost-model.js';
import { type Estimate, estimateDurations, smoothHistory } from './durations.js';
import { autoShardCount, MAX_MATRIX_JOBS, type ShardPlan } from './shard.js';
import { idStyleOf, unitOf } from './test-ids.js';

/**
 * Shards one suite may have in a local plan (`local`: shard files for one machine or another CI,
 * no GitHub matrix). Past this it is not a plan but a typo: --shards 999999999999 crashed
 * allocating the shard list ("Invalid array length").
 */
export const MAX_LOCAL_SHARDS = 100_000;

/** Minutes a matrix job spends before its first test (checkout, setup, image restore). */
export const DEFAULT_JOB_OVERHEAD_SECONDS = 90;

export interface PlanInput {
  config: Config;
  /** Cores of the host the local allocation is for; default the config's host. */
  hostCores: number;
  /** Per suite: durations (test id -> seconds) of earlier runs, oldest first. */
  timings: ReadonlyMap<string, readonly Map<string, number>[]>;
  /** Per suite: the tests about to run, when a collection step listed them. */
  tests: ReadonlyMap<string, readonly string[]>;
  /** Per suite: earlier jobs (job records and their tests), for fitting the cost model. */
  jobs?: ReadonlyMap<string, readonly JobSample[]>;
  /** Shards for every suite, overriding the config. */
  shards?: number;
  jobOverheadSeconds?: number;
  /** Where the shard files go, relative to the repository (the matrix names them). */
  shardDir: string;
  /**
   * A plan for one machine or another CI rather than a GitHub matrix: more jobs than GitHub runs
   * from one matrix are allowed (up to MAX_LOCAL_SHARDS a suite).
   */
  local?: boolean;
}

export interface SuitePlan {
  suite: string;
  framework: SuiteFramework;
  runner: RunnerChoice;
  /** Workers in each of its matrix jobs: the budget's workers over the shards there are. */
  workers: number;
  shards: ShardPlan;
  /** Test ids with a duration from history / estimated / known but no longer listed. */
  matched: number;
  estimated: number;
  dropped: number;
  /** Recorded zeros counted at the suite's per-test floor. */
  zeros: number;
  /** Whether any earlier duration was known (else shards are split by count, seconds unknown). */
  timed: boolean;
  /** The shard cost the plan was made with (cost-model.ts) and where its per-unit cost came from. */
  cost: CostModel;
  /** How the tests were cut, and the modelled longest shard of each way tried (seconds). */
  granularity: Granularity;
  compared: { granularity: Granularity; makespan: number }[];
}

/** One matrix job; keys are what a workflow reads as matrix.<key>. */
export interface MatrixEntry {
  suite: string;
  framework: SuiteFramework;
  shard: number;
  shards: number;
  workers: number;
  cores: number;
  'runs-on': string[];
  'timeout-minutes': number;
  'catch-all': boolean;
  /** Tests listed for this shard (the catch-all also runs every test no shard lists). */
  tests: number;
  /** From earlier durations; null when no timing of the suite was known (the shard was split by count). */
  'estimated-seconds': number | null;
  /** The selection file of this shard, relative to the repository. */
  'tests-file': string;
}

export interface ShardFile {
  path: string;
  suite: string;
  mode: 'include' | 'exclude';
  tests: string[];
}

export interface Plan {
  allocation: Allocation;
  suites: SuitePlan[];
  matrix: { include: MatrixEntry[] };
  files: ShardFile[];
  warnings: string[];
}

function shardCount(
  suite: SuiteConfig,
  input: PlanInput,
  runner: RunnerChoice,
  estimate: Estimate,
  cost: CostModel,
  warnings: string[],
): number {
  const wanted = wantedShards(suite, input, runner, estimate, cost, warnings);
  checkShardCount(suite, input, wanted);
  // More shards than tests would leave an include shard with nothing to run (pytest exits 5).
  const tests = estimate.durations.size;
  if (tests > 0 && wanted > tests) {
    warnings.push(
      `suite "${suite.name}": ${wanted} shards for ${tests} tests; planned ${tests}, one test each`,
    );
    return tests;
  }
  return wanted;
}

/**
 * Asked-for shards beyond what can run are bad input, before anything is allocated: GitHub
 * refuses a matrix of more than 256 jobs (so 100,000 shards wrote 100,000 files for nothing),
 * and a local plan has its own bound.
 */
function checkShardCount(suite: SuiteConfig, input: PlanInput, wanted: number): void {
  const limit = input.local ? MAX_LOCAL_SHARDS : MAX_MATRIX_JOBS;
  if (wanted <= limit) return;
  const asked =
    input.shards !== undefined
      ? `${wanted} shards were asked for every suite`
      : `${input.config.file}:${suite.line}: suite "${suite.name}" asks for ${wanted} shards`;
  throw new InputError(
    input.local
      ? `${asked}; a local plan has at most ${MAX_LOCAL_SHARDS} shards a suite`
      : `${asked}; a GitHub matrix runs at most ${MAX_MATRIX_JOBS} jobs (plan with --local for shards run elsewhere)`,
  );
}

function wantedShards(
  suite: SuiteConfig,
  input: PlanInput,
  runner: RunnerChoice,
  estimate: Estimate,
  cost: CostModel,
  warnings: string[],
): number {
  const durations = estimate.durations;
  if (input.shards !== undefined) return input.shards;
  if (durations.size === 0) {
    if (suite.shards !== 1 && !(suite.shards === 'auto' && runner.jobs === 1)) {
      warnings.push(
        `suite "${suite.name}": no timings and no test list, so its tests cannot be split; it runs as one shard`,
      );
    }
    return 1;
  }
  if (suite.shards !== 'auto') return suite.shards;
  // Without any timing the seconds are guesses: as many shards as the budget has jobs.
  if (!estimate.timed) return runner.jobs;
  // The model's work: every test, and each unit's setup once (as when units are kept whole);
  // its start-up is paid by every shard, like the job's own overhead.
  let total = 0;
  let longest = 0;
  const units = new Set<string>();
  const style = idStyleOf(suite.framework);
  for (const [id, seconds] of durations) {
    total += seconds;
    longest = Math.max(longest, seconds);
    if (cost.unitSeconds > 0) units.add(unitOf(style, id));
  }
  const byTime = autoShardCount({
    total: total + cost.unitSeconds * units.size,
    longest: longest + cost.unitSeconds,
    targetSeconds: suite.targetMinutes * 60,
    overheadSeconds: (input.jobOverheadSeconds ?? DEFAULT_JOB_OVERHEAD_SECONDS) + cost.startupSeconds,
  });
  return Math.min(MAX_MATRIX_JOBS, Math.max(byTime, runner.jobs));
}

/**
 * A suite's shard cost: its per-file cost as declared (file-setup-seconds), else fitted from
 * earlier jobs, else none (single tests). A fit's start-up is kept beside a declared cost.
 */
function costModelOf(suite: SuiteConfig, jobs: readonly JobSample[]): CostModel {
  const fitted = fitCostModel(jobs);
  if (suite.fileSetupSeconds !== undefined) {
    return {
      startupSeconds: fitted?.startupSeconds ?? 0,
      unitSeconds: suite.fileSetupSeconds,
      source: 'config',
    };
  }
  return fitted ?? NO_COST;
}

function shardPath(dir: string, suite: string, index: number): string {
  return `${dir.replace(/\/+$/, '')}/${suite}/shard-${index + 1}.txt`;
}

export function planRun(input: PlanInput): Plan {
  const { config } = input;
  const reference = {
    cores: config.host.cores ?? input.hostCores,
    reserved: config.host.reserved,
    spare: config.host.spare,
  };
  const allocation = allocateCores(config.suites, reference, input.hostCores);
  const wanted = budgets(config.suites, reference.cores - reference.reserved - reference.spare);
  const warnings: string[] = [];
  const suites: SuitePlan[] = [];
  const include: MatrixEntry[] = [];
  const files: ShardFile[] = [];

  config.suites.forEach((suite, i) => {
    const style = idStyleOf(suite.framework);
    const runner = chooseRunner(wanted[i]!, config.runners);
    const history = input.timings.get(suite.name) ?? [];
    const tests = input.tests.get(suite.name);
    const estimate = estimateDurations(smoothHistory(history), tests ? { tests, style } : { style });
    for (const w of estimate.warnings) warnings.push(`suite "${suite.name}": ${w}`);
    const cost = costModelOf(suite, input.jobs?.get(suite.name) ?? []);
    const count = shardCount(suite, input, runner, estimate, cost, warnings);
    if (typeof suite.shards === 'number' && input.shards === undefined && count < runner.jobs) {
      warnings.push(
        `suite "${suite.name}": ${count} shard(s) on ${runner.runner.cores}-core runners use less than its ${wanted[i]!.cores}-core budget (${runner.jobs} jobs would)`,
      );
    }
    // The budget's workers spread over the jobs there really are (fewer shards: more each).
    const workers = workersPerJob(wanted[i]!.workers, runner.runner.cores, count);
    const choice = planWithModel(estimate.durations, { shards: count, style, model: cost, workers });
    const shards = choice.plan;
    suites.push({
      suite: suite.name,
      framework: suite.framework,
      runner,
      workers,
      shards,
      matched: estimate.matched,
      estimated: estimate.estimated,
      dropped: estimate.dropped,
      zeros: estimate.zeros,
      timed: estimate.timed,
      cost,
      granularity: choice.granularity,
      compared: choice.compared,
    });
    for (const shard of shards.shards) {
      const path = shardPath(input.shardDir, suite.name, shard.index);
      // The catch-all runs everything the other shards do not: its own tests and any new ones.
      files.push(
        shard.catchAll
          ? {
              path,
              suite: suite.name,
              mode: 'exclude',
              tests: shards.shards.filter((s) => s !== shard).flatMap((s) => s.tests),
            }
          : { path, suite: suite.name, mode: 'include', tests: shard.tests },
      );
      include.push({
        suite: suite.name,
        framework: suite.framework,
        shard: shard.index + 1,
        shards: shards.shards.length,
        workers,
        cores: runner.runner.cores,
        'runs-on': runner.runner.labels,
        'timeout-minutes': suite.timeoutMinutes,
        'catch-all': shard.catchAll,
        tests: shard.tests.length,
        'estimated-seconds': estimate.timed ? Math.round(shard.estimated * 10) / 10 : null,
        'tests-file': path,
      });
    }
  });
  if (include.length > MAX_MATRIX_JOBS && !input.local) {
    const counts = suites.map((s) => `${s.suite} ${s.shards.shards.length}`).join(', ');
    throw new InputError(
      `${config.file}: the matrix would have ${include.length} jobs (${counts}); GitHub runs at most ${MAX_MATRIX_JOBS} from one matrix: give the suites fewer shards (or plan with --local for shards run elsewhere)`,
    );
  }
  return { allocation, suites, matrix: { include }, files, warnings };
}
