/**
 * A step's output read the way the GitHub runner reads it (actions/runner,
 * src/Runner.Worker/ActionCommandManager.cs and ActionCommand.cs), so that a test can tell which
 * lines act as workflow commands:
 * - output is cut into lines at CR, LF or CRLF (the runner's StreamReader.ReadLine);
 * - a line whose start, after leading white space, is `::name props::data` is a command when
 *   `name` is a registered command (case-insensitive);
 * - otherwise a line holding `##[name props]data` anywhere is the legacy form of one;
 * - `stop-commands` with a token makes every command but the token itself inert until
 *   `::token::` (or `##[token]`) resumes.
 */

export interface SeenCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  /** The 0-based output line it came from. */
  line: number;
}

const REGISTERED = [
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'add-path',
  'set-env',
  'set-output',
  'save-state',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
];

function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return text
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

/** `name k=v<sep>k=v` of a command, when `name` is registered; values unescaped by `value`. */
function commandInfo(
  info: string,
  registered: Set<string>,
  separator: string,
  value: (text: string) => string,
): { command: string; properties: Record<string, string> } | undefined {
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  const list =
    space < 0
      ? []
      : info
          .slice(space + 1)
          .trim()
          .split(separator);
  for (const prop of list) {
    const eq = prop.indexOf('=');
    if (eq > 0 && eq < prop.length - 1) properties[prop.slice(0, eq)] = value(prop.slice(eq + 1));
  }
  return { command, properties };
}

function parseV2(line: string, registered: Set<string>): Omit<SeenCommand, 'line'> | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = commandInfo(message.slice(2, end), registered, ',', unescapeProperty);
  return info && { ...info, data: unescapeData(message.slice(end + 2)) };
}

function parseLegacy(line: string, registered: Set<string>): Omit<SeenCommand, 'line'> | undefined {
  const at = line.indexOf('##[');
  if (at < 0) return undefined;
  const close = line.indexOf(']', at);
  if (close < 0) return undefined;
  const info = commandInfo(line.slice(at + 3, close), registered, ';', (v) => v);
  return info && { ...info, data: line.slice(close + 1) };
}

/** The commands the runner would act on, in order (stop-commands and its resume included). */
export function parseStepLog(output: string): SeenCommand[] {
  const registered = new Set(REGISTERED);
  const seen: SeenCommand[] = [];
  let stopToken: string | undefined;
  const lines = output.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const cmd = parseV2(line, registered) ?? parseLegacy(line, registered);
    if (!cmd) return;
    const name = cmd.command.toLowerCase();
    if (stopToken !== undefined) {
      if (name !== stopToken.toLowerCase()) return;
      registered.delete(stopToken.toLowerCase());
      stopToken = undefined;
      seen.push({ ...cmd, line: index });
      return;
    }
    if (name === 'stop-commands') {
      stopToken = cmd.data;
      registered.add(stopToken.toLowerCase());
    }
    seen.push({ ...cmd, line: index });
  });
  return seen;
}
