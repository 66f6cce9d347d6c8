/**
 * Live progress of a local run: one line for every suite (state, elapsed, tests done where the
 * runner's output tells), printed every few seconds while suites run. Pure: lines and times in,
 * counts and text out; the orchestrator owns the clock and the printing.
 */
import type { Framework } from '../config/frameworks.js';

/**
 * pytest's progress line: one character per finished test, then the percentage, after the test
 * file's path without xdist (`tests/test_a.py ..F.s  [ 42%]`) and alone with it
 * (`........  [ 52%]`); in -q mode the percentage may be missing.
 */
const PYTEST_PROGRESS = /^(?:\S+\.py\s+)?([.FEsxXp]+)(?:\s+\[\s*\d{1,3}%\])?$/;

/** `dotnet test` with a console logger at normal verbosity: `  Passed Ns.Class.Test [12 ms]`. */
const DOTNET_RESULT = /^\s+(?:Passed|Failed|Skipped)\s+\S.*\[[^\]]*\]$/;

/** How many tests finished according to one line of a suite's output; 0 when the line does not say. */
export function testsDoneIn(framework: Framework, line: string): number {
  if (framework === 'pytest') {
    const m = PYTEST_PROGRESS.exec(line.trimEnd());
    return m ? m[1]!.length : 0;
  }
  if (framework === 'xunit' || framework === 'dotnet' || framework === 'nunit') {
    return DOTNET_RESULT.test(line) ? 1 : 0;
  }
  return 0;
}

export interface SuiteProgress {
  name: string;
  framework: Framework;
  /** 'waiting' until it starts; then 'running'; then the shard's status. */
  state: string;
  /** Epoch ms. */
  start?: number;
  end?: number;
  /** Tests done so far as the output told (0 when it does not tell); the final count once ended. */
  tests: number;
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(0)} s` : `${Math.floor(s / 60)}m ${Math.round(s % 60)}s`;
}

/** One line: `parallel-tests: 12 s | csharp running 12 s, 40 tests | python passed in 8 s, 137 tests`. */
export function renderProgress(suites: readonly SuiteProgress[], startedMs: number, nowMs: number): string {
  const parts = suites.map((s) => {
    if (s.start === undefined) return `${s.name} ${s.state}`;
    const elapsed = seconds((s.end ?? nowMs) - s.start);
    const done = s.tests > 0 ? `, ${s.tests} test${s.tests === 1 ? '' : 's'}` : '';
    return s.end === undefined
      ? `${s.name} ${s.state} ${elapsed}${done}`
      : `${s.name} ${s.state} in ${elapsed}${done}`;
  });
  return `parallel-tests: ${seconds(nowMs - startedMs)} | ${parts.join(' | ')}`;
}
