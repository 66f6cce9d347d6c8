/**
 * Issue 14's bench: expected makespan over the lower bound of plans made ahead of time, with the
 * luck of one plan averaged out, at a per-file setup cost of 0 and of 1 s.
 *
 *   npm run bench -- plan-walk
 *
 * Walk forward through ../shared/timings/localstack: step k plans from snapshots 0..k-1
 * (smoothed, as `plan` does) and the test ids of snapshot k (as collection lists them), and is
 * scored on snapshot k's real durations. Each step's plan is made REPLANS times with every input
 * duration nudged by up to +-0.1 % (fixed seed): no history can tell such inputs apart, so one
 * plan's figure is partly luck and the mean over the re-plans is what a method can be expected
 * to give.
 *
 * Score of a plan = max over shards of (sum of its tests' real durations + cost x distinct files
 * it runs), over LB = max(total / N, longest test) of the real durations (the cost left out of
 * LB, so figures at cost 1 show what the setup adds as well as the imbalance).
 *
 * Methods, all given the same nudged inputs:
 * - ours: estimateDurations + planWithModel told the cost, as the CLI's `plan` does with
 *   file-setup-seconds declared (single tests at cost 0; whole files where the model prefers);
 * - ours, cost-blind: the planner before the cost model (planShards' default split);
 * - least_duration: pytest-split's, given the current ids (bench/walk-forward.ts);
 * - whole-file LPT: ours' estimates, each file one piece of (its seconds + cost), LPT;
 * - oracle: planned on the scored step's own durations (nudged too): the best of test-level LPT,
 *   whole-file LPT and ours' planShards, which only a plan that sees the future could pick.
 *
 * Then a packaging-shaped synthetic suite (see syntheticSuite). The exit code is 0 even when a
 * target is missed: this is a measurement, not a gate.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { compareStrings, roundMs } from '../src/order.js';
import { planWithModel } from '../src/plan/cost-model.js';
import { estimateDurations, smoothHistory } from '../src/plan/durations.js';
import { planShards, type ShardPlan } from '../src/plan/shard.js';
import { unitOf } from '../src/plan/test-ids.js';
import { type Assignment, HISTORY_DIR, leastDuration, loadSnapshots, nudge, random } from './walk-forward.js';

const COUNTS = [4, 8, 16, 32] as const;
/** Seconds of setup a shard pays per distinct file it runs. */
const COSTS = [0, 1] as const;
const REPLANS = 30;
const JITTER = 0.001;
const SEED = 14;
/** The issue's targets. */
const MARGIN = 0.01;
const WORST_AT = 16;
const WORST_TARGET = 1.11;
const SYNTHETIC_TARGET = 1.2;

interface Method {
  name: string;
  /** Whether the plan depends on the cost (else made once and scored at every cost). */
  costAware: boolean;
  /** Candidate plans; the best of them on the real durations is the score (one, except the oracle's). */
  plan(input: PlanInput): Assignment[];
}

interface PlanInput {
  /** Smoothed history, nudged. */
  known: Map<string, number>;
  tests: readonly string[];
  /** The scored run's durations, nudged: only the oracle may look. */
  future: Map<string, number>;
  count: number;
  cost: number;
}

function assignmentOf(plan: ShardPlan): Assignment {
  return { shards: plan.shards.map((s) => s.tests), catchAll: plan.shards.findIndex((s) => s.catchAll) };
}

const fileOf = (id: string): string => unitOf('pytest', id);

/** LPT over pieces (a test or a whole file), each weighing its seconds + `perPiece`. */
function lpt(pieces: { key: string; tests: string[]; seconds: number }[], count: number): Assignment {
  pieces.sort((a, b) => b.seconds - a.seconds || compareStrings(a.key, b.key));
  const shards: string[][] = Array.from({ length: count }, () => []);
  const loads = new Array<number>(count).fill(0);
  for (const piece of pieces) {
    let g = 0;
    for (let i = 1; i < count; i++) if (loads[i]! < loads[g]!) g = i;
    for (const id of piece.tests) shards[g]!.push(id);
    loads[g]! += piece.seconds;
  }
  return { shards, catchAll: 0 };
}

