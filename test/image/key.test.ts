import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  type ContextFile,
  describeKeyInput,
  imageCacheKey,
  KEY_FORMAT_VERSION,
  type KeyInput,
  normaliseMode,
  safeImageName,
} from '../../src/image/key.js';

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function file(path: string, content: string, mode = 0o100644): ContextFile {
  return { path, mode, size: Buffer.byteLength(content), sha256: sha(content) };
}

function base(): KeyInput {
  return {
    name: 'honua:test-cached',
    dockerfile: 'FROM python:3.12\nCOPY . /app\n',
    buildArgs: { PYTHON: '3.12', EXTRAS: 'test' },
    target: 'test',
    platform: 'linux/amd64',
    suffix: 'a',
    files: [
      file('Dockerfile', 'FROM python:3.12\nCOPY . /app\n'),
      file('pyproject.toml', '[project]\nname = "honua"\n'),
      file('src/honua/__init__.py', ''),
      file('scripts/entry.sh', '#!/bin/sh\n', 0o100755),
    ],
  };
}

const KEY_SHAPE = /^parallel-tests-image-v1-[A-Za-z0-9._-]+-[0-9a-f]{40}$/;

describe('imageCacheKey', () => {
  it('has the documented shape, GitHub-safe', () => {
    const key = imageCacheKey(base());
    expect(key).toMatch(KEY_SHAPE);
    expect(key.startsWith(`parallel-tests-image-v${KEY_FORMAT_VERSION}-honua-test-cached-`)).toBe(true);
    expect(key.length).toBeLessThanOrEqual(512);
    expect(key).not.toContain(',');
  });

  it('is a fixed value for a fixed input (a change of encoding must bump KEY_FORMAT_VERSION)', () => {
    expect(imageCacheKey(base())).toBe(
      'parallel-tests-image-v1-honua-test-cached-badd44efd2239f2ae9cda9858da2a1b94474b763',
    );
  });

  it('digests the format version with everything else, in one JSON array', () => {
    const input = base();
    const files = input.files.map((f) => [f.path, f.mode, f.sha256]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    const canonical = JSON.stringify([
      'parallel-tests-image',
      KEY_FORMAT_VERSION,
      input.name,
      input.dockerfile,
      [
        ['EXTRAS', 'test'],
        ['PYTHON', '3.12'],
      ],
      'test',
      'linux/amd64',
      'a',
      files,
    ]);
    expect(imageCacheKey(input)).toBe(
      `parallel-tests-image-v1-honua-test-cached-${sha(canonical).slice(0, 40)}`,
    );
  });

  const changes: [string, (input: KeyInput) => KeyInput][] = [
    ['the Dockerfile content', (i) => ({ ...i, dockerfile: `${i.dockerfile}RUN true\n` })],
    ['a build arg value', (i) => ({ ...i, buildArgs: { ...i.buildArgs, PYTHON: '3.13' } })],
    ['an added build arg', (i) => ({ ...i, buildArgs: { ...i.buildArgs, NEW: '' } })],
    ['a removed build arg', (i) => ({ ...i, buildArgs: { PYTHON: '3.12' } })],
    ['a build arg renamed', (i) => ({ ...i, buildArgs: { PYTHON: '3.12', EXTRA: 'test' } })],
    ['the target', (i) => ({ ...i, target: 'dev' })],
    ['no target', (i) => ({ ...i, target: undefined })],
    ['the platform', (i) => ({ ...i, platform: 'linux/arm64' })],
    ['the suffix', (i) => ({ ...i, suffix: 'b' })],
    ['the image name', (i) => ({ ...i, name: 'honua:other' })],
    ['a name with the same safe form', (i) => ({ ...i, name: 'honua/test-cached' })],
    [
      "a file's content",
      (i) => ({ ...i, files: i.files.map((f) => (f.path === 'pyproject.toml' ? file(f.path, 'x') : f)) }),
    ],
    [
      'a renamed file',
      (i) => ({
        ...i,
        files: i.files.map((f) => (f.path === 'pyproject.toml' ? { ...f, path: 'setup.toml' } : f)),
      }),
    ],
    [
      'a file made executable',
      (i) => ({
        ...i,
        files: i.files.map((f) => (f.path === 'pyproject.toml' ? { ...f, mode: 0o100755 } : f)),
      }),
    ],
    [
      'a file made a symlink',
      (i) => ({
        ...i,
        files: i.files.map((f) => (f.path === 'pyproject.toml' ? { ...f, mode: 0o120000 } : f)),
      }),
    ],
    ['an added file', (i) => ({ ...i, files: [...i.files, file('src/honua/extra.py', '')] })],
    ['a removed file', (i) => ({ ...i, files: i.files.slice(1) })],
    ['an added empty file', (i) => ({ ...i, files: [...i.files, file('.keep', '')] })],
  ];

  it.each(changes)('changes with %s', (_, change) => {
    expect(imageCacheKey(change(base()))).not.toBe(imageCacheKey(base()));
  });

  it('gives every change above a key of its own', () => {
    const keys = new Set([
      imageCacheKey(base()),
      ...changes.map(([, change]) => imageCacheKey(change(base()))),
    ]);
    expect(keys.size).toBe(changes.length + 1);
  });

  const same: [string, (input: KeyInput) => KeyInput][] = [
    ['files in another order', (i) => ({ ...i, files: [...i.files].reverse() })],
    [
      'build args inserted in another order',
      (i) => ({ ...i, buildArgs: { EXTRAS: 'test', PYTHON: '3.12' } }),
    ],
    [
      'a group-writable umask (0o664 against 0o644)',
      (i) => ({
        ...i,
        files: i.files.map((f) => ({ ...f, mode: f.mode === 0o100644 ? 0o100664 : 0o100775 })),
      }),
    ],
    [
      'a different size field (the content hash decides)',
      (i) => ({ ...i, files: i.files.map((f) => ({ ...f, size: 1 })) }),
    ],
    [
      'an uppercase sha256',
      (i) => ({ ...i, files: i.files.map((f) => ({ ...f, sha256: f.sha256.toUpperCase() })) }),
    ],
  ];

  it.each(same)('stays with %s', (_, change) => {
    expect(imageCacheKey(change(base()))).toBe(imageCacheKey(base()));
  });

  it.each([
    ['target', { target: '' }, { target: undefined }],
    ['platform', { platform: '' }, { platform: undefined }],
    ['suffix', { suffix: '' }, { suffix: undefined }],
  ])("treats an empty %s as none, as docker build's flags do", (_, empty, none) => {
    expect(imageCacheKey({ ...base(), ...empty })).toBe(imageCacheKey({ ...base(), ...none }));
  });

  it.each<[string, Partial<KeyInput>, Partial<KeyInput>]>([
    [
      'a "=" moved between build arg name and value',
      { buildArgs: { 'a=b': 'c' } },
      { buildArgs: { a: 'b=c' } },
    ],
    ['one build arg against two', { buildArgs: { a: 'b' } }, { buildArgs: { a: '', b: '' } }],
    ['target against platform', { target: 'x', platform: undefined }, { target: undefined, platform: 'x' }],
    ['platform against suffix', { platform: 'x', suffix: undefined }, { platform: undefined, suffix: 'x' }],
    [
      'Dockerfile text against a build arg',
      { dockerfile: 'a', buildArgs: {} },
      { dockerfile: '', buildArgs: { a: '' } },
    ],
  ])('keeps inputs apart that a naive concatenation would join: %s', (_, a, b) => {
    expect(imageCacheKey({ ...base(), ...a })).not.toBe(imageCacheKey({ ...base(), ...b }));
  });

  it('rejects a file listed twice and a file without a sha256', () => {
    const twice = { ...base(), files: [...base().files, file('Dockerfile', 'other')] };
    expect(() => imageCacheKey(twice)).toThrow(InputError);
    expect(() => imageCacheKey(twice)).toThrow(/Dockerfile is listed twice/);
    const unhashed = { ...base(), files: [{ path: 'a', mode: 0o100644, size: 0, sha256: '' }] };
    expect(() => imageCacheKey(unhashed)).toThrow(/a has no sha256/);
  });
});

describe('normaliseMode', () => {
  it.each([
    [0o100644, 0o100644],
    [0o100664, 0o100644],
    [0o100600, 0o100644],
    [0o100755, 0o100755],
    [0o100775, 0o100755],
    [0o100700, 0o100755],
    [0o100655, 0o100644], // group/other execute alone: the owner's bit decides
    [0o644, 0o100644],
    [0o755, 0o100755],
    [0o120777, 0o120000],
    [0o120755, 0o120000],
    [0o010644, 0o010000],
  ])('%o -> %o', (mode, expected) => {
    expect(normaliseMode(mode)).toBe(expected);
  });
});

describe('safeImageName', () => {
  it.each([
    ['honua:test-cached', 'honua-test-cached'],
    ['ghcr.io/honua/tests:3.12', 'ghcr.io-honua-tests-3.12'],
    ['a,b c', 'a-b-c'],
    [':::', 'image'],
    ['', 'image'],
    ['x'.repeat(300), 'x'.repeat(64)],
    ['é-ü', 'image'],
  ])('%j -> %j', (name, expected) => {
    expect(safeImageName(name)).toBe(expected);
  });
});

describe('describeKeyInput', () => {
  it('summarises counts, bytes and arg names, never arg values', () => {
    const input: KeyInput = {
      ...base(),
      buildArgs: { TOKEN: 'secret-value', PYTHON: '3.12' },
      files: [file('a', 'x'.repeat(2048)), file('b', 'y'.repeat(1024 * 1024))],
    };
    const text = describeKeyInput(input);
    expect(text).toBe(
      'honua:test-cached: 2 context files, 1.0 MiB; build args PYTHON, TOKEN; target test; platform linux/amd64; suffix a',
    );
    expect(text).not.toContain('secret-value');
  });

  it('says when there are no build args and leaves out what is unset', () => {
    const input: KeyInput = { name: 'i', dockerfile: '', buildArgs: {}, files: [file('a', 'abc')] };
    expect(describeKeyInput(input)).toBe('i: 1 context file, 3 B; no build args');
  });
});
