import { describe, expect, it } from 'vitest';
import { splitPatterns } from '../../src/github/patterns.js';

describe('splitPatterns (multi-line action inputs)', () => {
  it('splits the action input: one pattern per line, blank lines and comments dropped', () => {
    expect(splitPatterns('a/*.xml\r\n\n  # note\n  b/**/*.trx  \n')).toEqual(['a/*.xml', 'b/**/*.trx']);
  });
});
