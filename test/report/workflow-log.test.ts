import { describe, expect, it } from 'vitest';
import { fencedBlock } from '../../src/report/markdown.js';
import { wrapUntrusted } from '../../src/report/workflow-log.js';
import { parseStepLog } from '../helpers/step-log.js';

function tokens(...list: string[]): () => string {
  let i = 0;
  return () => list[i++]!;
}

describe('wrapUntrusted', () => {
  it('puts the text between a stop and its resume; nothing inside acts', () => {
    const text = '::add-mask::x\n  ::error::fake\n##[error]x\n::stop-commands::other\n::other::\n';
    const wrapped = wrapUntrusted(text, tokens('tok-1'));
    expect(wrapped).toBe(`::stop-commands::tok-1\n${text}::tok-1::\n`);
    expect(parseStepLog(`${wrapped}::error::ours\n`).map((c) => [c.command, c.data])).toEqual([
      ['stop-commands', 'tok-1'],
      ['tok-1', ''],
      ['error', 'ours'],
    ]);
  });
  it('takes another token while the text holds one (in any case)', () => {
    const wrapped = wrapUntrusted('::TOK-1::\n', tokens('tok-1', 'tok-2'));
    expect(wrapped.startsWith('::stop-commands::tok-2\n')).toBe(true);
  });
  it('ends the text with a newline when it has none, so the resume is a line of its own', () => {
    expect(wrapUntrusted('x', tokens('t'))).toBe('::stop-commands::t\nx\n::t::\n');
  });
});

describe('fencedBlock', () => {
  it('a fence longer than any backtick run of the text, so no line of it closes the block', () => {
    expect(fencedBlock('a\n```\n<script>x</script>', 'text')).toBe(
      '````text\na\n```\n<script>x</script>\n````\n',
    );
    expect(fencedBlock('plain\n')).toBe('```\nplain\n```\n');
  });
});
