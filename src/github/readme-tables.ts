/**
 * The README's inputs and outputs tables, rendered from action.yml (pure), so the two cannot
 * drift: `npm run readme` rewrites them, test/github/readme.test.ts fails when they differ.
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

/** The README with its generated block replaced; throws when the markers are missing. */
export function updateReadme(readme: string, actionYml: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} ... ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${renderActionTables(actionYml)}\n${readme.slice(end)}`;
}
