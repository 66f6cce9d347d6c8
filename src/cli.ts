#!/usr/bin/env node
/**
 * CLI entry: find the command in the table, parse its argv, run it, map the outcome to an exit
 * code. The only catch turns anything thrown into a message and exit code 2 (bad input) or 3.
 */
import { COMMANDS, EXIT_CODES, LATER } from './cli/commands.js';
import { parseCommandArgs, renderCommandHelp, renderUsage, wantsHelp } from './cli/table.js';
import { describeError, EXIT, exitCodeOf, InputError } from './errors.js';
import { wantsColor } from './report/console.js';

/**
 * A write to stdout or stderr that fails (stdout on a full disk, `> /dev/full`) arrives as an
 * 'error' event on the stream, after the write returned; unheard, Node prints a stack trace and
 * exits 1, the test-failure code. Heard, the command goes on writing its files (report, history:
 * nothing lost), the failure is one line and the exit code 3. A reader that closed the pipe
 * (`| head`) took all it wanted: EPIPE only stops the writing.
 */
const broken = new Set<NodeJS.WriteStream>();
function onWriteError(stream: NodeJS.WriteStream, name: string) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (broken.has(stream)) return;
    broken.add(stream);
    if (error.code === 'EPIPE') return;
    process.exitCode = Math.max(Number(process.exitCode ?? 0), EXIT.infrastructure);
    if (!broken.has(process.stderr))
      process.stderr.write(`parallel-tests: cannot write to ${name}: ${describeError(error)}\n`);
  });
}
onWriteError(process.stdout, 'standard output');
onWriteError(process.stderr, 'standard error');
const out = (text: string) => {
  if (!broken.has(process.stdout)) process.stdout.write(text);
};
const err = (text: string) => {
  if (!broken.has(process.stderr)) process.stderr.write(text);
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    out(renderUsage(COMMANDS, EXIT_CODES));
    return name === undefined ? EXIT.badInput : EXIT.passed;
  }
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) {
    if (LATER.includes(name)) {
      throw new InputError(
        `"${name}" is not available in this version yet; available: ${COMMANDS.map((c) => c.name).join(', ')}`,
      );
    }
    throw new InputError(`unknown command "${name}"\n\n${renderUsage(COMMANDS, EXIT_CODES)}`);
  }
  if (wantsHelp(rest)) {
    out(renderCommandHelp(spec));
    return EXIT.passed;
  }
  const { values, positionals } = parseCommandArgs(spec, rest);
  return spec.run(values, positionals, {
    cwd: process.cwd(),
    out,
    err,
    color: wantsColor(process.stdout.isTTY === true, process.env),
    stepLog: process.env.GITHUB_ACTIONS === 'true',
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
  },
  (error: unknown) => {
    err(`parallel-tests: ${describeError(error)}\n`);
    process.exitCode = Math.max(Number(process.exitCode ?? 0), exitCodeOf(error));
  },
);
