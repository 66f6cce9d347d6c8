/**
 * The CLI's command table machinery (pure): how a command and its options are described, the
 * help and usage rendered from that description, and argv parsed against it. The commands
 * themselves are listed once, in commands.ts; nothing about an option is written twice.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError } from '../errors.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** May be given more than once (collected into a list). */
  multiple?: boolean;
  default?: string | boolean | string[];
  /** What the value is called in help (FILE, DIR, N, KEY=VALUE). */
  value?: string;
  help: string;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandContext {
  /** Where the command runs (process.cwd() for a person at a shell). */
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Colour the report (stdout is a terminal and NO_COLOR is not set). */
  color?: boolean;
  /**
   * The output is a GitHub Actions step log: text from result files is printed where no line of
   * it can act as a workflow command (report/workflow-log.ts).
   */
  stepLog?: boolean;
}

export interface CommandSpec {
  name: string;
  /** One line for the top-level usage. */
  summary: string;
  /** What follows the options in the usage line, e.g. "<file-or-glob>..." or "-- CMD ARGS...". */
  args?: string;
  /** Positional arguments are allowed (their meaning is in `args`). */
  positionals?: boolean;
  options: Record<string, OptionSpec>;
  /** Lines of prose after the options in `--help`. */
  notes?: string[];
  run(values: OptionValues, positionals: string[], context: CommandContext): Promise<number>;
}

const HELP: OptionSpec = { type: 'boolean', help: 'print this help' };

function optionLabel(name: string, spec: OptionSpec): string {
  const value = spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : '';
  return `--${name}${value}`;
}

function optionHelp(spec: OptionSpec): string {
  const extras: string[] = [];
  if (spec.multiple) extras.push('repeatable');
  if (spec.type === 'string' && typeof spec.default === 'string') extras.push(`default ${spec.default}`);
  return extras.length > 0 ? `${spec.help} (${extras.join('; ')})` : spec.help;
}

function optionLines(options: Record<string, OptionSpec>, indent: string): string[] {
  const entries = Object.entries(options);
  const width = Math.max(0, ...entries.map(([name, spec]) => optionLabel(name, spec).length));
  return entries.map(
    ([name, spec]) => `${indent}${optionLabel(name, spec).padEnd(width)}  ${optionHelp(spec)}`,
  );
}

function usageLine(spec: CommandSpec): string {
  const opts = Object.keys(spec.options).length > 0 ? ' [options]' : '';
  return `parallel-tests ${spec.name}${opts}${spec.args ? ` ${spec.args}` : ''}`;
}

/** `parallel-tests <command> --help`. */
export function renderCommandHelp(spec: CommandSpec): string {
  const lines = [`usage: ${usageLine(spec)}`, '', spec.summary, '', 'options:'];
  lines.push(...optionLines({ ...spec.options, help: { ...HELP, help: 'print this help (also -h)' } }, '  '));
  if (spec.notes && spec.notes.length > 0) lines.push('', ...spec.notes);
  return `${lines.join('\n')}\n`;
}

/** The top-level usage: every command with its summary. */
export function renderUsage(commands: readonly CommandSpec[], exitCodes: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = ['usage: parallel-tests <command> [options]', '', 'commands:'];
  for (const c of commands) lines.push(`  ${c.name.padEnd(width)}  ${c.summary}`);
  lines.push('', 'parallel-tests <command> --help prints the options of one command.', '', exitCodes);
  return `${lines.join('\n')}\n`;
}

/** The README's command reference: one section per command, its help as it prints. */
export function renderCommandReference(commands: readonly CommandSpec[]): string {
  return commands
    .map((c) => `#### \`${c.name}\`\n\n\`\`\`text\n${renderCommandHelp(c).trimEnd()}\n\`\`\``)
    .join('\n\n');
}

export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const own = end < 0 ? argv : argv.slice(0, end);
  return own.includes('--help') || own.includes('-h');
}

/** argv against a command's options; an unknown option or a stray argument is bad input (exit 2). */
export function parseCommandArgs(
  spec: CommandSpec,
  argv: string[],
): { values: OptionValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: spec.positionals ?? false,
      strict: true,
      options: Object.fromEntries(
        Object.entries(spec.options).map(([name, o]) => [
          name,
          {
            type: o.type,
            ...(o.multiple ? { multiple: true } : {}),
            ...(o.default !== undefined ? { default: o.default } : {}),
          },
        ]),
      ) as NonNullable<ParseArgsConfig['options']>,
    });
    return { values: values as OptionValues, positionals };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new InputError(`${spec.name}: ${message}\n(parallel-tests ${spec.name} --help lists the options)`);
  }
}
