/** The plan as the matrix job and `plan --json` read it: stable keys, no timestamps (pure). */
import { roundMs } from '../order.js';
import type { Plan } from './plan.js';

export interface PlanJson {
  matrix: Plan['matrix'];
  suites: {
    suite: string;
    runner: string[];
    jobs: number;
    'workers-per-job': number;
    shards: number;
    matched: number;
    estimated: number;
    dropped: number;
    'total-seconds': number;
    'lower-bound-seconds': number;
    'makespan-seconds': number;
  }[];
  allocation: { suite: string; cores: number[]; workers: number; overflow: number }[];
  warnings: string[];
}

export function toPlanJson(plan: Plan): PlanJson {
  return {
    matrix: plan.matrix,
    suites: plan.suites.map((s) => ({
      suite: s.suite,
      runner: s.runner.runner.labels,
      jobs: s.runner.jobs,
      'workers-per-job': s.workers,
      shards: s.shards.shards.length,
      matched: s.matched,
      estimated: s.estimated,
      dropped: s.dropped,
      'total-seconds': roundMs(s.shards.total),
      'lower-bound-seconds': roundMs(s.shards.lowerBound),
      'makespan-seconds': roundMs(s.shards.makespan),
    })),
    allocation: plan.allocation.suites.map((s) => ({
      suite: s.suite,
      cores: s.cores,
      workers: s.workers,
      overflow: s.overflow,
    })),
    warnings: plan.warnings,
  };
}
