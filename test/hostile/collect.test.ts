/** Issue 15 at the collector: what the walk and the reads do with hostile files beside a good one. */
import { execFileSync } from 'node:child_process';
import { symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { aggregateResults } from '../../src/results/aggregate.js';
import { collectResults } from '../../src/results/collect.js';
import { tempDir, writeTree } from '../helpers/run.js';

const GOOD = '<testsuite name="good"><testcase classname="c" name="ok"/></testsuite>';

let dir: string;
beforeEach(() => {
  dir = tempDir('pt-hostile-');
  writeTree(dir, { 'good.xml': GOOD });
});

async function collect(patterns: string[]) {
  const started = performance.now();
  const got = await collectResults(patterns, { cwd: dir });
  return {
    ...got,
    ms: performance.now() - started,
    byPath: Object.fromEntries(got.files.map((f) => [f.path, f])),
  };
}

describe('issue 15, item 4: only regular files are read, and no further than a fatal error', () => {
  it('a FIFO given by path is an error entry, not a hang', async () => {
    execFileSync('mkfifo', [path.join(dir, 'p.xml')]);
    const got = await collect(['good.xml', 'p.xml']);
    expect(got.byPath['p.xml']?.error).toMatch(/not a regular file/);
    expect(got.byPath['good.xml']?.cases).toHaveLength(1);
  });

  it('/dev/zero by path, and a *.xml symlink to it matched by a glob, are error entries', async () => {
    symlinkSync('/dev/zero', path.join(dir, 'zero.xml'));
    const byPath = await collect(['/dev/zero']);
    expect(byPath.byPath['/dev/zero']?.error).toMatch(/not a regular file/);
    const got = await collect(['*.xml']);
    expect(got.byPath['zero.xml']?.error).toMatch(/not a regular file/);
    expect(got.byPath['good.xml']?.cases).toHaveLength(1);
    expect(got.ms).toBeLessThan(5000);
  });

  it('a 1 GB binary that fails at 1:1 is not read to its end', async () => {
    const big = path.join(dir, 'big.xml');
    writeFileSync(big, '\u0000\u0001 binary');
    truncateSync(big, 1024 ** 3); // sparse: no disk used, 1 GB to read
    const got = await collect(['good.xml', 'big.xml']);
    expect(got.byPath['big.xml']?.error).toMatch(/^line 1, column 1: text before the root element/);
    expect(got.ms).toBeLessThan(2000);
  });
});

describe('issue 15, item 8: an argument that names an existing file is that file', () => {
  it.each(['TestResults (1).trx', 'results[py3.11].xml', 'a{b,c}.xml', 'x*?.xml'])('%s', async (name) => {
    writeTree(dir, { [name]: GOOD });
    const got = await collect([name]);
    expect(got.unmatched).toEqual([]);
    expect(got.byPath[name]?.cases).toHaveLength(1);
  });
});

describe('issue 15, item 17: one real file counts once, however many paths reach it', () => {
  it('two symlinks and a ./ spelling of the same file', async () => {
    symlinkSync(path.join(dir, 'good.xml'), path.join(dir, 'link-1.xml'));
    symlinkSync('good.xml', path.join(dir, 'link-2.xml'));
    const got = await collect(['*.xml', './good.xml', path.join(dir, 'link-1.xml')]);
    expect(got.files.map((f) => f.path)).toEqual(['good.xml']);
    expect(got.unmatched).toEqual([]);
    expect(aggregateResults(got.files).totals.tests).toBe(1);
  });
});

describe('issue 15, item 12: declared encodings are decoded, replacements warned of', () => {
  const suite = (name: Buffer) =>
    Buffer.concat([
      Buffer.from('<testsuite name="s"><testcase classname="c" name="'),
      name,
      Buffer.from('"/></testsuite>'),
    ]);
  it.each([
    ['ISO-8859-1', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'café'],
    ['iso-8859-1', Buffer.from([0xdf, 0xfc]), 'ßü'],
    ['windows-1252', Buffer.from([0x80, 0x20, 0x93, 0x61, 0x94]), '€ “a”'],
  ])('encoding="%s"', async (encoding, bytes, name) => {
    writeFileSync(
      path.join(dir, 'enc.xml'),
      Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="${encoding}"?>\n`), suite(bytes)]),
    );
    const got = await collect(['enc.xml']);
    expect(got.byPath['enc.xml']?.cases[0]?.name).toBe(name);
    expect(got.byPath['enc.xml']?.warnings).toEqual([]);
  });

  it('invalid UTF-8 without a declaration is replaced, with a warning; a real U+FFFD is not warned of', async () => {
    writeFileSync(path.join(dir, 'bad.xml'), suite(Buffer.from([0x63, 0x61, 0x66, 0xe9])));
    writeFileSync(path.join(dir, 'real.xml'), suite(Buffer.from('caf\uFFFD', 'utf8')));
    const got = await collect(['bad.xml', 'real.xml']);
    expect(got.byPath['bad.xml']?.cases[0]?.name).toBe('caf\uFFFD');
    expect(got.byPath['bad.xml']?.warnings.join('\n')).toMatch(/not UTF-8 were replaced by U\+FFFD/);
    expect(got.byPath['real.xml']?.warnings).toEqual([]);
  });

  it('an encoding there is no decoder for is a warning, read as UTF-8', async () => {
    writeFileSync(
      path.join(dir, 'odd.xml'),
      Buffer.concat([Buffer.from('<?xml version="1.0" encoding="x-klingon"?>'), Buffer.from(GOOD)]),
    );
    const got = await collect(['odd.xml']);
    expect(got.byPath['odd.xml']?.cases).toHaveLength(1);
    expect(got.byPath['odd.xml']?.warnings.join('\n')).toMatch(/"x-klingon" is not supported/);
  });
});
