import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { ROOT } from '../helpers/paths.js';
import { runDist, tempDir, writeTree } from '../helpers/run.js';

const PIN = `honua/parallel-tests@${'ab'.repeat(20)} # v1.0.0`;
const CONFIG = 'suites:\n  - name: py\n    framework: pytest\n';
const OUT = '.github/workflows/parallel-tests.yml';

describe('CLI: generate and --check', () => {
  it('writes the workflow, then --check says current (0), stale (1, with a diff) and missing (1)', () => {
    const dir = tempDir('pt-generate-');
    writeTree(dir, { 'parallel-tests.yml': CONFIG });
    const write = runDist('cli.js', ['generate', '--pin', PIN], { cwd: dir });
    expect(write.stderr).toBe(`wrote ${OUT} from parallel-tests.yml\n`);
    expect(write.code).toBe(0);
    const text = readFileSync(path.join(dir, OUT), 'utf8');
    expect(text).toContain(
      `npx parallel-tests generate --config parallel-tests.yml --out ${OUT} --pin '${PIN}'`,
    );

    const current = runDist('cli.js', ['generate', '--pin', PIN, '--check'], { cwd: dir });
    expect([current.code, current.stdout, current.stderr]).toEqual([
      0,
      '',
      `${OUT} is up to date with parallel-tests.yml\n`,
    ]);

    writeFileSync(path.join(dir, 'parallel-tests.yml'), `${CONFIG}    timeout-minutes: 7\n`);
    writeFileSync(path.join(dir, OUT), text.replace('timeout-minutes: 15', 'timeout-minutes: 16'));
    const stale = runDist('cli.js', ['generate', '--pin', PIN, '--check'], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(`--- ${OUT} (committed)`);
    expect(stale.stdout).toContain('-    timeout-minutes: 16\n+    timeout-minutes: 15\n');
    expect(stale.stderr).toMatch(/is stale/);
    // --check wrote nothing.
    expect(readFileSync(path.join(dir, OUT), 'utf8')).toContain('timeout-minutes: 16');

    const missing = runDist('cli.js', ['generate', '--pin', PIN, '--check', '--out', 'none.yml'], {
      cwd: dir,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^none\.yml does not exist: run `npx parallel-tests generate/);
  });

  it('refuses to generate without a pin for our action (exit 2, naming it)', () => {
    const dir = tempDir('pt-generate-');
    writeTree(dir, { 'parallel-tests.yml': CONFIG });
    const r = runDist('cli.js', ['generate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/honua\/parallel-tests \(/);
  });
});

describe('CLI: init', () => {
  it.each(['honua', 'pytest-xdist'])(
    '--preset %s writes a config the commands accept, schema comment first',
    (preset) => {
      const dir = tempDir('pt-init-');
      const r = runDist('cli.js', ['init', '--preset', preset], { cwd: dir });
      expect(r.code).toBe(0);
      const text = readFileSync(path.join(dir, 'parallel-tests.yml'), 'utf8');
      expect(text.split('\n')[0]).toMatch(
        /^# yaml-language-server: \$schema=\S+parallel-tests\.schema\.json$/,
      );
      const template = readFileSync(path.join(ROOT, 'workflows-templates', `${preset}.yml`), 'utf8');
      expect(text.split('\n').slice(1)).toEqual(template.split('\n').slice(1));
      expect(parseConfig(text, 'p.yml').suites.length).toBeGreaterThan(0);
    },
  );

  it('never overwrites without --force', () => {
    const dir = tempDir('pt-init-');
    writeTree(dir, { 'parallel-tests.yml': 'mine\n' });
    const r = runDist('cli.js', ['init', '--preset', 'honua'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/parallel-tests\.yml exists; init never overwrites it \(pass --force/);
    expect(readFileSync(path.join(dir, 'parallel-tests.yml'), 'utf8')).toBe('mine\n');
    expect(runDist('cli.js', ['init', '--preset', 'honua', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, 'parallel-tests.yml'), 'utf8')).toContain('name: csharp');
  });

  it('--preset detect proposes the suites of a small repository and says what it found', () => {
    const dir = tempDir('pt-init-');
    writeTree(dir, {
      'pytest.ini': '[pytest]\n',
      'tests/unit/test_a.py': 'def test_a():\n    pass\n',
      'tests/integration/test_b.py': 'def test_b():\n    pass\n',
      'Api.Tests/Api.Tests.csproj':
        '<Project><ItemGroup><PackageReference Include="Microsoft.NET.Test.Sdk" /><PackageReference Include="xunit" /></ItemGroup></Project>',
      'node_modules/x/test_ignored.py': '',
    });
    const r = runDist('cli.js', ['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('.NET test project Api.Tests/Api.Tests.csproj (xunit)');
    const config = parseConfig(readFileSync(path.join(dir, 'parallel-tests.yml'), 'utf8'), 'p.yml');
    expect(config.suites.map((s) => [s.name, s.framework, s.path ?? s.project])).toEqual([
      ['api.tests', 'xunit', 'Api.Tests'],
      ['integration', 'pytest', 'tests/integration'],
      ['unit', 'pytest', 'tests/unit'],
    ]);
  });

  it('--preset detect with no tests writes nothing (exit 2)', () => {
    const dir = tempDir('pt-init-');
    writeTree(dir, { 'README.md': '# x\n' });
    const r = runDist('cli.js', ['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/found no tests/);
  });
});