function wholeFileLpt(durations: ReadonlyMap<string, number>, count: number, cost: number): Assignment {
  const files = new Map<string, { key: string; tests: string[]; seconds: number }>();
  for (const [id, seconds] of durations) {
    const key = fileOf(id);
    const file = files.get(key);
    if (file) {
      file.tests.push(id);
      file.seconds += seconds;
    } else files.set(key, { key, tests: [id], seconds: seconds + cost });
  }
  return lpt([...files.values()], count);
}

function testLpt(durations: ReadonlyMap<string, number>, count: number): Assignment {
  return lpt(
    [...durations].map(([id, seconds]) => ({ key: id, tests: [id], seconds })),
    count,
  );
}

/** As `plan` does, told the per-file cost as a user declares it (file-setup-seconds). */
function oursPlan(input: PlanInput): Assignment {
  const { durations } = estimateDurations(input.known, { tests: input.tests, style: 'pytest' });
  const model = { startupSeconds: 0, unitSeconds: input.cost, source: 'config' as const };
  return assignmentOf(
    planWithModel(durations, { shards: input.count, style: 'pytest', model, workers: 1 }).plan,
  );
}

/** The planner before the cost model: files whole up to a quarter of a shard, blind to the cost. */
function blindPlan(input: PlanInput): Assignment {
  const { durations } = estimateDurations(input.known, { tests: input.tests, style: 'pytest' });
  return assignmentOf(planShards(durations, { shards: input.count, style: 'pytest' }));
}

const METHODS: Method[] = [
  { name: 'ours', costAware: true, plan: (input) => [oursPlan(input)] },
  { name: 'ours, cost-blind', costAware: false, plan: (input) => [blindPlan(input)] },
  {
    name: 'least_duration',
    costAware: false,
    plan: ({ known, tests, count }) => [leastDuration(known, tests, count)],
  },
  {
    name: 'whole-file LPT',
    costAware: true,
    plan: ({ known, tests, count, cost }) => [
      wholeFileLpt(estimateDurations(known, { tests, style: 'pytest' }).durations, count, cost),
    ],
  },
  {
    name: 'oracle',
    costAware: true,
    plan: ({ future, count, cost }) => [
      testLpt(future, count),
      wholeFileLpt(future, count, cost),
      assignmentOf(planShards(future, { shards: count, style: 'pytest' })),
    ],
  },
];

/** Realised makespan of `a` on the real durations with `cost` per distinct file per shard. */
function makespanOf(a: Assignment, actual: ReadonlyMap<string, number>, cost: number): number {
  const loads = new Array<number>(a.shards.length).fill(0);
  const listed = new Set<string>();
  a.shards.forEach((tests, i) => {
    const files = new Set<string>();
    for (const id of tests) {
      listed.add(id);
      loads[i]! += actual.get(id) ?? 0;
      files.add(fileOf(id));
    }
    loads[i]! += cost * files.size;
  });
  const unlisted = [...actual.keys()].filter((id) => !listed.has(id));
  if (unlisted.length > 0) {
    if (a.catchAll < 0) throw new Error(`${unlisted.length} tests ran nowhere`);
    const files = new Set(a.shards[a.catchAll]!.map(fileOf));
    for (const id of unlisted) {
      loads[a.catchAll]! += actual.get(id)!;
      if (!files.has(fileOf(id))) {
        files.add(fileOf(id));
        loads[a.catchAll]! += cost;
      }
    }
  }
  let max = 0;
  for (const load of loads) max = Math.max(max, load);
  return max;
}

function lowerBound(actual: ReadonlyMap<string, number>, count: number): number {
  let total = 0;
  let longest = 0;
  for (const seconds of actual.values()) {
    total += seconds;
    longest = Math.max(longest, seconds);
  }
  return Math.max(total / count, longest);
}

