import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { type ReadContextOptions, readContext } from '../../src/image/context.js';
import { imageCacheKey } from '../../src/image/key.js';
import { tempDir, writeTree } from '../helpers/run.js';

function sha(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** A small context: a Dockerfile, sources, a script, ignored logs and node_modules. */
function context(): string {
  const dir = tempDir('pt-context-');
  writeTree(dir, {
    Dockerfile: 'FROM python:3.12\nCOPY . /app\n',
    '.dockerignore': '**/*.log\nnode_modules\n',
    'pyproject.toml': '[project]\nname = "honua"\n',
    'src/honua/__init__.py': '',
    'src/honua/core.py': 'def f():\n    return 1\n',
    'scripts/entry.sh': '#!/bin/sh\nexec "$@"\n',
    'build.log': 'ignored\n',
    'node_modules/left-pad/index.js': 'module.exports = 1;\n',
  });
  chmodSync(path.join(dir, 'scripts/entry.sh'), 0o755);
  for (const rel of [
    'Dockerfile',
    '.dockerignore',
    'pyproject.toml',
    'src/honua/__init__.py',
    'src/honua/core.py',
  ]) {
    chmodSync(path.join(dir, rel), 0o644);
  }
  return dir;
}

function entry(rel: string, content: string, mode = 0o100644) {
  return { path: rel, mode, size: Buffer.byteLength(content), sha256: sha(content) };
}

async function keyOf(dir: string): Promise<string> {
  const files = await readContext(dir);
  return imageCacheKey({ name: 'honua:test', dockerfile: 'FROM x', buildArgs: {}, files });
}

async function pathsOf(dir: string, options?: ReadContextOptions): Promise<string[]> {
  return (await readContext(dir, options)).map((f) => f.path);
}

const isRoot = process.getuid?.() === 0;

describe('readContext', () => {
  it('lists kept files sorted by path, with size, normalised mode and the sha256 of their content', async () => {
    const dir = context();
    expect(await readContext(dir)).toEqual([
      entry('.dockerignore', '**/*.log\nnode_modules\n'),
      entry('Dockerfile', 'FROM python:3.12\nCOPY . /app\n'),
      entry('pyproject.toml', '[project]\nname = "honua"\n'),
      entry('scripts/entry.sh', '#!/bin/sh\nexec "$@"\n', 0o100755),
      entry('src/honua/__init__.py', ''),
      entry('src/honua/core.py', 'def f():\n    return 1\n'),
    ]);
  });

  it('sorts by code unit, not by locale (uppercase before lowercase, "-" before "/")', async () => {
    const dir = tempDir('pt-context-');
    writeTree(dir, { b: '', B: '', a0: '', 'a-b': '', 'a/b': '', é: '', z: '' });
    expect(await pathsOf(dir)).toEqual(['B', 'a-b', 'a/b', 'a0', 'b', 'z', 'é']);
  });

  it('hashes a file of several read chunks as a whole', async () => {
    const dir = tempDir('pt-context-');
    const big = Buffer.alloc(5 * 1024 * 1024 + 123);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 11)) & 0xff;
    writeFileSync(path.join(dir, 'big.bin'), big);
    const [entry] = await readContext(dir);
    expect(entry).toEqual({ path: 'big.bin', mode: 0o100644, size: big.length, sha256: sha(big) });
  });

  it.each([1, 3, 16, 200])('gives the same result with concurrency %i', async (concurrency) => {
    const dir = tempDir('pt-context-');
    const tree: Record<string, string> = {};
    for (let i = 0; i < 60; i++) tree[`d${i % 7}/f${i}.txt`] = `file ${i}\n`.repeat(i);
    writeTree(dir, tree);
    const expected = Object.entries(tree)
      .map(([p, content]) => ({ path: p, sha256: sha(content) }))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    const files = await readContext(dir, { concurrency });
    expect(files.map((f) => ({ path: f.path, sha256: f.sha256 }))).toEqual(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects concurrency %s', async (concurrency) => {
    await expect(readContext(tempDir('pt-context-'), { concurrency })).rejects.toThrow(InputError);
  });
});

