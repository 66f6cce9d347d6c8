import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { allocateCores, chooseRunner, proportional } from '../../src/plan/allocate.js';
import { ROOT } from '../helpers/paths.js';

const honua = parseConfig(
  readFileSync(path.join(ROOT, 'workflows-templates/honua.yml'), 'utf8'),
  'honua.yml',
);
const reference = { cores: honua.host.cores!, reserved: honua.host.reserved, spare: honua.host.spare };

/** "first-last" ranges, as the seed's diagram writes them. */
function span(cores: number[]): string {
  return cores.length === 0
    ? '-'
    : cores.length === 1
      ? `${cores[0]}`
      : `${cores[0]}-${cores[cores.length - 1]}`;
}

function table(coresOnHost: number) {
  const a = allocateCores(honua.suites, reference, coresOnHost);
  return {
    system: span(a.reserved),
    spare: span(a.spare),
    suites: a.suites.map((s) => [s.suite, span(s.cores), s.workers, s.overflow]),
  };
}

describe('core allocation', () => {
  it('the honua preset reproduces the seed 22-core table exactly', () => {
    const a = allocateCores(honua.suites, reference);
    expect(span(a.reserved)).toBe('0-1');
    const csharp = a.suites[0]!;
    expect([span(csharp.cores.slice(0, csharp.workers)), span(csharp.cores.slice(csharp.workers))]).toEqual([
      '2-7',
      '8-9',
    ]);
    expect(csharp.workers).toBe(6);
    expect(table(22)).toEqual({
      system: '0-1',
      spare: '20-21',
      suites: [
        ['csharp', '2-9', 6, 2],
        ['python', '10-14', 5, 0],
        ['qgis', '15-19', 5, 0],
      ],
    });
  });

  it.each([
    // 2 cores: nothing reserved, three suites take turns on two cores.
    [
      2,
      {
        system: '-',
        spare: '-',
        suites: [
          ['csharp', '0', 1, 0],
          ['python', '1', 1, 0],
          ['qgis', '0', 1, 0],
        ],
      },
    ],
    // 4 cores: spare goes first, then one reserved core, one core per suite.
    [
      4,
      {
        system: '0',
        spare: '-',
        suites: [
          ['csharp', '1', 1, 0],
          ['python', '2', 1, 0],
          ['qgis', '3', 1, 0],
        ],
      },
    ],
    // 8 cores: reserve and spare kept, 4 cores split 8:5:5.
    [
      8,
      {
        system: '0-1',
        spare: '6-7',
        suites: [
          ['csharp', '2-3', 2, 0],
          ['python', '4', 1, 0],
          ['qgis', '5', 1, 0],
        ],
      },
    ],
    // 64 cores: 60 split 8:5:5 = 26.7 / 16.7 / 16.7; workers scale with the cores.
    [
      64,
      {
        system: '0-1',
        spare: '62-63',
        suites: [
          ['csharp', '2-28', 20, 7],
          ['python', '29-45', 17, 0],
          ['qgis', '46-61', 16, 0],
        ],
      },
    ],
  ] as const)('scales to %i cores', (cores, expected) => {
    expect(table(cores)).toEqual(expected);
  });

  it('every core is used once (no overlap) whenever there are at least as many cores as suites', () => {
    for (const cores of [3, 5, 7, 8, 12, 16, 22, 32, 48, 64, 96, 128]) {
      const a = allocateCores(honua.suites, reference, cores);
      const all = [...a.reserved, ...a.suites.flatMap((s) => s.cores), ...a.spare].sort((x, y) => x - y);
      expect(all, `${cores} cores`).toEqual(Array.from({ length: cores }, (_, i) => i));
      for (const s of a.suites) expect(s.workers).toBeGreaterThanOrEqual(1);
    }
  });

  it('a config without host.cores, on a machine smaller than its budgets, scales down instead of overrunning', () => {
    const suites = [{ name: 'python', workers: 2 as const, cores: undefined }];
    const a = allocateCores(suites, { cores: 2, reserved: 1, spare: 0 }, 2);
    expect(a.suites).toEqual([{ suite: 'python', cores: [1], workers: 1, overflow: 0, shared: false }]);
  });

  it.each([
    [10, [8, 5, 5], [4, 3, 3]],
    [3, [8, 5, 5], [1, 1, 1]],
    [7, [1, 1, 1], [3, 2, 2]],
    [5, [100, 1], [4, 1]],
  ])('proportional(%i, %j) = %j', (total, weights, parts) => {
    expect(proportional(total, weights)).toEqual(parts);
  });
});

describe('budgets onto GitHub runners', () => {
  const small = { labels: ['ubuntu-latest'], cores: 4 };
  const big = { labels: ['ubuntu-latest-16-cores'], cores: 16 };
  it.each([
    [{ cores: 8, workers: 6 }, [small], small, 2, 3],
    [{ cores: 5, workers: 5 }, [small], small, 2, 3],
    [{ cores: 2, workers: 2 }, [small, big], small, 1, 2],
    [{ cores: 20, workers: 20 }, [small, big], big, 2, 10],
    [{ cores: 16, workers: 16 }, [big, small], big, 1, 16],
  ])('%j on %j', (budget, runners, runner, jobs, workersPerJob) => {
    expect(chooseRunner(budget, runners)).toEqual({ runner, jobs, workersPerJob });
  });
});
