/**
 * The generate command (shell): read the config, build and render the workflow (pure), then
 * write it, or with `check` compare it with the committed file and show a unified diff.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { loadConfig } from '../config/load.js';
import { describeError, EXIT, InputError } from '../errors.js';
import { type ActionPin, parsePinFlag } from '../workflow/pins.js';
import { renderWorkflow } from '../workflow/render.js';
import { buildWorkflow, workflowConfigPath } from '../workflow/workflow.js';

export const DEFAULT_WORKFLOW_OUT = '.github/workflows/parallel-tests.yml';

export interface GenerateSettings {
  cwd: string;
  configPath: string;
  outPath: string;
  /** `owner/repo@<sha> # version`, as on the command line. */
  pins: string[];
  check: boolean;
}

export interface GenerateOutcome {
  exitCode: number;
  /** What to print on stdout (the diff when stale). */
  stdout: string;
  /** One line for stderr: what was done or found. */
  message: string;
  /** The rendered workflow. */
  text: string;
}

/** The command line that regenerates the file, as the header shows it. */
function regenerateCommand(settings: GenerateSettings, config: string, out: string): string {
  const quote = (s: string) => (/^[A-Za-z0-9_./@:=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  return [
    'npx parallel-tests generate',
    `--config ${quote(config)}`,
    `--out ${quote(out)}`,
    ...settings.pins.map((p) => `--pin ${quote(p.trim())}`),
  ].join(' ');
}

/** A path as the user would type it from the working directory, with forward slashes. */
function fromCwd(cwd: string, p: string): string {
  return path.relative(cwd, path.resolve(cwd, p)).split(path.sep).join('/');
}

export async function runGenerate(settings: GenerateSettings): Promise<GenerateOutcome> {
  const pins: Record<string, ActionPin> = {};
  for (const flag of settings.pins) {
    const { action, pin } = parsePinFlag(flag);
    pins[action] = pin;
  }
  const config = fromCwd(settings.cwd, settings.configPath);
  const out = fromCwd(settings.cwd, settings.outPath);
  const { config: parsed } = await loadConfig(settings.cwd, config);
  const text = renderWorkflow(
    buildWorkflow({
      config: parsed,
      configPath: workflowConfigPath(config, out),
      configSource: config,
      regenerate: regenerateCommand(settings, config, out),
      pins,
    }),
  );
  const file = path.resolve(settings.cwd, out);
  if (!settings.check) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    return { exitCode: EXIT.passed, stdout: '', message: `wrote ${out} from ${config}`, text };
  }
  let committed: string;
  try {
    committed = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new InputError(`${out}: ${describeError(err)}`);
    return {
      exitCode: EXIT.testFailures,
      stdout: '',
      message: `${out} does not exist: run \`${regenerateCommand(settings, config, out)}\` and commit it`,
      text,
    };
  }
  if (committed === text) {
    return { exitCode: EXIT.passed, stdout: '', message: `${out} is up to date with ${config}`, text };
  }
  const diff = createTwoFilesPatch(`${out} (committed)`, `${out} (from ${config})`, committed, text);
  return {
    exitCode: EXIT.testFailures,
    stdout: diff,
    message: `${out} is stale: it differs from what ${config} generates (diff above); run \`${regenerateCommand(settings, config, out)}\` and commit it`,
    text,
  };
}
