// Rewrites the README's action tables from action.yml (npm run readme).
import { readFileSync, writeFileSync } from 'node:fs';
import { updateReadme } from '../src/github/readme-tables.js';

writeFileSync(
  'README.md',
  updateReadme(readFileSync('README.md', 'utf8'), readFileSync('action.yml', 'utf8')),
);
