import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.js';
import { runDist, tempDir } from './run.js';

/**
 * The runner's protocol, written once for every test that runs dist/index.js or dist/post.js
 * the way a GitHub runner does: inputs as INPUT_* variables, outputs, summary and saved state
 * as files the step appends to, saved state handed to the post step as STATE_* variables.
 */
export interface RunnerFiles {
  dir: string;
  output: string;
  summary: string;
  state: string;
}

export function runnerFiles(): RunnerFiles {
  const dir = tempDir('pt-runner-');
  const files = {
    dir,
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary'),
    state: path.join(dir, 'state'),
  };
  for (const file of [files.output, files.summary, files.state]) writeFileSync(file, '');
  return files;
}

/** Reads the name=value and heredoc (name<<DELIM) records of a GITHUB_OUTPUT or GITHUB_STATE file. */
export function readRecords(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      while (lines[++i] !== heredoc[2]) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** INPUT_<NAME> as the runner spells it: spaces to underscores, upper case, dashes kept. */
export function inputEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

export interface StepResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  files: RunnerFiles;
}

/** The variables a runner gives a step in `workspace`: its files, the inputs, then `env` over them. */
export function stepEnv(
  workspace: string,
  files: RunnerFiles,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: workspace,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: files.dir,
    ...inputEnv(inputs),
    ...env,
  };
}

/** Runs the action's main step in `workspace` with `inputs`; `env` adds to (or overrides) the runner's variables. */
export function runActionStep(
  workspace: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): StepResult {
  const files = runnerFiles();
  const r = runDist('index.js', [], { cwd: workspace, env: stepEnv(workspace, files, inputs, env) });
  return {
    ...r,
    outputs: readRecords(files.output),
    state: readRecords(files.state),
    summary: readFileSync(files.summary, 'utf8'),
    files,
  };
}

/**
 * runActionStep without blocking this process: for steps that talk to a server the test itself
 * serves (the artifact service, the API), which a synchronous child would wait on forever.
 */
export function runActionStepAsync(
  workspace: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): Promise<StepResult> {
  const files = runnerFiles();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'index.js')], {
    cwd: workspace,
    env: stepEnv(workspace, files, inputs, env),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        outputs: readRecords(files.output),
        state: readRecords(files.state),
        summary: readFileSync(files.summary, 'utf8'),
        files,
      }),
    );
  });
}

/** Runs the post step with what the main step saved (STATE_<name>), as the runner does. */
export function runPostStep(workspace: string, state: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace };
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value;
  return runDist('post.js', [], { cwd: workspace, env });
}
