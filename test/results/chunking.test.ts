import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createResultParser, parseResultText } from '../../src/results/parse.js';
import { CORPUS } from '../helpers/paths.js';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(xml|trx)$/.test(name) ? [full] : [];
  });
}

// Every real report in the corpus, whatever its size; the largest ones are read whole only.
const files = walk(CORPUS).filter((f) => statSync(f).size < 400_000);

/**
 * A streaming parser must not care where the chunks break: an entity, a tag, a CDATA end or
 * a line break split across two writes reads the same as in one piece.
 */
describe('the same result whatever the chunk boundaries', () => {
  it('has the corpus', () => {
    expect(files.length).toBeGreaterThan(140);
  });

  it.each(files.map((f) => [path.relative(CORPUS, f), f] as const))('%s', (shown, file) => {
    const text = readFileSync(file, 'utf8');
    const whole = parseResultText(shown, text);
    for (const size of [1, 7, 61]) {
      const parser = createResultParser(shown);
      for (let i = 0; i < text.length; i += size) parser.write(text.slice(i, i + size));
      expect(parser.end(), `chunks of ${size}`).toEqual(whole);
    }
  });
});
