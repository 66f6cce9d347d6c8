/**
 * The image step on a cache hit (key + restore + docker load) next to a bare `docker load` of
 * the same tar, in the same run; and the step when the engine already has the image.
 *   npx tsx bench/image.bench.ts      (needs a Docker engine and the offline base image)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const BASE = 'parallel-tests/python-base:offline';
const TAG = 'parallel-tests-bench/honua:image';
const RUNS = 5;

function run(cmd: string, args: string[], cwd = ROOT): { ms: number; code: number | null; out: string } {
  const start = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return { ms: performance.now() - start, code: r.status, out: `${r.stdout}${r.stderr}` };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Case {
  title: string;
  tag: string;
  dockerfile: string;
  context: string;
}

function benchCase(c: Case, runs: number): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pt-image-bench-'));
  const cache = path.join(dir, 'cache');
  writeFileSync(
    path.join(dir, 'parallel-tests.yml'),
    `image:\n  name: ${c.tag}\n  dockerfile: ${c.dockerfile}\n  context: ${c.context}\nsuites:\n  - name: s\n    framework: pytest\n`,
  );
  const step = () =>
    run(
      process.execPath,
      [path.join(ROOT, 'dist/cli.js'), 'image', '--build-arg', `BASE_IMAGE=${BASE}`, '--cache-dir', cache],
      dir,
    );
  try {
    run('docker', ['image', 'rm', '--force', c.tag]);
    const cold = step();
    if (cold.code !== 0) throw new Error(`the first build failed: ${cold.out}`);
    const entry = readdirSync(cache).find((n) => !n.startsWith('.'))!;
    const tar = path.join(cache, entry, 'f0');
    const ours: number[] = [];
    const bare: number[] = [];
    const engine: number[] = [];
    for (let i = 0; i < runs; i++) {
      run('docker', ['image', 'rm', '--force', c.tag]);
      const hit = step();
      if (!hit.out.includes('ready (cache)')) throw new Error(`expected a cache hit: ${hit.out}`);
      ours.push(hit.ms);
      engine.push(step().ms);
      run('docker', ['image', 'rm', '--force', c.tag]);
      bare.push(run('docker', ['load', '--input', tar]).ms);
    }
    const [o, b, e] = [median(ours), median(bare), median(engine)];
    console.log(
      `\n  ${c.title}: tar ${(statSync(tar).size / 2 ** 20).toFixed(0)} MB (median of ${runs}, ms)`,
    );
    console.log(`    first build (miss: build + save + store)     ${cold.ms.toFixed(0)}`);
    console.log(`    ours, cache hit (key, restore, docker load)  ${o.toFixed(0)}`);
    console.log(`    bare docker load of the same tar             ${b.toFixed(0)}`);
    console.log(`    ours / bare docker load = ${(o / b).toFixed(2)}x (target: at most 1.2x)`);
    if (o / b > 1.2) console.log(`    TARGET MISSED [${c.title}]: ${(o / b).toFixed(2)}x > 1.2x`);
    console.log(`    ours, image already in the engine (no load)  ${e.toFixed(0)}`);
    console.log(
      `    fixed cost of ours over the load: ${(o - b).toFixed(0)} ms (node start ${run(process.execPath, ['-e', '0']).ms.toFixed(0)} ms of it)`,
    );
  } finally {
    run('docker', ['image', 'rm', '--force', c.tag]);
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function main(): Promise<void> {
  console.log('Image step on a cache hit vs a bare docker load of the same tar, in the same run');
  if (run('docker', ['info']).code !== 0 || run('docker', ['image', 'inspect', BASE]).code !== 0) {
    console.log(`  skipped: needs a Docker engine and ${BASE} (scripts/offline-base-image.sh)`);
    return;
  }
  benchCase(
    {
      title: 'the honua example image',
      tag: TAG,
      dockerfile: `${ROOT}/examples/honua/docker/Dockerfile.test-cached`,
      context: `${ROOT}/examples/honua`,
    },
    RUNS,
  );
  // A test image of a more usual size: the example plus 768 MB of data that does not compress.
  const big = mkdtempSync(path.join(os.tmpdir(), 'pt-image-big-'));
  try {
    writeFileSync(
      path.join(big, 'Dockerfile'),
      `ARG BASE_IMAGE\nFROM \${BASE_IMAGE}\nRUN python3 -c "import os; open('/blob','wb').write(os.urandom(768 * 2**20))"\n`,
    );
    benchCase(
      {
        title: 'a 1 GB test image',
        tag: `${TAG}-big`,
        dockerfile: path.join(big, 'Dockerfile'),
        context: big,
      },
      3,
    );
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