describe('.dockerignore, by Docker rules', () => {
  const cases: [string, string, Record<string, string>, string[]][] = [
    [
      '**/*.log at any depth, root included',
      '**/*.log',
      { 'a.log': '', 'x/b.log': '', 'x/y/c.log': '', 'x/keep.txt': '', 'x/log.txt': '' },
      ['.dockerignore', 'x/keep.txt', 'x/log.txt'],
    ],
    [
      '!keep.log brings back the root one only',
      '**/*.log\n!keep.log',
      { 'keep.log': '', 'a.log': '', 'x/keep.log': '' },
      ['.dockerignore', 'keep.log'],
    ],
    [
      'the last matching line wins',
      '*.md\n!README*.md\nREADME-secret.md',
      { 'README.md': '', 'README-secret.md': '', 'CHANGES.md': '' },
      ['.dockerignore', 'README.md'],
    ],
    [
      'a directory pattern drops everything below it, anchored at the root (unlike .gitignore)',
      'node_modules',
      { 'node_modules/a/index.js': '', 'node_modules/b.js': '', 'src/node_modules/c.js': '', 'src/d.js': '' },
      ['.dockerignore', 'src/d.js', 'src/node_modules/c.js'],
    ],
    [
      '**/node_modules at any depth',
      '**/node_modules',
      { 'node_modules/a/index.js': '', 'src/node_modules/c.js': '', 'src/d.js': '' },
      ['.dockerignore', 'src/d.js'],
    ],
    [
      'an exception below an excluded directory',
      'node_modules\n!node_modules/keep/index.js',
      { 'node_modules/keep/index.js': '', 'node_modules/keep/other.js': '', 'node_modules/b.js': '' },
      ['.dockerignore', 'node_modules/keep/index.js'],
    ],
    [
      '* then exceptions: an allow-list',
      '*\n!src\n!pyproject.toml',
      { 'pyproject.toml': '', 'src/a.py': '', 'src/b/c.py': '', 'README.md': '', 'docs/x.md': '' },
      ['.dockerignore', 'Dockerfile', 'pyproject.toml', 'src/a.py', 'src/b/c.py'],
    ],
    [
      'the Dockerfile and .dockerignore are sent even when listed',
      'Dockerfile\n.dockerignore\nother',
      { other: '' },
      ['.dockerignore', 'Dockerfile'],
    ],
    [
      'matching is case-sensitive, as in Docker',
      '*.LOG\nBUILD',
      { 'a.log': '', 'build/x': '' },
      ['.dockerignore', 'a.log', 'build/x'],
    ],
    ['comments and blank lines do nothing', '# a.txt\n\n   \n', { 'a.txt': '' }, ['.dockerignore', 'a.txt']],
    [
      'a byte-order mark before the first pattern is dropped, as BuildKit does (the library trims it)',
      '\uFEFFa.txt',
      { 'a.txt': '', 'b.txt': '' },
      ['.dockerignore', 'b.txt'],
    ],
    [
      'leading and trailing slashes are dropped',
      '/a/\nb/',
      { 'a/x': '', 'b/y': '', 'c/b/z': '' },
      ['.dockerignore', 'c/b/z'],
    ],
  ];

  it.each(cases)('%s', async (_, ignoreText, tree, expected) => {
    const dir = tempDir('pt-context-');
    writeTree(dir, { '.dockerignore': ignoreText, ...tree });
    if (expected.includes('Dockerfile')) writeTree(dir, { Dockerfile: 'FROM x' });
    expect(await pathsOf(dir)).toEqual(expected);
  });

  it('takes the rules from options.dockerignore over the file, and still sends the file', async () => {
    const dir = tempDir('pt-context-');
    writeTree(dir, { '.dockerignore': 'a.txt', 'a.txt': '', 'b.txt': '' });
    expect(await pathsOf(dir)).toEqual(['.dockerignore', 'b.txt']);
    expect(await pathsOf(dir, { dockerignore: 'b.txt' })).toEqual(['.dockerignore', 'a.txt']);
    expect(await pathsOf(dir, { dockerignore: '' })).toEqual(['.dockerignore', 'a.txt', 'b.txt']);
  });

  it('keeps a Dockerfile elsewhere in the context, named by options.dockerfile, though its folder is excluded', async () => {
    const dir = tempDir('pt-context-');
    writeTree(dir, {
      '.dockerignore': 'docker\n',
      'docker/test.Dockerfile': 'FROM x',
      'docker/other': '',
      a: '',
    });
    expect(await pathsOf(dir)).toEqual(['.dockerignore', 'a']);
    expect(await pathsOf(dir, { dockerfile: 'docker/test.Dockerfile' })).toEqual([
      '.dockerignore',
      'a',
      'docker/test.Dockerfile',
    ]);
    expect(await pathsOf(dir, { dockerfile: path.join(dir, 'docker/test.Dockerfile') })).toEqual([
      '.dockerignore',
      'a',
      'docker/test.Dockerfile',
    ]);
    // Outside the context docker sends it beside the context: its content is in the key already.
    expect(await pathsOf(dir, { dockerfile: '../elsewhere/Dockerfile' })).toEqual(['.dockerignore', 'a']);
  });
});

