// The one script that makes dist/: the action bundle (dist/index.js, its lazily loaded chunks
// in dist/chunks/) and the CLI (dist/cli.js). esbuild rather than ncc: the same ESM output in well under a second, and
// deterministic, so CI can compare dist/ with a fresh build byte for byte.

import { copyFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

// Bundled CommonJS dependencies call require(); ESM output has none unless we make one.
const requireShim =
  "import { createRequire as __ptCreateRequire } from 'node:module';\nconst require = __ptCreateRequire(import.meta.url);";

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
// Split: every command, and @actions/cache (with the Azure storage client under it), is a
// chunk loaded only when used, so each step and CLI command starts with just its own code.
await build({
  ...common,
  entryPoints: { index: 'src/main.ts', post: 'src/post.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: requireShim },
});
// The pytest plugin that applies a shard's selection runs inside pytest, beside the bundle.
await copyFile('src/run/parallel_tests_select.py', 'dist/parallel_tests_select.py');
