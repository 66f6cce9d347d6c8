/**
 * The init command (shell): write a starter parallel-tests.yml from a preset, or from what
 * `detect` finds in the repository (the file listing and reading happen here; the detection
 * and the text are pure). Never overwrites a file without `force`.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { parseConfig } from '../config/config.js';
import { EXIT, InputError } from '../errors.js';
import { detectSuites, wantsText } from '../workflow/detect.js';
import { detectedConfig, PRESETS, type Preset, presetConfig } from '../workflow/starter-config.js';

export interface InitSettings {
  cwd: string;
  preset: string;
  /** Where the config goes, relative to cwd. */
  outPath: string;
  force: boolean;
}

export interface InitOutcome {
  exitCode: number;
  /** What was written and, for detect, what was found. */
  message: string;
  text: string;
}

/** Where the schema is published, for a config outside a checkout that holds it. */
export const SCHEMA_URL =
  'https://raw.githubusercontent.com/honua/parallel-tests/main/schema/parallel-tests.schema.json';

/** The package's root: the folder with workflows-templates/ (dist/.. when bundled, src/commands/../.. in the sources). */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(path.join(dir, 'workflows-templates'))) return dir;
    dir = path.dirname(dir);
  }
  throw new InputError('the presets (workflows-templates/) are not installed beside the CLI');
}

/** The schema as the config's folder reaches it: a relative path inside the same tree, else the URL. */
function schemaRef(root: string, configFile: string): string {
  const schema = path.join(root, 'schema', 'parallel-tests.schema.json');
  const rel = path.relative(path.dirname(configFile), schema).split(path.sep).join('/');
  return rel.startsWith('../../../') || path.isAbsolute(rel) ? SCHEMA_URL : rel;
}

const IGNORED = [
  '**/node_modules/**',
  '**/.git/**',
  '**/bin/**',
  '**/obj/**',
  '**/.venv/**',
  '**/venv/**',
  '**/dist/**',
  '**/build/**',
];

async function detect(cwd: string): Promise<{ files: string[]; texts: Map<string, string> }> {
  const files = await glob('**/*', { cwd, ignore: IGNORED, dot: false, onlyFiles: true });
  const texts = new Map<string, string>();
  for (const f of files.filter(wantsText)) texts.set(f, await readFile(path.join(cwd, f), 'utf8'));
  return { files, texts };
}

export async function runInit(settings: InitSettings): Promise<InitOutcome> {
  if (!(PRESETS as readonly string[]).includes(settings.preset)) {
    throw new InputError(`--preset "${settings.preset}": expected one of ${PRESETS.join(', ')}`);
  }
  const preset = settings.preset as Preset;
  const file = path.resolve(settings.cwd, settings.outPath);
  if (existsSync(file) && !settings.force) {
    throw new InputError(`${settings.outPath} exists; init never overwrites it (pass --force to replace it)`);
  }
  const root = packageRoot();
  const ref = schemaRef(root, file);
  let text: string;
  let found: string[] = [];
  if (preset === 'detect') {
    const { files, texts } = await detect(settings.cwd);
    const detection = detectSuites(files, texts);
    found = detection.findings;
    if (detection.suites.length === 0) {
      throw new InputError(
        `found no tests in ${settings.cwd} (looked for pytest test files and config, .NET test projects, jest and vitest); start from --preset honua or --preset pytest-xdist instead`,
      );
    }
    text = detectedConfig(detection, ref);
  } else {
    text = presetConfig(await readFile(path.join(root, 'workflows-templates', `${preset}.yml`), 'utf8'), ref);
  }
  // What init writes must be a config the other commands accept.
  parseConfig(text, settings.outPath);
  await writeFile(file, text);
  const lines = [`wrote ${settings.outPath} (${preset === 'detect' ? 'detected' : `preset ${preset}`})`];
  if (found.length > 0) lines.push('found:', ...found.map((f) => `  ${f}`));
  return { exitCode: EXIT.passed, message: lines.join('\n'), text };
}
