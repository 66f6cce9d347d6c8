/**
 * Which suite a test id belongs to, when timings or test lists were not given per suite
 * (pure). pytest ids go to the pytest suite whose path holds the file (longest path wins);
 * .NET ids to the .NET suite whose project name starts the id; otherwise a framework with a
 * single suite takes them all.
 */
import type { SuiteConfig } from '../config/config.js';
import type { TimedTest } from '../results/aggregate.js';
import { type IdStyle, idStyleOf } from './test-ids.js';

function trimPath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

function lastSegment(p: string): string {
  const t = trimPath(p);
  return t.slice(t.lastIndexOf('/') + 1);
}

/** The framework whose id style a test id has. */
export function idStyle(id: string): IdStyle {
  if (id.includes('::') && /\.py(::|$)/.test(id)) return 'pytest';
  return id.includes('::') ? 'generic' : 'dotnet';
}

export function suiteForId(id: string, suites: readonly SuiteConfig[]): string | undefined {
  const style = idStyle(id);
  const candidates = suites.filter((s) => idStyleOf(s.framework) === style);
  let best: SuiteConfig | undefined;
  let bestLength = -1;
  for (const s of candidates) {
    const home = style === 'pytest' ? s.path && trimPath(s.path) : s.project && lastSegment(s.project);
    if (!home) continue;
    const hit = style === 'pytest' ? id.startsWith(`${home}/`) : id.startsWith(`${home}.`) || id === home;
    if (hit && home.length > bestLength) {
      best = s;
      bestLength = home.length;
    }
  }
  if (best) return best.name;
  return candidates.length === 1 ? candidates[0]!.name : undefined;
}

/** Splits a map of id -> value by suite; ids no suite takes are counted. */
export function splitBySuite<T>(
  entries: Iterable<[string, T]>,
  suites: readonly SuiteConfig[],
): { bySuite: Map<string, Map<string, T>>; unassigned: number } {
  const bySuite = new Map<string, Map<string, T>>();
  let unassigned = 0;
  for (const [id, value] of entries) {
    const suite = suiteForId(id, suites);
    if (suite === undefined) {
      unassigned++;
      continue;
    }
    let map = bySuite.get(suite);
    if (!map) {
      map = new Map();
      bySuite.set(suite, map);
    }
    map.set(id, value);
  }
  return { bySuite, unassigned };
}

/** The id style of a timed test, from the result file it was read from: .NET formats, pytest JUnit, or anything else. */
export function timedStyle(test: Pick<TimedTest, 'format' | 'pytest'>): IdStyle {
  if (test.format === 'trx' || test.format === 'nunit' || test.format === 'xunit') return 'dotnet';
  return test.pytest ? 'pytest' : 'generic';
}

/** A `SUITE=PATH` argument split into its suite and target; a plain PATH has no suite. */
export function splitAssignment(arg: string): { suite?: string; target: string } {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)=(.+)$/.exec(arg);
  return m ? { suite: m[1]!, target: m[2]! } : { target: arg };
}