/** One step, scored: ratio[method][cost][count] = mean over the re-plans. */
type StepScores = Map<string, Map<number, Map<number, number>>>;

interface Step {
  label: string;
  history: Map<string, number>[];
  actual: Map<string, number>;
}

function scoreStep(
  step: Step,
  methods: readonly Method[],
  options: { replans: number; counts: readonly number[]; costs: readonly number[]; seed: number },
): StepScores {
  const smoothed = smoothHistory(step.history);
  const tests = [...step.actual.keys()];
  const sums: StepScores = new Map(
    methods.map((m) => [
      m.name,
      new Map(options.costs.map((c) => [c, new Map(options.counts.map((n) => [n, 0]))])),
    ]),
  );
  const next = random(options.seed);
  for (let r = 0; r < options.replans; r++) {
    const known = nudge(smoothed, next, JITTER);
    const future = nudge(step.actual, next, JITTER);
    for (const count of options.counts) {
      const lb = lowerBound(step.actual, count);
      for (const method of methods) {
        let blind: Assignment[] | undefined;
        for (const cost of options.costs) {
          const input: PlanInput = { known, tests, future, count, cost };
          if (!method.costAware) blind = blind ?? method.plan(input);
          const candidates = method.costAware ? method.plan(input) : blind!;
          const makespan = Math.min(...candidates.map((a) => makespanOf(a, step.actual, cost)));
          const cell = sums.get(method.name)!.get(cost)!;
          cell.set(count, cell.get(count)! + makespan / lb / options.replans);
        }
      }
    }
  }
  return sums;
}

const fmt = (x: number): string => x.toFixed(3);

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

interface Summary {
  /** [method][cost][count] -> per-step ratios */
  perStep: Map<string, Map<number, Map<number, number[]>>>;
  labels: string[];
}

function summarise(
  steps: readonly Step[],
  scores: readonly StepScores[],
  methods: readonly Method[],
): Summary {
  const perStep: Summary['perStep'] = new Map();
  for (const m of methods) {
    const byCost = new Map<number, Map<number, number[]>>();
    for (const cost of COSTS) {
      byCost.set(cost, new Map(COUNTS.map((n) => [n, scores.map((s) => s.get(m.name)!.get(cost)!.get(n)!)])));
    }
    perStep.set(m.name, byCost);
  }
  return { perStep, labels: steps.map((s) => s.label) };
}

function printTables(summary: Summary, methods: readonly Method[], costs: readonly number[]): void {
  for (const cost of costs) {
    for (const count of COUNTS) {
      console.log(`\ncost ${cost} s/file, N = ${count}`);
      console.log(`  ${'method'.padEnd(18)}${'mean'.padEnd(8)}${'worst'.padEnd(8)}per step`);
      for (const m of methods) {
        const ratios = summary.perStep.get(m.name)!.get(cost)!.get(count)!;
        console.log(
          `  ${m.name.padEnd(18)}${fmt(mean(ratios)).padEnd(8)}${fmt(Math.max(...ratios)).padEnd(8)}` +
            ratios.map(fmt).join(' '),
        );
      }
    }
  }
}

