/**
 * The CLI's report as a person and as a step log see it: coloured on a terminal (a real pty,
 * through util-linux `script`), plain when NO_COLOR is set or stdout is a pipe, and inside a
 * stop-commands pair when it runs in a GitHub Actions step.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { runDist, tempDir, writeTree } from '../helpers/run.js';
import { parseStepLog } from '../helpers/step-log.js';

const JUNIT =
  '<testsuite name="py"><testcase classname="t" name="ok"/>' +
  '<testcase classname="t" name="bad"><failure message="::add-mask::x&#10;  ::error file=a.py,line=1::fake&#10;##[error]x&#10;::stop-commands::t"/></testcase></testsuite>';

/** The CLI on a pseudo-terminal: `script` gives the child a tty and copies what it prints. */
function onTerminal(cwd: string, env: NodeJS.ProcessEnv) {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  const r = spawnSync('script', ['-qec', `'${process.execPath}' '${cli}' aggregate 'r/*.xml'`, '/dev/null'], {
    cwd,
    env: { PATH: process.env.PATH, TERM: 'xterm', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout.replace(/\r\n/g, '\n') };
}

describe('the CLI report: colour and the step log', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('pt-console-');
    writeTree(dir, { 'r/junit.xml': JUNIT });
  });

  it('coloured on a terminal', () => {
    const r = onTerminal(dir, {});
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\x1b[31m✗ FAILED\x1b[0m  py');
  });

  it('plain on a terminal with NO_COLOR, and on a pipe', () => {
    const tty = onTerminal(dir, { NO_COLOR: '1' });
    expect(tty.stdout).toContain('  ✗ FAILED  py');
    expect(tty.stdout).not.toContain('\x1b[');
    const pipe = runDist('cli.js', ['aggregate', 'r/*.xml'], { cwd: dir });
    expect(pipe.stdout).toContain('  ✗ FAILED  py');
    expect(pipe.stdout).not.toContain('\x1b[');
    // Outside a step log nothing is wrapped.
    expect(pipe.stdout).not.toMatch(/^::stop-commands::/m);
  });

  it('in a GitHub Actions step, no line of the report acts as a workflow command', () => {
    const r = runDist('cli.js', ['aggregate', 'r/*.xml'], {
      cwd: dir,
      env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('        ::add-mask::x');
    const seen = parseStepLog(r.stdout + r.stderr);
    expect(seen.map((c) => c.command)).toEqual(['stop-commands', seen[0]!.data]);
    expect(seen[0]!.data).toMatch(/^[0-9a-f-]{36}$/);
  });
});
