/**
 * Issue 15, fuzz: seeded random mutations of the corpus files (truncations, byte flips,
 * duplicated and deleted tags, junk and entity references, odd attribute values, UTF-16), each
 * read the way `aggregate` reads them beside one good file. Every input must end with counts
 * or a per-file error (never a throw), leave the good file's counts as they were, and finish
 * within INPUT_MS; the whole run's memory stays bounded.
 *
 * The inputs are made and read in a child process (fuzz-driver.ts) so that a hang is caught:
 * no report for INPUT_MS kills the child and fails the test, naming the input. Input i depends
 * on the seed and i only: FUZZ_ONLY=i FUZZ_SEED=... replays it. FUZZ_BUDGET_MS sets the time
 * spent making inputs (default 25 s).
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, ROOT } from '../helpers/paths.js';
import type { FuzzMessage } from './fuzz-driver.js';

const SEED = Number(process.env.FUZZ_SEED ?? 0x15f0220);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 25_000);
/** One input (two files through collect, fold and render) taking this long is a hang. */
const INPUT_MS = 5_000;
/** tsx compiling the driver and the sources on a busy 2-core machine. */
const STARTUP_MS = 30_000;
const RSS_GROWTH = 300 * 1024 * 1024;

interface Run {
  messages: FuzzMessage[];
  /** Why the child was stopped or ended badly, if it was. */
  failure?: string;
}

function runDriver(): Promise<Run> {
  const child = fork(path.join(ROOT, 'test/hostile/fuzz-driver.ts'), [], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      FUZZ_CORPUS: CORPUS,
      FUZZ_SEED: String(SEED),
      FUZZ_BUDGET_MS: String(BUDGET_MS),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const run: Run = { messages: [] };
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout;
    let lastDone = -1;
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        run.failure = `no report for ${ms} ms after input ${lastDone}: input ${lastDone + 1} hangs (replay: FUZZ_SEED=${SEED} FUZZ_ONLY=${lastDone + 1})`;
        child.kill('SIGKILL');
      }, ms);
    };
    arm(STARTUP_MS);
    child.on('message', (message: FuzzMessage) => {
      run.messages.push(message);
      if (message.type === 'done') lastDone = message.i;
      if (message.type === 'end') clearTimeout(timer);
      else arm(INPUT_MS);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (run.failure === undefined && code !== 0) run.failure = `the driver exited with ${code ?? signal}`;
      resolve(run);
    });
  });
}

describe('issue 15: random mutations of the corpus', () => {
  it(
    'every mutated input ends with counts or a per-file error, the good file intact, in bounded time and memory',
    async () => {
      const run = await runDriver();
      const done = run.messages.flatMap((m) => (m.type === 'done' ? [m] : []));
      const end = run.messages.find((m) => m.type === 'end');
      const errors = done.filter((m) => m.error).length;
      const slowest = done.reduce((a, m) => Math.max(a, m.ms), 0);
      console.log(
        `fuzz: seed ${SEED}, ${done.length} mutated inputs tried in ${((end?.ms ?? 0) / 1000).toFixed(1)} s ` +
          `(${errors} ended with a per-file error, ${done.length - errors} with counts; slowest ${slowest.toFixed(0)} ms)` +
          (end
            ? `, rss ${(end.rssStart / 2 ** 20).toFixed(0)} -> peak ${(end.rssPeak / 2 ** 20).toFixed(0)} MB`
            : ''),
      );
      expect(run.failure).toBeUndefined();
      const broken = done
        .filter((m) => m.problems.length > 0 || m.ms > INPUT_MS)
        .slice(0, 5)
        .map(
          (m) =>
            `input ${m.i} (${m.source}: ${m.mutations.join(' + ')}): ${m.problems.join('; ') || `${m.ms.toFixed(0)} ms`}`,
        );
      expect(broken).toEqual([]);
      expect(end).toBeDefined();
      expect(done.length).toBe(end!.type === 'end' ? end!.tried : -1);
      // Fewer than this means the budget was spent on something else than fuzzing.
      expect(done.length).toBeGreaterThan(500);
      // Both outcomes were reached: the mutations do break files, and not every one of them.
      expect(errors).toBeGreaterThan(done.length / 10);
      expect(done.length - errors).toBeGreaterThan(done.length / 10);
      if (end?.type === 'end') expect(end.rssPeak - end.rssStart).toBeLessThan(RSS_GROWTH);
    },
    BUDGET_MS + STARTUP_MS + 20_000,
  );
});
