import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { baseImageOf } from '../../src/image/dockerfile.js';
import { indexTar, planThinLoad, thinStream } from '../../src/image/thin-load.js';
import { tempDir, writeTree } from '../helpers/run.js';

const sha = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** A tar laid out as `docker save` writes one image: manifest.json, the config, a file per layer. */
function savedImage(format: 'gnu' | 'pax' | 'ustar') {
  const dir = tempDir('pt-thin-');
  const layers = { base: 'B'.repeat(3000), mid: 'M'.repeat(700), app: 'A'.repeat(10) };
  const long = `${'x'.repeat(120)}/layer.tar`;
  const names = ['aaa/layer.tar', format === 'ustar' ? 'bbb/layer.tar' : long, 'ccc/layer.tar'];
  const config = {
    rootfs: { type: 'layers', diff_ids: [sha(layers.base), sha(layers.mid), sha(layers.app)] },
  };
  writeTree(path.join(dir, 'src'), {
    [names[0]!]: layers.base,
    [names[1]!]: layers.mid,
    [names[2]!]: layers.app,
    'cfg.json': JSON.stringify(config),
    'manifest.json': JSON.stringify([{ Config: 'cfg.json', RepoTags: ['t:1'], Layers: names }]),
  });
  const tar = path.join(dir, 'image.tar');
  const r = spawnSync('tar', ['-c', `--format=${format}`, '-f', tar, '-C', path.join(dir, 'src'), '.'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return { dir, tar, names, config, layers };
}

function list(tar: string): string[] {
  const r = spawnSync('tar', ['-t', '-f', tar], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout
    .trim()
    .split('\n')
    .map((n) => n.replace(/^\.\//, ''))
    .filter((n) => n !== '' && !n.endsWith('/'));
}

describe('indexTar: the entries of a tar from its headers', () => {
  it.each(['gnu', 'pax', 'ustar'] as const)(
    '%s format, long names included, as tar itself lists them',
    async (format) => {
      const { tar } = savedImage(format);
      const entries = await indexTar(tar);
      const files = entries
        .map((e) => e.name.replace(/^\.\//, ''))
        .filter((n) => n !== '' && !n.endsWith('/'));
      expect(files.sort()).toEqual(list(tar).sort());
      const base = entries.find((e) => e.name.endsWith('aaa/layer.tar'))!;
      expect(
        readFileSync(tar)
          .subarray(base.dataOffset, base.dataOffset + base.size)
          .toString(),
      ).toBe('B'.repeat(3000));
    },
  );

  it('a cut tar is an error, not a shorter list', async () => {
    const { tar } = savedImage('gnu');
    truncateSync(tar, 2048);
    await expect(indexTar(tar)).rejects.toThrow(/ends early/);
  });

  it('a header with a wrong checksum is an error', async () => {
    const { tar } = savedImage('ustar');
    const bytes = readFileSync(tar);
    bytes[0] = bytes[0]! ^ 0x01;
    writeFileSync(tar, bytes);
    await expect(indexTar(tar)).rejects.toThrow(/checksum/);
  });
});

describe('planThinLoad and thinStream: the tar without the layers the engine has', () => {
  it('leaves out the files of the common start of the layers, and the rest is a valid tar', async () => {
    for (const format of ['gnu', 'pax'] as const) {
      const { dir, tar, names, config } = savedImage(format);
      const entries = await indexTar(tar);
      const present = [config.rootfs.diff_ids[0]!, config.rootfs.diff_ids[1]!, sha('something else')];
      const plan = (await planThinLoad(tar, entries, present))!;
      expect(plan.skippedLayers).toBe(2);
      expect(plan.skippedBytes).toBe(3700);
      const out = path.join(dir, 'thin.tar');
      const bytes = await buffer(thinStream(tar, plan));
      expect(bytes.length).toBe(plan.length);
      writeFileSync(out, bytes);
      const listed = list(out);
      expect(listed).toContain(names[2]);
      expect(listed).toContain('manifest.json');
      expect(listed).not.toContain(names[0]);
      expect(listed).not.toContain(names[1]);
    }
  });

  it('nothing to leave out when the engine has another base, or none of ours', async () => {
    const { tar } = savedImage('gnu');
    const entries = await indexTar(tar);
    expect(await planThinLoad(tar, entries, [sha('other')])).toBeUndefined();
    expect(await planThinLoad(tar, entries, [])).toBeUndefined();
  });

  it('a layer file listed again above the common start is sent', async () => {
    const dir = tempDir('pt-thin-');
    const config = { rootfs: { diff_ids: [sha('a'), sha('b'), sha('a')] } };
    writeTree(path.join(dir, 'src'), {
      'a/layer.tar': 'a',
      'b/layer.tar': 'b',
      'cfg.json': JSON.stringify(config),
      'manifest.json': JSON.stringify([
        { Config: 'cfg.json', Layers: ['a/layer.tar', 'b/layer.tar', 'a/layer.tar'] },
      ]),
    });
    const tar = path.join(dir, 'image.tar');
    spawnSync('tar', ['-c', '-f', tar, '-C', path.join(dir, 'src'), 'a', 'b', 'cfg.json', 'manifest.json']);
    const plan = (await planThinLoad(tar, await indexTar(tar), [sha('a'), sha('b')]))!;
    expect(plan.skippedLayers).toBe(1);
    const out = path.join(dir, 'thin.tar');
    writeFileSync(out, await buffer(thinStream(tar, plan)));
    expect(list(out)).toContain('a/layer.tar');
    expect(list(out)).not.toContain('b/layer.tar');
  });
});

describe('baseImageOf: what the final stage builds on', () => {
  it.each([
    ['a plain FROM', 'FROM python:3.12-slim\nRUN true\n', {}, undefined, 'python:3.12-slim'],
    [
      'an ARG default, overridden by a build arg',
      'ARG BASE_IMAGE=python:3.12-slim\nFROM ${BASE_IMAGE}\n',
      { BASE_IMAGE: 'parallel-tests/python-base:offline' },
      undefined,
      'parallel-tests/python-base:offline',
    ],
    [
      'the ARG default',
      'ARG BASE_IMAGE=python:3.12-slim\nFROM $BASE_IMAGE\n',
      {},
      undefined,
      'python:3.12-slim',
    ],
    ['an unset ARG', 'ARG BASE\nFROM ${BASE}\n', {}, undefined, undefined],
    ['a ${X:-default}', 'FROM ${BASE:-debian:12}\n', {}, undefined, 'debian:12'],
    ['--platform and AS', 'FROM --platform=linux/amd64 alpine:3 AS final\n', {}, undefined, 'alpine:3'],
    [
      'a final stage built on an earlier one',
      'FROM golang:1.22 AS build\nRUN go build\nFROM debian:12 AS runtime\nFROM runtime\nCOPY --from=build /x /x\n',
      {},
      undefined,
      'debian:12',
    ],
    ['a --target stage', 'FROM a:1 AS one\nFROM b:2 AS two\n', {}, 'one', 'a:1'],
    ['scratch', 'FROM scratch\nCOPY x /\n', {}, undefined, undefined],
    ['a continued line and a comment', '# base\nFROM \\\n  ubuntu:24.04\n', {}, undefined, 'ubuntu:24.04'],
  ])('%s', (_title, dockerfile, args, target, expected) => {
    expect(baseImageOf(dockerfile, args, target)).toBe(expected);
  });
});
