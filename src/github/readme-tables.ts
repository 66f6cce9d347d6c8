/**
 * The README's generated blocks (pure): the inputs and outputs tables from action.yml and the
 * CLI reference from the command table, so neither can drift: `npm run readme` rewrites them,
 * test/github/readme.test.ts fails when they differ.
 */
import { parse } from 'yaml';

interface ActionYml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

export const START = '<!-- action-tables:start (generated from action.yml: npm run readme) -->';
export const END = '<!-- action-tables:end -->';

function cell(text: string | undefined): string {
  return (text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

export function renderActionTables(actionYml: string): string {
  const action = parse(actionYml) as ActionYml;
  const lines = ['| input | default | meaning |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const value = input.required
      ? '(required)'
      : input.default === '' || input.default === undefined
        ? ''
        : `\`${input.default}\``;
    lines.push(`| \`${name}\` | ${value} | ${cell(input.description)} |`);
  }
  lines.push('', '| output | meaning |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return lines.join('\n');
}

export const CLI_START = '<!-- cli-reference:start (generated from src/cli/commands.ts: npm run readme) -->';
export const CLI_END = '<!-- cli-reference:end -->';

/** `readme` with the block between `start` and `end` replaced; throws when the markers are missing. */
export function replaceBlock(readme: string, start: string, end: string, content: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to < from) throw new Error(`README.md has no ${start} ... ${end} block`);
  return `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`;
}

/** The README with its action tables rendered from action.yml. */
export function updateReadme(readme: string, actionYml: string): string {
  return replaceBlock(readme, START, END, renderActionTables(actionYml));
}