/** The issue's targets on the localstack walk; lines that say what held. */
function checkTargets(summary: Summary): string[] {
  const lines: string[] = [];
  let held = true;
  const cell = (name: string, cost: number, count: number): number[] =>
    summary.perStep.get(name)!.get(cost)!.get(count)!;
  console.log('\nmean over steps (ours | least_duration | whole-file LPT | oracle) and the margin target:');
  for (const cost of COSTS) {
    for (const count of COUNTS) {
      const ours = mean(cell('ours', cost, count));
      const least = mean(cell('least_duration', cost, count));
      const file = mean(cell('whole-file LPT', cost, count));
      const oracle = mean(cell('oracle', cost, count));
      const bound = Math.min(least, file) + MARGIN;
      const ok = ours <= bound;
      held &&= ok;
      console.log(
        `  cost ${cost} N=${String(count).padEnd(3)} ${fmt(ours)} | ${fmt(least)} | ${fmt(file)} | ${fmt(oracle)}` +
          `   ours <= ${fmt(bound)}: ${ok ? 'yes' : 'NO'}`,
      );
    }
  }
  lines.push(
    `Target "ours <= min(least_duration, whole-file LPT) + ${MARGIN} at every N and both costs": ` +
      (held ? 'holds' : 'MISSED'),
  );
  const worst = cell('ours', 0, WORST_AT);
  const worstIndex = worst.indexOf(Math.max(...worst));
  const worstOthers = ['least_duration', 'whole-file LPT', 'oracle']
    .map((name) => `${name} ${fmt(Math.max(...cell(name, 0, WORST_AT)))}`)
    .join(', ');
  lines.push(
    `Worst step at N=${WORST_AT}, cost 0: ours ${fmt(worst[worstIndex]!)} (step ${summary.labels[worstIndex]}); ` +
      `worst of ${worstOthers}`,
  );
  for (const cost of COSTS.filter((c) => c > 0)) {
    const w = cell('ours', cost, WORST_AT);
    lines.push(`Worst step at N=${WORST_AT}, cost ${cost}: ours ${fmt(Math.max(...w))}`);
  }
  lines.push(
    `Target "worst step at N=${WORST_AT} at most ${WORST_TARGET} at cost 0": ` +
      (Math.max(...worst) <= WORST_TARGET ? 'holds' : 'MISSED'),
  );
  return lines;
}

/**
 * A suite shaped like pypa/packaging's (issue 14: 62,435 tests, 50,678 recorded as 0.000): a few
 * hundred files, ZERO_TESTS tests whose call takes under half a millisecond (recorded 0.000, as
 * JUnit rounds), TIMED_TESTS with durations from 1 ms to 0.5 s, SLOW_TESTS of 3-8 s. Each run
 * draws every test's call time afresh (+-20 %), and every test also pays pytest's own per-test
 * overhead (0.5-1.5 ms) that the report does not record: in packaging the shard given 49,151
 * "free" tests took 67.4 s. History = three runs as recorded; scored on a fourth's real times.
 */
const FILES = 300;
const ZERO_TESTS = 50_000;
const TIMED_TESTS = 300;
const SLOW_TESTS = 5;

function syntheticSuite(seed: number): Step {
  const next = random(seed);
  const fileName = (i: number): string => `tests/test_f${String(i).padStart(3, '0')}.py`;
  const base = new Map<string, number>();
  const overhead = new Map<string, number>();
  // Zipf-like file sizes: packaging's test_specifiers / test_version hold most of its cases.
  const weights = Array.from({ length: FILES }, (_, i) => 1 / (i + 1));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  let made = 0;
  weights.forEach((w, i) => {
    const n = i === FILES - 1 ? ZERO_TESTS - made : Math.round((ZERO_TESTS * w) / weightSum);
    for (let k = 0; k < n; k++) base.set(`${fileName(i)}::test_case[${k}]`, next() * 0.0004);
    made += n;
  });
  for (let k = 0; k < TIMED_TESTS; k++) {
    const file = fileName(Math.floor(next() * FILES));
    base.set(`${file}::test_timed_${k}`, 0.001 * 500 ** next());
  }
  for (let k = 0; k < SLOW_TESTS; k++) {
    const file = fileName(Math.floor(next() * FILES));
    base.set(`${file}::test_slow_${k}`, 3 + 5 * next());
  }
  for (const id of [...base.keys()].sort(compareStrings)) overhead.set(id, 0.0005 + 0.001 * next());
  const ids = [...base.keys()].sort(compareStrings);
  const run = (): { recorded: Map<string, number>; real: Map<string, number> } => {
    const recorded = new Map<string, number>();
    const real = new Map<string, number>();
    for (const id of ids) {
      const call = base.get(id)! * (0.8 + 0.4 * next());
      recorded.set(id, roundMs(call));
      real.set(id, call + overhead.get(id)!);
    }
    return { recorded, real };
  };
  const history = [run().recorded, run().recorded, run().recorded];
  return { label: 'synthetic', history, actual: run().real };
}

