#!/usr/bin/env node
/**
 * CLI entry: read argv once, call one command, map the outcome to an exit code. The only
 * catch turns anything thrown into a message and exit code 2 (bad input) or 3.
 */
import { parseArgs } from 'node:util';
import { runAggregate } from './commands/aggregate.js';
import { describeError, EXIT, exitCodeOf, InputError } from './errors.js';

const USAGE = `usage: parallel-tests <command> [options]

commands:
  aggregate <file-or-glob>...   read JUnit, TRX, NUnit and xUnit.net result files into one report
      --json FILE               also write the JSON report to FILE
      --allow-empty             a pattern that matches no file is a warning, not an error
      --cwd DIR                 where patterns start (default: the current directory)

exit codes: 0 all passed, 1 test failures, 2 bad input, 3 infrastructure
`;

const LATER = new Set(['plan', 'image', 'run', 'generate']);

async function aggregate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      'allow-empty': { type: 'boolean', default: false },
      cwd: { type: 'string' },
    },
  });
  const outcome = await runAggregate({
    patterns: positionals,
    cwd: values.cwd ?? process.cwd(),
    allowEmpty: values['allow-empty'] ?? false,
    ...(values.json !== undefined ? { jsonPath: values.json } : {}),
  });
  process.stdout.write(outcome.console);
  return outcome.exitCode;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined ? EXIT.badInput : EXIT.passed;
  }
  if (command === 'aggregate') return aggregate(rest);
  if (LATER.has(command)) {
    throw new InputError(`"${command}" is not available in this version yet; available: aggregate`);
  }
  throw new InputError(`unknown command "${command}"\n\n${USAGE}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // parseArgs reports unknown options with a code; those are bad input too.
    const code = (err as { code?: string } | null)?.code?.startsWith('ERR_PARSE_ARGS')
      ? EXIT.badInput
      : exitCodeOf(err);
    process.stderr.write(`parallel-tests: ${describeError(err)}\n`);
    process.exitCode = code;
  },
);
