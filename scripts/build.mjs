// The one script that makes dist/: the action bundle (dist/index.js) and the CLI (dist/cli.js).
// esbuild rather than ncc: the same single-file ESM output in well under a second, and
// deterministic, so CI can compare dist/ with a fresh build byte for byte.

import { rm } from 'node:fs/promises';
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
await build({
  ...common,
  entryPoints: { index: 'src/main.ts' },
  outdir: 'dist',
  banner: { js: requireShim },
});
await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  banner: { js: requireShim },
});