/**
 * Re-plans of the synthetic suite: all of them. Measured on the 2-core machine: 10 re-plans took
 * 21 s (50,305 tests, N = 4..32, four methods), so 30 keep the whole bench near two minutes.
 */
const SYNTHETIC_REPLANS = REPLANS;

export async function main(): Promise<void> {
  const started = performance.now();
  const snapshots = await loadSnapshots();
  if (snapshots.length < 2) throw new Error(`need at least two snapshots in ${HISTORY_DIR}`);
  const steps: Step[] = [];
  for (let k = 1; k < snapshots.length; k++) {
    steps.push({
      label: snapshots[k]!.date,
      history: snapshots.slice(0, k).map((s) => s.durations),
      actual: snapshots[k]!.durations,
    });
  }
  console.log(
    `Walk forward over ${snapshots.length} localstack snapshots (${snapshots[0]!.date} .. ` +
      `${snapshots[snapshots.length - 1]!.date}), ${steps.length} steps; each plan re-made ${REPLANS} times ` +
      `with inputs nudged by up to +-${JITTER * 100} % (seed ${SEED}).`,
  );
  console.log(
    'ratio = mean over re-plans of max_shard(sum real durations + cost x distinct files) / max(total/N, longest).',
  );
  const scores = steps.map((step, i) =>
    scoreStep(step, METHODS, { replans: REPLANS, counts: COUNTS, costs: COSTS, seed: SEED + i }),
  );
  const summary = summarise(steps, scores, METHODS);
  printTables(summary, METHODS, COSTS);
  const verdict = checkTargets(summary);
  console.log('');
  for (const line of verdict) console.log(line);
  const walkSeconds = (performance.now() - started) / 1000;

  const synStarted = performance.now();
  const synthetic = syntheticSuite(SEED);
  let zeros = 0;
  for (const seconds of synthetic.history[synthetic.history.length - 1]!.values()) if (seconds === 0) zeros++;
  console.log(
    `\nPackaging-shaped synthetic suite: ${synthetic.actual.size} tests in ${FILES} files, ${zeros} recorded ` +
      `as 0 s, ${SLOW_TESTS} of 3-8 s; ${SYNTHETIC_REPLANS} re-plans, cost 0.`,
  );
  const synScores = scoreStep(synthetic, METHODS, {
    replans: SYNTHETIC_REPLANS,
    counts: COUNTS,
    costs: [0],
    seed: SEED,
  });
  console.log(`  ${'method'.padEnd(18)}${COUNTS.map((n) => `N=${n}`.padEnd(8)).join('')}`);
  for (const m of METHODS) {
    const row = COUNTS.map((n) => fmt(synScores.get(m.name)!.get(0)!.get(n)!).padEnd(8));
    console.log(`  ${m.name.padEnd(18)}${row.join('')}`);
  }
  const synWorst = Math.max(...COUNTS.map((n) => synScores.get('ours')!.get(0)!.get(n)!));
  console.log(
    `Target "synthetic: ours within ${SYNTHETIC_TARGET}x of the balanced split at every N": ` +
      `${fmt(synWorst)} ${synWorst <= SYNTHETIC_TARGET ? 'holds' : 'MISSED'}`,
  );
  const synSeconds = (performance.now() - synStarted) / 1000;
  console.log(
    `\nTime: localstack walk ${walkSeconds.toFixed(1)} s, synthetic ${synSeconds.toFixed(1)} s ` +
      `(${SYNTHETIC_REPLANS} re-plans).`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
