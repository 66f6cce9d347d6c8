/**
 * Core allocation (pure): which cores and how many workers each suite gets on one host, and
 * how each suite's budget maps onto GitHub runner sizes.
 *
 * The rule on hosts other than the one the config was written for:
 * 1. On the reference host the budgets stand as written. Elsewhere they are proportions.
 *    Suites without a budget share what is left equally.
 * 2. Reserved and spare cores stay while every suite keeps at least one core of its own;
 *    on smaller hosts spare cores go first, then reserved ones.
 * 3. The remaining cores are split in proportion to the budgets (largest remainder, ties to
 *    the suite listed first), at least one each. With fewer cores than suites, suites share
 *    cores round-robin, one worker each.
 * 4. Workers scale with the suite's cores (rounded, at least 1, at most its cores); the cores
 *    of a budget beyond its workers are overflow (the seed's C# database I/O).
 */
import type { Count, RunnerConfig, SuiteConfig } from '../config/config.js';

export interface HostShape {
  cores: number;
  reserved: number;
  spare: number;
}

export interface SuiteAllocation {
  suite: string;
  /** Core numbers, lowest first; worker cores, then overflow. */
  cores: number[];
  workers: number;
  /** Cores beyond the workers. */
  overflow: number;
  /** True when the host has fewer cores than suites and this suite shares its core. */
  shared: boolean;
}

export interface Allocation {
  host: HostShape;
  /** Reserved and spare after rule 2. */
  reserved: number[];
  spare: number[];
  suites: SuiteAllocation[];
}

type BudgetedSuite = Pick<SuiteConfig, 'name' | 'workers' | 'cores'>;

/** Budgets (cores, workers) as written, auto ones filled in: the proportions on any host. */
export function budgets(
  suites: readonly BudgetedSuite[],
  available: number,
): { cores: number; workers: number }[] {
  const explicit = suites.map((s) => s.cores ?? (typeof s.workers === 'number' ? s.workers : undefined));
  const left = available - explicit.reduce<number>((sum, c) => sum + (c ?? 0), 0);
  const autos = explicit.filter((c) => c === undefined).length;
  const share = autos > 0 ? Math.max(1, Math.floor(left / autos)) : 0;
  return suites.map((s, i) => {
    const cores = explicit[i] ?? share;
    return { cores, workers: typeof s.workers === 'number' ? s.workers : cores };
  });
}

/** Splits `total` in proportion to `weights`: largest remainder, at least one each (total >= n). */
export function proportional(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (sum === 0 ? total / weights.length : (total * w) / sum));
  const parts = quotas.map((q) => Math.max(1, Math.floor(q)));
  let diff = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = quotas
    .map((q, i) => ({ i, r: q - Math.floor(q) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; diff > 0; k++, diff--) parts[byRemainder[k % byRemainder.length]!.i]!++;
  while (diff < 0) {
    // Take from the largest part that can spare one; later suites give first on ties.
    let j = -1;
    for (let i = 0; i < parts.length; i++) if (parts[i]! > 1 && (j === -1 || parts[i]! >= parts[j]!)) j = i;
    parts[j]!--;
    diff++;
  }
  return parts;
}

function scaleWorkers(requested: Count, budget: { cores: number; workers: number }, cores: number): number {
  if (requested === 'auto') return cores;
  return Math.min(cores, Math.max(1, Math.round((budget.workers * cores) / budget.cores)));
}

const range = (start: number, count: number) => Array.from({ length: count }, (_, i) => start + i);

/**
 * Allocates `cores` cores (the host the plan is for) to suites whose budgets were written for
 * `reference` (the config's host).
 */
export function allocateCores(
  suites: readonly BudgetedSuite[],
  reference: HostShape,
  cores: number = reference.cores,
): Allocation {
  const n = suites.length;
  const wanted = budgets(suites, reference.cores - reference.reserved - reference.spare);
  const spare = Math.min(reference.spare, Math.max(0, cores - reference.reserved - n));
  const reserved = Math.min(reference.reserved, Math.max(0, cores - n));
  const available = cores - reserved - spare;
  const host = { cores, reserved, spare };
  const reservedCores = range(0, reserved);
  const spareCores = range(cores - spare, spare);

  if (available < n) {
    // Fewer cores than suites: they take turns on the cores there are.
    return {
      host,
      reserved: reservedCores,
      spare: spareCores,
      suites: suites.map((s, i) => ({
        suite: s.name,
        cores: [reserved + (i % Math.max(1, available))],
        workers: 1,
        overflow: 0,
        shared: true,
      })),
    };
  }
  // On the host the config was written for, the budgets stand as written when they fit (a
  // config without host.cores is written for whatever machine runs it, and may ask for more);
  // anywhere else they are proportions of what there is.
  const same = cores === reference.cores && wanted.reduce((sum, w) => sum + w.cores, 0) <= available;
  const counts = same
    ? wanted.map((w) => w.cores)
    : proportional(
        available,
        wanted.map((w) => w.cores),
      );
  let next = reserved;
  return {
    host,
    reserved: reservedCores,
    spare: spareCores,
    suites: suites.map((s, i) => {
      const count = counts[i]!;
      const workers = same ? Math.min(count, wanted[i]!.workers) : scaleWorkers(s.workers, wanted[i]!, count);
      const allocation = {
        suite: s.name,
        cores: range(next, count),
        workers,
        overflow: count - workers,
        shared: false,
      };
      next += count;
      return allocation;
    }),
  };
}

/** A budget's workers spread over `jobs` jobs on runners of `runnerCores`: at least 1, at most a core each. */
export function workersPerJob(workers: number, runnerCores: number, jobs: number): number {
  return Math.min(runnerCores, Math.max(1, Math.ceil(workers / jobs)));
}

export interface RunnerChoice {
  runner: RunnerConfig;
  /** Jobs the budget needs on that runner size. */
  jobs: number;
  workersPerJob: number;
}

/**
 * Maps a suite's budget onto GitHub runners: the largest runner that fits inside the budget
 * (else the smallest there is), as many jobs as it takes to cover the budget, the workers
 * spread over them.
 */
export function chooseRunner(
  budget: { cores: number; workers: number },
  runners: readonly RunnerConfig[],
): RunnerChoice {
  const bySize = [...runners].sort((a, b) => a.cores - b.cores);
  const fitting = bySize.filter((r) => r.cores <= budget.cores);
  const runner = fitting[fitting.length - 1] ?? bySize[0]!;
  const jobs = Math.max(1, Math.ceil(budget.cores / runner.cores));
  return {
    runner,
    jobs,
    workersPerJob: workersPerJob(budget.workers, runner.cores, jobs),
  };
}
