/**
 * Text that must never act on the runner, made safe for a step's log. The runner reads every
 * line of a step's output whose trimmed start is `::` as a workflow command (`::add-mask::`,
 * `::error file=…::`, `::stop-commands::`), and its legacy form `##[command]` anywhere in a
 * line. Inside `::stop-commands::TOKEN` … `::TOKEN::` it obeys nothing but the resume with that
 * token (docs: "Stopping and starting workflow commands"), so a fresh token that the text does
 * not contain makes every line of it data. Pure: the caller supplies the tokens.
 */

/** The text between a stop and its resume; `newToken` is asked again while the text holds a token. */
export function wrapUntrusted(text: string, newToken: () => string): string {
  let token = newToken();
  for (let tries = 0; text.toLowerCase().includes(token.toLowerCase()); tries++) {
    if (tries > 100) throw new Error('no stop-commands token absent from the text');
    token = newToken();
  }
  const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}
