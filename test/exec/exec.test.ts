import { describe, expect, it } from 'vitest';
import { execProcess } from '../../src/exec.js';

describe('execProcess', () => {
  it('splits lines per stream: a half line on stdout is not joined to stderr', async () => {
    const lines: string[] = [];
    const script =
      "process.stdout.write('out-start ');" +
      "setTimeout(() => { process.stderr.write('err line\\n');" +
      "setTimeout(() => process.stdout.write('out-end\\n'), 50); }, 50);";
    const r = await execProcess(process.execPath, ['-e', script], { onLine: (l) => lines.push(l) });
    expect(r.code).toBe(0);
    expect(lines.sort()).toEqual(['err line', 'out-start out-end']);
    expect(r.stdout).toBe('out-start out-end\n');
    expect(r.stderr).toBe('err line\n');
  });

  it('a program that cannot start is a result with code null', async () => {
    const r = await execProcess('parallel-tests-no-such-program', []);
    expect(r.code).toBeNull();
    expect(r.error).toMatch(/ENOENT/);
  });
});
