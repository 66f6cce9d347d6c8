/** `plan --explain`: the allocation drawn like the seed system's core diagram, then the matrix. Pure. */
import { unitNoun } from './cost-model.js';
import type { Plan, SuitePlan } from './plan.js';
import { idStyleOf } from './test-ids.js';

function span(cores: readonly number[]): string {
  if (cores.length === 0) return '';
  return cores.length === 1 ? `core  ${cores[0]}` : `cores ${cores[0]}-${cores[cores.length - 1]}`;
}

function pad(rows: string[][]): string[] {
  // Loops, not Math.max(...rows) or push(...rows): a row per shard can outgrow a call's arguments.
  const widths = rows[0]!.map(() => 0);
  for (const r of rows) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i]!, (r[i] ?? '').length);
  }
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

function minutes(seconds: number): string {
  return seconds < 60 ? `${seconds.toFixed(0)} s` : `${(seconds / 60).toFixed(1)} min`;
}

function costSource(s: SuitePlan): string {
  switch (s.cost.source) {
    case 'config':
      return 'declared (file-setup-seconds)';
    case 'fitted':
      return `fitted from ${s.cost.jobs} earlier job${s.cost.jobs === 1 ? '' : 's'}`;
    case 'none':
      return 'no evidence: 0';
  }
}

/** What the cost model chose for a suite and why: the costs, their source, the makespans compared. */
function splitLines(s: SuitePlan): string[] {
  const noun = unitNoun(idStyleOf(s.framework));
  const name = (g: string) => (g === 'tests' ? 'single tests' : `whole ${noun}`);
  const compared = s.compared.map((c) => `${name(c.granularity)} ${c.makespan.toFixed(1)} s`).join(', ');
  const why =
    s.cost.unitSeconds > 0
      ? `the shorter modelled longest shard of ${compared}`
      : `no setup per ${noun === 'files' ? 'file' : 'class'}, so nothing to gain from keeping them whole (${compared})`;
  return [
    `  ${s.suite}: setup ${s.cost.unitSeconds.toFixed(2)} s per ${noun === 'files' ? 'file' : 'class'} (${costSource(s)}), start-up ${s.cost.startupSeconds.toFixed(1)} s, ${s.workers} worker${s.workers === 1 ? '' : 's'} a job`,
    `  ${s.suite}: split by ${name(s.granularity)}: ${why}`,
  ];
}

export function renderPlanExplanation(plan: Plan): string {
  const a = plan.allocation;
  const out = [`Host: ${a.host.cores} cores`];
  const rows: string[][] = [];
  if (a.reserved.length > 0) rows.push([span(a.reserved), 'system', 'reserved (system and Docker)']);
  for (const s of a.suites) {
    const workers = `${s.workers} worker${s.workers === 1 ? '' : 's'}`;
    const what = s.shared ? `${workers}, shares its core` : workers;
    rows.push([span(s.cores.slice(0, s.workers)), s.suite, what]);
    if (s.overflow > 0) rows.push([span(s.cores.slice(s.workers)), s.suite, 'overflow']);
  }
  if (a.spare.length > 0) rows.push([span(a.spare), 'spare', '']);
  for (const line of pad(rows)) out.push(`  ${line}`);

  out.push('', 'GitHub matrix:');
  const table = [
    ['suite', 'runner', 'cores', 'jobs', 'workers/job', 'shards', 'tests', 'longest shard', 'lower bound'],
  ];
  for (const s of plan.suites) {
    const tests = s.shards.shards.reduce((n, sh) => n + sh.tests.length, 0);
    table.push([
      s.suite,
      s.runner.runner.labels.join(','),
      String(s.runner.runner.cores),
      String(s.runner.jobs),
      String(s.workers),
      String(s.shards.shards.length),
      tests === 0 ? 'all' : String(tests),
      tests === 0 ? '-' : s.timed ? minutes(s.shards.makespan) : 'unknown',
      tests === 0 ? '-' : s.timed ? minutes(s.shards.lowerBound) : 'unknown',
    ]);
  }
  for (const line of pad(table)) out.push(`  ${line}`);
  const matched = plan.suites.filter((s) => s.matched + s.estimated > 0);
  if (matched.length > 0) {
    out.push('', 'Timings:');
    for (const s of matched) {
      out.push(
        `  ${s.suite}: ${s.matched} tests timed, ${s.estimated} estimated (new), ${s.dropped} no longer listed`,
      );
      if (s.zeros > 0)
        out.push(`  ${s.suite}: ${s.zeros} recorded as 0 s, each counted at the suite's floor`);
    }
  }
  const split = plan.suites.filter((s) => s.timed && s.shards.shards.length > 1);
  if (split.length > 0) {
    out.push('', 'Split (per shard: start-up + setup per distinct unit + tests / workers):');
    for (const s of split) out.push(...splitLines(s));
  }
  if (plan.warnings.length > 0) out.push('', 'Warnings:', ...plan.warnings.map((w) => `  ${w}`));
  return `${out.join('\n')}\n`;
}
