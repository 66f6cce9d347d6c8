import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoberturaParser, parseCoberturaText } from '../../src/coverage/cobertura.js';
import { mergeCoverage } from '../../src/coverage/merge.js';
import { renderCoverageLine, renderCoverageMarkdown } from '../../src/coverage/render.js';
import { RepositoryFiles } from '../../src/results/locate.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT } from '../helpers/paths.js';

// Real output, generated on this machine (see test/fixtures/coverage/README.md); the
// integration test coverage.itg.test.ts generates it afresh with both tools.
const FIXTURES = path.join(ROOT, 'test/fixtures/coverage');
const read = (name: string) => parseCoberturaText(name, readFileSync(path.join(FIXTURES, name), 'utf8'));

function hitsOf(report: ReturnType<typeof read>, file: string): [number, number][] {
  return [...(report.files.find((f) => f.path.endsWith(file))?.lines ?? [])];
}

describe('Cobertura parsing', () => {
  it('reads coverage.py: the source joined with the filename, every line with its hits', () => {
    const r = read('coverage-py-shard-1.xml');
    expect(r.error).toBeUndefined();
    expect(r.files.map((f) => [f.path, f.package])).toEqual([
      ['/tmp/c2-cov/py/pkg/__init__.py', 'pkg'],
      ['/tmp/c2-cov/py/pkg/calc.py', 'pkg'],
    ]);
    expect(hitsOf(r, 'calc.py')).toEqual([
      [1, 1],
      [2, 1],
      [5, 1],
      [6, 0],
      [9, 1],
      [10, 0],
      [11, 0],
      [12, 0],
    ]);
  });

  it('reads coverlet once per line: the lines repeated under <methods> are not counted again', () => {
    const r = read('coverlet.cobertura.xml');
    expect(r.files).toHaveLength(1);
    expect(r.files[0]!.path).toBe('/tmp/c2-cov/cs2/Calc/Calc.cs');
    expect(r.files[0]!.package).toBe('Calc');
    expect(hitsOf(r, 'Calc.cs').map(([line]) => line)).toEqual([5, 8, 9, 10, 11, 13, 14]);
    expect(mergeCoverage([r]).total).toEqual({ lines: 7, covered: 1, percent: 14.28 });
  });

  it('gives the same result in any chunking', () => {
    const text = readFileSync(path.join(FIXTURES, 'coverlet.cobertura.xml'), 'utf8');
    const whole = parseCoberturaText('c.xml', text);
    const parser = createCoberturaParser('c.xml');
    for (let i = 0; i < text.length; i += 7) parser.write(text.slice(i, i + 7));
    expect(parser.end()).toEqual(whole);
  });

  it('names what is wrong: another format, a truncated file, bad line attributes', () => {
    expect(parseCoberturaText('j.xml', '<testsuite name="x"/>').error).toBe(
      'not a Cobertura coverage report: the root element is <testsuite>, expected <coverage>',
    );
    const cut = parseCoberturaText('cut.xml', '<coverage>\n<packages><package name="p"><classes>');
    expect(cut.error).toMatch(/^line 2, column \d+: the file ends before <classes> is closed/);
    const bad = parseCoberturaText(
      'bad.xml',
      '<coverage><packages><package name="p"><classes><class filename="a.py"><lines><line number="x" hits="1"/><line number="2" hits="-1"/><line number="3" hits="2"/></lines></class></classes></package></packages></coverage>',
    );
    expect(bad.error).toBeUndefined();
    expect(bad.warnings).toEqual(['2 <line> element(s) without a whole "number" and "hits" were skipped']);
    expect(bad.files[0]!.lines).toEqual(new Map([[3, 2]]));
  });
});

describe('merging shards', () => {
  it('counts a line covered when any shard covered it, and once', () => {
    const one = read('coverage-py-shard-1.xml');
    const two = read('coverage-py-shard-2.xml');
    const alone = [mergeCoverage([one]).total, mergeCoverage([two]).total];
    expect(alone).toEqual([
      { lines: 8, covered: 4, percent: 50 },
      { lines: 8, covered: 5, percent: 62.5 },
    ]);
    // shard 1 runs add (lines 1, 2, 5, 9), shard 2 runs div (1, 5, 9, 10, 12): 1, 2, 5, 9, 10, 12.
    expect(mergeCoverage([one, two]).total).toEqual({ lines: 8, covered: 6, percent: 75 });
  });

  it('maps runner paths onto the repository, so shards from different machines merge', () => {
    const shard = (root: string, hit: number) =>
      parseCoberturaText(
        `${root}.xml`,
        `<coverage><sources><source>${root}</source></sources><packages><package name="src"><classes><class filename="src/a.py"><lines><line number="1" hits="${hit === 1 ? 1 : 0}"/><line number="2" hits="${hit === 2 ? 1 : 0}"/></lines></class></classes></package></packages></coverage>`,
      );
    const repo = new RepositoryFiles(['src/a.py', 'src/b.py']);
    const merged = mergeCoverage([shard('/home/runner/work/r/r', 1), shard('D:\\a\\r\\r', 2)], {
      repository: repo,
    });
    expect(merged.files).toEqual([{ path: 'src/a.py', package: 'src', lines: 2, covered: 2, percent: 100 }]);
  });

  it('checks the threshold on the exact ratio', () => {
    const lines = Array.from(
      { length: 10000 },
      (_, i) => `<line number="${i + 1}" hits="${i < 7999 ? 1 : 0}"/>`,
    );
    const r = parseCoberturaText(
      'big.xml',
      `<coverage><packages><package name="p"><classes><class filename="a.py"><lines>${lines.join('')}</lines></class></classes></package></packages></coverage>`,
    );
    expect(mergeCoverage([r], { threshold: 80 }).threshold).toEqual({ percent: 80, met: false });
    expect(mergeCoverage([r], { threshold: 79.99 }).threshold).toEqual({ percent: 79.99, met: true });
  });

  it('renders the total and the packages (golden), and a line for the console', () => {
    const summary = mergeCoverage(
      [read('coverage-py-shard-1.xml'), read('coverage-py-shard-2.xml'), read('coverlet.cobertura.xml')],
      { threshold: 80 },
    );
    expectGolden('coverage-summary.md', renderCoverageMarkdown(summary));
    expect(renderCoverageLine(summary)).toBe(
      'coverage 46.66% of 15 lines (7 covered, 3 reports) (threshold 80%: NOT met)',
    );
  });
});
