import { describe, expect, it } from 'vitest';
import { COMMANDS, EXIT_CODES } from '../../src/cli/commands.js';
import {
  type CommandSpec,
  parseCommandArgs,
  renderCommandHelp,
  renderUsage,
  wantsHelp,
} from '../../src/cli/table.js';
import { InputError } from '../../src/errors.js';

function sampleArgv(spec: CommandSpec): { argv: string[]; expected: Record<string, unknown> } {
  const argv: string[] = [];
  const expected: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.type === 'boolean') {
      argv.push(`--${name}`);
      expected[name] = true;
    } else if (option.multiple) {
      argv.push(`--${name}`, `${name}-1`, `--${name}`, `${name}-2`);
      expected[name] = [`${name}-1`, `${name}-2`];
    } else {
      argv.push(`--${name}`, `${name}-value`);
      expected[name] = `${name}-value`;
    }
  }
  return { argv, expected };
}

describe('the CLI command table', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s: every option parses and is in its help',
    (_n, spec) => {
      const { argv, expected } = sampleArgv(spec);
      const { values } = parseCommandArgs(spec, [...argv, ...(spec.positionals ? ['pos'] : [])]);
      expect(values).toMatchObject(expected);
      const help = renderCommandHelp(spec);
      for (const name of Object.keys(spec.options)) expect(help).toMatch(new RegExp(`^  --${name}\\b`, 'm'));
      expect(help).toContain(`usage: parallel-tests ${spec.name}`);
      expect(help).toMatch(/--help/);
    },
  );

  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s: an unknown option is bad input naming the command',
    (_n, spec) => {
      expect(() => parseCommandArgs(spec, ['--no-such-option'])).toThrow(InputError);
      expect(() => parseCommandArgs(spec, ['--no-such-option'])).toThrow(new RegExp(`^${spec.name}: `));
    },
  );

  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s: no help line says its default or "repeatable" twice',
    (_n, spec) => {
      for (const line of renderCommandHelp(spec).split('\n')) {
        expect(line.match(/\(default /g)?.length ?? 0, line).toBeLessThanOrEqual(1);
        expect(line.match(/repeatable/g)?.length ?? 0, line).toBeLessThanOrEqual(1);
      }
    },
  );

  it('refuses stray arguments where a command takes none', () => {
    for (const spec of COMMANDS.filter((c) => !c.positionals))
      expect(() => parseCommandArgs(spec, ['stray']), spec.name).toThrow(InputError);
  });

  it('the usage lists every command once', () => {
    const usage = renderUsage(COMMANDS, EXIT_CODES);
    for (const c of COMMANDS) expect(usage.match(new RegExp(`^  ${c.name} `, 'gm'))).toHaveLength(1);
    expect(usage).toContain(EXIT_CODES);
  });

  it.each([
    [['--help'], true],
    [['-h'], true],
    [['--config', 'x', '-h'], true],
    [['--', 'pytest', '--help'], false],
    [['--config', 'x'], false],
  ])('%j asks for help: %s', (argv, wanted) => {
    expect(wantsHelp(argv)).toBe(wanted);
  });

  it('names are unique and options have help text', () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS)
      for (const o of Object.values(c.options)) expect(o.help.length).toBeGreaterThan(5);
  });
});
