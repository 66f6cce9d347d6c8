import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { ROOT } from '../helpers/paths.js';

const ok = `suites:
  - name: py
    framework: pytest
`;

function errorOf(text: string): string {
  try {
    parseConfig(text, 'parallel-tests.yml');
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('config: defaults', () => {
  it('fills in what the file leaves out', () => {
    expect(parseConfig(ok, 'p.yml')).toEqual({
      file: 'p.yml',
      host: { reserved: 1, spare: 0 },
      runners: [{ labels: ['ubuntu-latest'], cores: 4, memoryGb: 16 }],
      suites: [
        {
          name: 'py',
          framework: 'pytest',
          workers: 'auto',
          env: {},
          timeoutMinutes: 30,
          retries: 0,
          pythonImports: [],
          results: 'results/py/**/*.xml',
          needsServer: false,
          shards: 'auto',
          targetMinutes: 10,
          line: 2,
        },
      ],
    });
  });

  it('reads the honua preset', () => {
    const c = parseConfig(
      readFileSync(path.join(ROOT, 'workflows-templates/honua.yml'), 'utf8'),
      'honua.yml',
    );
    expect(c.suites.map((s) => [s.name, s.framework, s.workers, s.cores, s.results])).toEqual([
      ['csharp', 'xunit', 6, 8, 'results/csharp/**/*.trx'],
      ['python', 'pytest', 5, 5, 'results/python/**/*.xml'],
      ['qgis', 'pytest', 5, 5, 'results/qgis/**/*.xml'],
    ]);
    expect(c.suites[2]?.env).toEqual({ QT_QPA_PLATFORM: 'offscreen' });
  });
});

describe('config: what run needs', () => {
  it('reads python, python-imports, retries, test-timeout-seconds and command as a list or a string', () => {
    const c = parseConfig(
      `suites:
  - name: q
    framework: pytest
    python: /usr/bin/python3
    python-imports: [qgis.core]
    retries: 2
    test-timeout-seconds: 60
  - name: c
    framework: command
    command: [./t.sh, "--out={results}", "a b"]
  - name: d
    framework: command
    command: ./t.sh  --jobs {workers}
`,
      'p.yml',
    );
    expect(c.suites[0]).toMatchObject({
      python: '/usr/bin/python3',
      pythonImports: ['qgis.core'],
      retries: 2,
      testTimeoutSeconds: 60,
    });
    expect(c.suites[1]!.command).toEqual(['./t.sh', '--out={results}', 'a b']);
    expect(c.suites[2]!.command).toEqual(['./t.sh', '--jobs', '{workers}']);
  });

  it.each([
    [
      'suites:\n  - name: c\n    framework: command\n    command: []\n',
      /^p\.yml:4:14: "command" must be a command line or a list of arguments/,
    ],
    [
      'suites:\n  - name: c\n    framework: pytest\n    retries: -1\n',
      /^p\.yml:4:14: "retries" must be >= 0/,
    ],
  ])('rejects %j with its position', (text, message) => {
    expect(() => parseConfig(text, 'p.yml')).toThrow(message);
  });
});

describe('config: errors name file, line and column', () => {
  it.each([
    ['YAML syntax', 'suites:\n  - name: py\n   framework: pytest\n', /^parallel-tests\.yml:3:\d+: /],
    ['duplicate key', 'suites: []\nsuites: []\n', /^parallel-tests\.yml:2:1: Map keys must be unique/],
    ['empty file', '', /^parallel-tests\.yml:1:1: the file is empty/],
    [
      'unknown key',
      `${ok}    wrokers: 4\n`,
      /^parallel-tests\.yml:4:5: unknown key "wrokers" \(expected one of: name, framework, path, /,
    ],
    [
      'bad framework',
      'suites:\n  - name: py\n    framework: pyunit\n',
      /^parallel-tests\.yml:3:16: "framework" must be one of: pytest, xunit, dotnet/,
    ],
    [
      'workers not a count',
      `${ok}    workers: many\n`,
      /^parallel-tests\.yml:4:14: "workers" must be a whole number of at least 1, or "auto"$/,
    ],
    [
      'unsafe name',
      'suites:\n  - name: "py; rm -rf /"\n    framework: pytest\n',
      /^parallel-tests\.yml:2:11: "name" must match/,
    ],
    [
      'missing framework',
      'suites:\n  - name: py\n',
      /^parallel-tests\.yml:2:5: missing required key "framework"$/,
    ],
    [
      'workers and threads',
      `${ok}    workers: 2\n    threads: 2\n`,
      /^parallel-tests\.yml:2:5: give workers or threads, not both$/,
    ],
    [
      'runner labels',
      `runners:\n  - labels: 3\n    cores: 4\n${ok}`,
      /^parallel-tests\.yml:2:13: "labels" must be a label or a list of labels$/,
    ],
    [
      'duplicate suite',
      `${ok}  - name: py\n    framework: jest\n`,
      /^parallel-tests\.yml:4:11: suite name "py" is used twice \(first at line 2\)$/,
    ],
    [
      'workers above budget',
      `${ok}    workers: 6\n    cores: 4\n`,
      /^parallel-tests\.yml:4:14: suite "py" has 6 workers but a budget of 4 cores$/,
    ],
    [
      'budgets over the host',
      `host:\n  cores: 8\n  reserved: 2\n${ok}    cores: 7\n`,
      /^parallel-tests\.yml:2:10: the suites ask for 7 cores but the host has 6 to give \(8 - 2 reserved - 0 spare\)$/,
    ],
  ])('%s', (_, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });

  it('lists every problem at once, in file order', () => {
    const message = errorOf(
      'suites:\n  - name: a\n    framework: x\n  - name: b\n    framework: pytest\n    shards: 0\n',
    );
    expect(message.split('\n')).toEqual([
      'parallel-tests.yml: 2 problems',
      expect.stringMatching(/^ {2}parallel-tests\.yml:3:16: "framework" must be one of/),
      '  parallel-tests.yml:6:13: "shards" must be a whole number of at least 1, or "auto"',
    ]);
  });
});
