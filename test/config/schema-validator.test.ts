import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, no types
import { OUTPUT, SCHEMA, validatorSource } from '../../scripts/schema-validator.mjs';
import { parseConfig } from '../../src/config/config.js';

describe('the precompiled config validator', () => {
  it('is what the schema compiles to now (npm run build regenerates it)', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
    expect(readFileSync(OUTPUT, 'utf8')).toBe(validatorSource(schema));
  });

  it('rejects what the schema forbids, with the line of the offending key', () => {
    const text = 'suites:\n  - name: ok\n    framework: pytest\n    shards: many\n';
    expect(() => parseConfig(text, 'p.yml')).toThrow(/p\.yml:4:\d+/);
  });
});
