// The one script that makes dist/: the action's main and post steps (dist/index.js, post.js),
// the CLI (dist/cli.js) and the GitHub cache, artifact and API clients they load only when
// those services are used (dist/actions-cache.js, actions-artifact.js, actions-github.js).
// esbuild rather than ncc: the same ESM output in well under a second, and deterministic, so
// CI can compare dist/ with a fresh build byte for byte.

import { copyFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { generate as generateValidator } from './schema-validator.mjs';

// Bundled CommonJS dependencies call require(); ESM output has none unless we make one.
const requireShim =
  "import { createRequire as __ptCreateRequire } from 'node:module';\nconst require = __ptCreateRequire(import.meta.url);";

// The config validator is compiled from the schema first: the bundles import it.
await generateValidator();
await rm('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'linked',
  logLevel: 'warning',
  charset: 'utf8',
};
// One file per entry: a single bundle starts faster than a tree of chunks (each chunk is one
// more file read and compiled in turn). @actions/cache, with the Azure storage client under it,
// is larger than the rest together and only the steps that use the cache need it, so it is a
// bundle of its own, imported at run time from beside index.js.
for (const [name, entry] of [
  ['index', 'src/main.ts'],
  ['post', 'src/post.ts'],
  ['cli', 'src/cli.ts'],
  ['actions-cache', 'src/github/actions-cache.ts'],
  ['actions-artifact', 'src/github/actions-artifact.ts'],
  ['actions-github', 'src/github/actions-github.ts'],
]) {
  await build({ ...common, entryPoints: { [name]: entry }, outdir: 'dist', banner: { js: requireShim } });
}
// The pytest plugin that applies a shard's selection runs inside pytest, beside the bundle.
await copyFile('src/run/parallel_tests_select.py', 'dist/parallel_tests_select.py');
