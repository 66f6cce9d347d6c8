#!/usr/bin/env node
/**
 * CLI entry: find the command in the table, parse its argv, run it, map the outcome to an exit
 * code. The only catch turns anything thrown into a message and exit code 2 (bad input) or 3.
 */
import { COMMANDS, EXIT_CODES, LATER } from './cli/commands.js';
import { parseCommandArgs, renderCommandHelp, renderUsage, wantsHelp } from './cli/table.js';
import { describeError, EXIT, exitCodeOf, InputError } from './errors.js';

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(text);

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
  return spec.run(values, positionals, { cwd: process.cwd(), out, err });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    err(`parallel-tests: ${describeError(error)}\n`);
    process.exitCode = exitCodeOf(error);
  },
);
