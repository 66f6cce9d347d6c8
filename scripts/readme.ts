// Rewrites the README's generated blocks (npm run readme): the action tables from action.yml,
// the CLI reference from the command table.
import { readFileSync, writeFileSync } from 'node:fs';
import { COMMANDS } from '../src/cli/commands.js';
import { renderCommandReference } from '../src/cli/table.js';
import { CLI_END, CLI_START, replaceBlock, updateReadme } from '../src/github/readme-tables.js';

const readme = updateReadme(readFileSync('README.md', 'utf8'), readFileSync('action.yml', 'utf8'));
writeFileSync('README.md', replaceBlock(readme, CLI_START, CLI_END, renderCommandReference(COMMANDS)));