describe('the key over a context read from disk', () => {
  const changes: [string, (dir: string) => void][] = [
    [
      "a kept file's content",
      (dir) => writeFileSync(path.join(dir, 'src/honua/core.py'), 'def f():\n    return 2\n'),
    ],
    [
      'a renamed file',
      (dir) => renameSync(path.join(dir, 'src/honua/core.py'), path.join(dir, 'src/honua/main.py')),
    ],
    ['a file made executable', (dir) => chmodSync(path.join(dir, 'pyproject.toml'), 0o755)],
    ['a script losing its execute bit', (dir) => chmodSync(path.join(dir, 'scripts/entry.sh'), 0o644)],
    ['a new file', (dir) => writeTree(dir, { 'src/honua/new.py': '' })],
    ['a new empty file', (dir) => writeTree(dir, { '.keep': '' })],
    ['a deleted file', (dir) => unlinkSync(path.join(dir, 'pyproject.toml'))],
    ['a changed .dockerignore', (dir) => writeFileSync(path.join(dir, '.dockerignore'), '**/*.log\n')],
    [
      'an ignored file brought back by a new exception',
      (dir) => writeTree(dir, { '.dockerignore': '**/*.log\nnode_modules\n!build.log' }),
    ],
  ];

  it.each(changes)('changes with %s', async (_, change) => {
    const dir = context();
    const before = await keyOf(dir);
    change(dir);
    expect(await keyOf(dir)).not.toBe(before);
  });

  const same: [string, (dir: string) => void][] = [
    ['an ignored file changing', (dir) => writeFileSync(path.join(dir, 'build.log'), 'other\n')],
    [
      'an ignored file added',
      (dir) => writeTree(dir, { 'src/debug.log': 'x', 'node_modules/new/index.js': 'x' }),
    ],
    ['an ignored directory removed', (dir) => rmSync(path.join(dir, 'node_modules'), { recursive: true })],
    [
      'mtimes changing (touch)',
      (dir) => {
        const later = new Date(Date.now() + 86_400_000);
        for (const rel of ['Dockerfile', 'pyproject.toml', 'src/honua/core.py'])
          utimesSync(path.join(dir, rel), later, later);
      },
    ],
    ['a group-writable umask (0o664)', (dir) => chmodSync(path.join(dir, 'pyproject.toml'), 0o664)],
    [
      'read-only files (0o444, 0o555)',
      (dir) => {
        chmodSync(path.join(dir, 'pyproject.toml'), 0o444);
        chmodSync(path.join(dir, 'scripts/entry.sh'), 0o555);
      },
    ],
    ['an empty directory added', (dir) => mkdirSync(path.join(dir, 'src/empty/deeper'), { recursive: true })],
    [
      'a file rewritten with the same content',
      (dir) => writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "honua"\n'),
    ],
  ];

  it.each(same)('stays with %s', async (_, change) => {
    const dir = context();
    const before = await keyOf(dir);
    change(dir);
    expect(await keyOf(dir)).toBe(before);
  });

  it('stays when the context is copied to another directory', async () => {
    const dir = context();
    const copy = path.join(tempDir('pt-context-copy-'), 'elsewhere');
    cpSync(dir, copy, { recursive: true, preserveTimestamps: false });
    expect(await keyOf(copy)).toBe(await keyOf(dir));
  });
});

