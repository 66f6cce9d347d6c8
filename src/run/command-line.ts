/**
 * A command line as a person reads it in a log (pure): each argument quoted the POSIX shell way
 * when it needs it, so it can be pasted into a shell. Display only: programs are always started
 * from the argv list, never from this text.
 */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function quoteArgument(arg: string): string {
  if (PLAIN.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function renderCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string>> = {},
): string {
  const vars = Object.keys(env)
    .sort()
    .map((k) => `${k}=${quoteArgument(env[k]!)}`);
  return [...vars, ...argv.map(quoteArgument)].join(' ');
}
