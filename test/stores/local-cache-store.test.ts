import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CacheStore } from '../../src/stores/cache-store.js';
import { LocalCacheStore } from '../../src/stores/local-cache-store.js';
import { tempDir } from '../helpers/run.js';

/** The contract every CacheStore keeps, run here against the local one (GitHub's cannot be reached from tests). */
function setup(maxBytes?: number) {
  const dir = tempDir('pt-cache-');
  let clock = 1_000;
  const store: CacheStore = new LocalCacheStore({
    root: path.join(dir, 'store'),
    now: () => (clock += 1000),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  });
  const file = path.join(dir, 'work/timings.json');
  mkdirSync(path.dirname(file), { recursive: true });
  const write = (text: string) => writeFileSync(file, text);
  const read = () => readFileSync(file, 'utf8');
  return { dir, store, file, write, read };
}

describe('cache store contract (local directory)', () => {
  it('restores an exact key to the path it was saved from', async () => {
    const { store, file, write, read } = setup();
    write('one');
    await store.save([file], 'k-main-1');
    write('changed');
    expect(await store.restore([file], 'k-main-1', [])).toBe('k-main-1');
    expect(read()).toBe('one');
  });

  it('misses cleanly', async () => {
    const { store, file } = setup();
    expect(await store.restore([file], 'nothing', ['nothing-'])).toBeUndefined();
    expect(existsSync(file)).toBe(false);
  });

  it('falls back to the newest entry of the first restore key that has one', async () => {
    const { store, file, write, read } = setup();
    write('main-1');
    await store.save([file], 'k-main-1');
    write('main-2');
    await store.save([file], 'k-main-2');
    write('feature-1');
    await store.save([file], 'k-feature-1');
    expect(await store.restore([file], 'k-feature-9', ['k-feature-', 'k-main-'])).toBe('k-feature-1');
    expect(read()).toBe('feature-1');
    expect(await store.restore([file], 'k-other-9', ['k-other-', 'k-main-'])).toBe('k-main-2');
    expect(read()).toBe('main-2');
  });

  it('entries are immutable: saving an existing key keeps the first', async () => {
    const { store, file, write, read } = setup();
    write('first');
    await store.save([file], 'k');
    write('second');
    await store.save([file], 'k');
    await store.restore([file], 'k', []);
    expect(read()).toBe('first');
  });

  it('ignores a half-written entry (a crash before the rename)', async () => {
    const { dir, store, file } = setup();
    mkdirSync(path.join(dir, 'store/.tmp-123-1'), { recursive: true });
    writeFileSync(path.join(dir, 'store/.tmp-123-1/f0'), 'partial');
    expect(await store.restore([file], 'k', ['k'])).toBeUndefined();
  });

  it('over its size cap, removes the entries used least recently', async () => {
    const { store, file, write } = setup(2500);
    write('a'.repeat(1000));
    await store.save([file], 'a');
    write('b'.repeat(1000));
    await store.save([file], 'b');
    await store.restore([file], 'a', []); // a is now the most recently used
    write('c'.repeat(1000));
    await store.save([file], 'c');
    expect(await store.restore([file], 'b', [])).toBeUndefined();
    expect(await store.restore([file], 'a', [])).toBe('a');
    expect(await store.restore([file], 'c', [])).toBe('c');
  });

  it('restores to the same relative path in another checkout, and only for the same path list', async () => {
    const root = path.join(tempDir('pt-shared-'), 'store');
    const a = tempDir('pt-a-');
    const b = tempDir('pt-b-');
    mkdirSync(path.join(a, '.pt'));
    writeFileSync(path.join(a, '.pt/t.json'), 'from a');
    await new LocalCacheStore({ root, cwd: a }).save(['.pt/t.json'], 'k-1');
    const inB = new LocalCacheStore({ root, cwd: b });
    expect(await inB.restore(['other.json'], 'k-2', ['k-'])).toBeUndefined();
    expect(await inB.restore(['.pt/t.json'], 'k-2', ['k-'])).toBe('k-1');
    expect(readFileSync(path.join(b, '.pt/t.json'), 'utf8')).toBe('from a');
  });
});