describe('symlinks', () => {
  function linked(): string {
    const dir = tempDir('pt-context-');
    writeTree(dir, { 'real/a.txt': 'one', 'real/b.txt': 'two' });
    symlinkSync('real/a.txt', path.join(dir, 'link'));
    symlinkSync('real', path.join(dir, 'dirlink'));
    symlinkSync('missing', path.join(dir, 'dangling'));
    return dir;
  }

  it('hashes the target string, never what it points to, and does not walk into a linked directory', async () => {
    const dir = linked();
    const files = await readContext(dir);
    expect(files.filter((f) => !f.path.startsWith('real/'))).toEqual([
      { path: 'dangling', mode: 0o120000, size: 7, sha256: sha('missing') },
      { path: 'dirlink', mode: 0o120000, size: 4, sha256: sha('real') },
      { path: 'link', mode: 0o120000, size: 10, sha256: sha('real/a.txt') },
    ]);
  });

  it('keeps the key when only the linked content changes (the real file is hashed on its own)', async () => {
    const dir = linked();
    const dockerignore = 'real';
    const key = async () =>
      imageCacheKey({
        name: 'i',
        dockerfile: '',
        buildArgs: {},
        files: await readContext(dir, { dockerignore }),
      });
    const before = await key();
    writeFileSync(path.join(dir, 'real/a.txt'), 'changed');
    expect(await key()).toBe(before);
    unlinkSync(path.join(dir, 'link'));
    symlinkSync('real/b.txt', path.join(dir, 'link'));
    expect(await key()).not.toBe(before);
  });
});

describe('special files and errors', () => {
  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

  it.skipIf(!hasMkfifo)('lists a FIFO by its type without reading it (a read would never end)', async () => {
    const dir = tempDir('pt-context-');
    expect(spawnSync('mkfifo', [path.join(dir, 'pipe')]).status).toBe(0);
    expect(await readContext(dir)).toEqual([{ path: 'pipe', mode: 0o010000, size: 0, sha256: sha('') }]);
  });

  it.each([
    ['does not exist', (dir: string) => path.join(dir, 'missing')],
    ['is a file', (dir: string) => path.join(dir, 'file')],
  ])('names a context directory that %s, as bad input', async (_, pick) => {
    const parent = tempDir('pt-context-');
    writeTree(parent, { file: '' });
    const dir = pick(parent);
    await expect(readContext(dir)).rejects.toThrow(InputError);
    await expect(readContext(dir)).rejects.toThrow(
      `the docker build context ${dir} is not a directory that exists`,
    );
  });

  // root reads files whatever their mode: these run on CI's runner user, not as root.
  it.skipIf(isRoot)('names an unreadable file', async () => {
    const dir = context();
    chmodSync(path.join(dir, 'src/honua/core.py'), 0o000);
    await expect(readContext(dir)).rejects.toThrow(InputError);
    await expect(readContext(dir)).rejects.toThrow(
      /cannot read the file src\/honua\/core\.py of the docker build context/,
    );
  });

  it.skipIf(isRoot)('names an unreadable directory, but not one .dockerignore drops', async () => {
    const dir = context();
    chmodSync(path.join(dir, 'node_modules'), 0o000);
    await expect(readContext(dir)).resolves.toHaveLength(6);
    mkdirSync(path.join(dir, 'src/locked'));
    chmodSync(path.join(dir, 'src/locked'), 0o000);
    await expect(readContext(dir)).rejects.toThrow(
      /cannot read the directory src\/locked of the docker build context/,
    );
  });
});
