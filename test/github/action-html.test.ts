import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTree } from '../helpers/run.js';
import { runActionStep } from '../helpers/runner.js';

describe('action: input html', () => {
  it('writes the HTML report and sets its path as the html output', () => {
    const ws = tempDir('pt-ws-html-');
    writeTree(ws, {
      'results/junit.xml':
        '<testsuite name="python"><testcase classname="t" name="&lt;b&gt;ok" time="1"/><testcase classname="t" name="skip"><skipped/></testcase></testsuite>',
    });
    const r = runActionStep(ws, { command: 'aggregate', results: 'results/*.xml', html: 'out/report.html' });
    expect(r.code).toBe(0);
    const target = path.join(ws, 'out/report.html');
    expect(r.outputs.html).toBe(target);
    const html = readFileSync(target, 'utf8');
    expect(html).toContain('<td class="num" data-count="tests">2</td>');
    expect(html).toContain('t.&lt;b&gt;ok');
  });

  it('writes no HTML report without the input', () => {
    const ws = tempDir('pt-ws-html-');
    writeTree(ws, {
      'results/junit.xml': '<testsuite name="py"><testcase classname="t" name="ok"/></testsuite>',
    });
    const r = runActionStep(ws, { command: 'aggregate', results: 'results/*.xml' });
    expect(r.code).toBe(0);
    expect(r.outputs.html).toBeUndefined();
  });
});
