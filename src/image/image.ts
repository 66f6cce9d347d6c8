/**
 * The image step: the test image for the current sources, built once and restored everywhere.
 * The key covers everything that makes the image (see key.ts); only an exact key is restored,
 * since a near match would hand the tests the wrong image. The cache is an optimisation: a
 * failed restore or save is a warning, a corrupt or cut tar is discarded and the image rebuilt.
 */
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImageConfig } from '../config/config.js';
import { describeError, InputError } from '../errors.js';
import type { Exec } from '../exec.js';
import type { CacheStore } from '../stores/cache-store.js';
import { readContext } from './context.js';
import { Docker } from './docker.js';
import { baseImageOf } from './dockerfile.js';
import { imageCacheKey } from './key.js';

/** Where the saved image lives between the cache and the engine; the same path on save and restore. */
export const IMAGE_TAR = '.parallel-tests/image/image.tar';

export interface ImageSettings {
  image: ImageConfig;
  /** The config file's folder: the image's paths are relative to it. */
  baseDir: string;
  /** Build args from the command line, over the config's. */
  buildArgs: Record<string, string>;
  /** Only tell whether the cache has this image; build and restore nothing. */
  lookupOnly: boolean;
  /** Where IMAGE_TAR is relative to (the cache store's working directory). */
  workDir: string;
}

export interface ImageDeps {
  exec: Exec;
  store: CacheStore;
  log: (line: string) => void;
  warn: (message: string) => void;
  /** docker build's own output, line by line (the Dockerfile's RUN steps print anything); default `log`. */
  buildOutput?: (line: string) => void;
}

export type ImageSource = 'engine' | 'cache' | 'built' | 'lookup';

export interface ImageOutcome {
  image: string;
  key: string;
  /** The image came from the cache (or was already in the engine with this key): nothing built. */
  cacheHit: boolean;
  source: ImageSource;
  /** The cache entry exists (lookup-only), or was written by this run. */
  cached: boolean;
}

async function fileExists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The build args the image is built with: the config's, then the command line's over them. */
function buildArgsOf(settings: ImageSettings): Record<string, string> {
  return { ...settings.image.buildArgs, ...settings.buildArgs };
}

/**
 * The key, and the image the Dockerfile builds on (for a load that leaves out the layers the
 * engine has from it), from one read of the Dockerfile. `platform` is the engine's when the
 * config sets none (an amd64 image is no arm64 one). The engine is asked while the context is
 * hashed.
 */
export async function computeImageKey(
  settings: ImageSettings,
  enginePlatform: string | Promise<string>,
): Promise<{ key: string; base: string | undefined }> {
  const { image, baseDir } = settings;
  const engine = Promise.resolve(enginePlatform);
  // Asked for even when the config names a platform: no engine is an error before anything else.
  // Handled here too, so an error in reading the Dockerfile does not leave it unhandled.
  engine.catch(() => {});
  const dockerfile = path.resolve(baseDir, image.dockerfile);
  const context = path.resolve(baseDir, image.context);
  let text: string;
  try {
    text = await readFile(dockerfile, 'utf8');
  } catch (err) {
    throw new InputError(`image.dockerfile ${dockerfile}: ${describeError(err)}`);
  }
  const [files, enginePlatformName] = await Promise.all([readContext(context, { dockerfile }), engine]);
  const buildArgs = buildArgsOf(settings);
  const key = imageCacheKey({
    name: image.name,
    dockerfile: text,
    buildArgs,
    files,
    platform: image.platform ?? enginePlatformName,
    ...(image.target !== undefined ? { target: image.target } : {}),
    ...(image.cacheKeySuffix !== undefined ? { suffix: image.cacheKeySuffix } : {}),
  });
  return { key, base: baseImageOf(text, buildArgs, image.target) };
}

export async function ensureImage(settings: ImageSettings, deps: ImageDeps): Promise<ImageOutcome> {
  const { image } = settings;
  const docker = new Docker(deps.exec);
  // The key (hashing the context) and the engine's label lookup do not wait for each other.
  const [{ key, base }, inEngine] = await Promise.all([
    computeImageKey(settings, docker.platform()),
    settings.lookupOnly ? Promise.resolve(undefined) : docker.keyOf(image.name),
  ]);
  const tar = IMAGE_TAR;
  const tarPath = path.resolve(settings.workDir, tar);
  const outcome = (source: ImageSource, cacheHit: boolean, cached: boolean): ImageOutcome => ({
    image: image.name,
    key,
    cacheHit,
    source,
    cached,
  });

  if (settings.lookupOnly) {
    try {
      const hit = await deps.store.restore([tar], key, [], { lookupOnly: true });
      return outcome('lookup', hit !== undefined, hit !== undefined);
    } catch (err) {
      deps.warn(`cache lookup failed: ${describeError(err)}`);
      return outcome('lookup', false, false);
    }
  }

  if (inEngine === key) {
    deps.log(`${image.name} is already in the engine for key ${key}`);
    return outcome('engine', true, false);
  }

  let restored: string | undefined;
  try {
    restored = await deps.store.restore([tar], key, []);
  } catch (err) {
    deps.warn(`cache restore failed, building instead: ${describeError(err)}`);
  }
  if (restored !== undefined && (await fileExists(tarPath))) {
    const load = await docker.load(tarPath, base === undefined ? {} : { base });
    // The tar was saved under this key from an image labelled with it; `docker load` naming
    // the tag is enough (an inspect more only when it does not).
    const named =
      load.stdout.includes(`Loaded image: ${image.name}\n`) ||
      load.stdout.trimEnd().endsWith(`Loaded image: ${image.name}`);
    if (load.code === 0 && (named || (await docker.keyOf(image.name)) === key)) {
      deps.log(`${image.name} restored from the cache (${key}; loaded through ${load.via})`);
      return outcome('cache', true, true);
    }
    const why =
      load.code === 0
        ? 'it loaded an image built from another key'
        : load.stderr.trim() || load.stdout.trim();
    deps.warn(`the cached image for ${key} is unusable (${why}); discarding it and building`);
    await rm(tarPath, { force: true });
    await deps.store
      .discard?.(key)
      .catch((err: unknown) => deps.warn(`could not drop the cache entry: ${describeError(err)}`));
  }

  deps.log(`building ${image.name} (${key})`);
  await docker.build(
    {
      tag: image.name,
      dockerfile: path.resolve(settings.baseDir, image.dockerfile),
      context: path.resolve(settings.baseDir, image.context),
      buildArgs: buildArgsOf(settings),
      key,
      ...(image.target !== undefined ? { target: image.target } : {}),
      ...(image.platform !== undefined ? { platform: image.platform } : {}),
    },
    deps.buildOutput ?? deps.log,
  );
  let cached = false;
  try {
    await mkdir(path.dirname(tarPath), { recursive: true });
    await docker.save(image.name, tarPath);
    await deps.store.save([tar], key);
    cached = true;
  } catch (err) {
    deps.warn(`the image was built but not cached: ${describeError(err)}`);
  }
  return outcome('built', false, cached);
}
