/**
 * Runs every bench/*.bench.ts in turn (`npm run bench` = `tsx bench/run.ts`). Benchmarks run one
 * at a time: on a two-core machine, running them together would measure each other.
 * `npm run bench -- aggregate run` runs only the files whose name contains one of the words.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface BenchModule {
  main(): Promise<void>;
}

function isBenchModule(value: unknown): value is BenchModule {
  return typeof value === 'object' && value !== null && typeof (value as BenchModule).main === 'function';
}

async function benchFiles(): Promise<string[]> {
  const names = await readdir(import.meta.dirname);
  const words = process.argv.slice(2);
  return names
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => words.length === 0 || words.some((word) => name.includes(word)))
    .sort();
}

async function runAll(): Promise<void> {
  const files = await benchFiles();
  for (const name of files) {
    console.log(`\n### ${name}`);
    const mod: unknown = await import(pathToFileURL(path.join(import.meta.dirname, name)).href);
    if (!isBenchModule(mod)) throw new Error(`${name} does not export main()`);
    await mod.main();
  }
  console.log(`\nRan ${files.length} benchmark(s).`);
}

runAll().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
