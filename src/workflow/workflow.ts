/**
 * The workflow `generate` writes, as data (pure): a plan job (the matrix from the timing
 * history, the image looked up), an image job (built once, only on a cache miss), one test job
 * per matrix entry (its runner, timeout, framework setup, server, shard), and a report job
 * that always runs and merges every job's results.
 *
 * Security rules, each kept here and checked by test/workflow/security.test.ts:
 * - `permissions: {}` at the top, each job only what it needs;
 * - every `uses:` pinned to a full SHA (pins.ts); `persist-credentials: false` on checkout;
 * - no `${{ }}` in any `run:`, and no text from the config in a `run:` (values reach a shell
 *   only through `env:`); config strings that are written at all are restricted by the
 *   schema, and suite names (used in `if:` expressions) by their pattern, checked again here;
 * - `pull_request`, never `pull_request_target` (which runs with a write token on fork code);
 * - a concurrency group that cancels a superseded run of the same pull request only.
 */
import type { Config, SuiteConfig } from '../config/config.js';
import { isDotnet } from '../config/frameworks.js';
import { defaultWorkflow, type WorkflowConfig } from '../config/workflow-section.js';
import { InputError } from '../errors.js';
import { type Mapping, Pinned, type Value, type WorkflowDocument } from './document.js';
import type { ActionPin } from './pins.js';
import { OUR_ACTION, PinBook } from './pins.js';

export interface WorkflowInput {
  config: Config;
  /** The config file as the workflow's steps name it: relative to the repository root. */
  configPath: string;
  /** The config file as the user named it, for the header. */
  configSource: string;
  /** The command line that regenerates this file, for the header. */
  regenerate: string;
  /** Pins given on the command line (they win over the config's). */
  pins?: Record<string, ActionPin>;
}

/** Where the test jobs find the plan's shard selections (the plan command's default). */
export const PLAN_DIR = '.parallel-tests/plan';
/**
 * The artifact that carries them from the plan job to the test jobs. Not `parallel-tests-*`:
 * that prefix is the test jobs' result artifacts, which the report job downloads.
 */
export const PLAN_ARTIFACT = 'parallel-tests.plan';

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** A value that may be written into a `with:` or `env:`: no expression, no line break. */
const SAFE_TEXT = /^[^\r\n$]+$/;

/** `matrix.suite == 'a' || ...` for the suites given; undefined when that is every suite. */
function suiteCondition(names: readonly string[], all: readonly string[]): string | undefined {
  if (names.length === all.length) return undefined;
  for (const name of names) {
    // The schema allows no quote in a suite name; a name that reached here with one would
    // end the string literal inside the expression.
    if (!SAFE_NAME.test(name))
      throw new InputError(`suite name "${name}" cannot be written into the workflow`);
  }
  return names.map((n) => `matrix.suite == '${n}'`).join(' || ');
}

function safeText(value: string, what: string): string {
  if (!SAFE_TEXT.test(value)) {
    throw new InputError(
      `${what} cannot be written into the workflow: it contains "$" or a line break (GitHub would read \${{ }} as an expression)`,
    );
  }
  return value;
}

/** A GitHub expression, `${{ body }}`: only ever in `with:`, `if:` and job keys, never in `run:`. */
function expr(body: string): string {
  return `\${{ ${body} }}`;
}

function step(fields: Mapping): Mapping {
  return fields;
}

function withIf(condition: string | undefined, fields: Mapping): Mapping {
  if (condition === undefined) return fields;
  const { name, ...rest } = fields;
  return { name: name ?? null, if: condition, ...rest };
}

export function buildWorkflow(input: WorkflowInput): WorkflowDocument {
  const { config } = input;
  const wf: WorkflowConfig = config.workflow ?? defaultWorkflow();
  const book = new PinBook({ flags: input.pins ?? {}, config: wf.pins });
  const pinned = (action: string, usedFor: string): Pinned => {
    const { uses, version } = book.use(action, usedFor);
    return new Pinned(uses, version);
  };
  const configPath = safeText(input.configPath, `the config path "${input.configPath}"`);
  const ours = (usedFor: string) => pinned(OUR_ACTION, usedFor);
  const checkout = (): Mapping =>
    step({
      name: 'Check out',
      uses: pinned('actions/checkout', 'every job'),
      // The token stays out of .git/config, where any later step could read it.
      with: { 'persist-credentials': false },
    });

  const all = config.suites.map((s) => s.name);
  const names = (pick: (s: SuiteConfig) => boolean) => config.suites.filter(pick).map((s) => s.name);
  const qgis = new Set(wf.qgis?.suites ?? []);
  const qgisImage = wf.qgis?.image;

  const plan: Mapping = {
    name: 'plan',
    'runs-on': runsOn(wf.runsOn),
    'timeout-minutes': 10,
    permissions: { contents: 'read' },
    outputs: {
      matrix: expr('steps.plan.outputs.matrix'),
      ...(config.image ? { 'cache-hit': expr('steps.image.outputs.cache-hit') } : {}),
    },
    steps: [
      checkout(),
      step({
        name: 'Plan the matrix from the timing history',
        id: 'plan',
        uses: ours('plan'),
        with: { command: 'plan', config: configPath, 'timings-cache': true },
      }),
      step({
        name: 'Keep the shard selections for the test jobs',
        uses: pinned('actions/upload-artifact', 'the plan job hands the shard selections on'),
        with: {
          name: PLAN_ARTIFACT,
          path: PLAN_DIR,
          // The folder's name starts with a dot; upload-artifact leaves such files out unless told.
          'include-hidden-files': true,
          'if-no-files-found': 'error',
          'retention-days': 1,
        },
      }),
      ...(config.image
        ? [
            step({
              name: 'Look the test image up in the cache',
              id: 'image',
              uses: ours('image lookup'),
              with: { command: 'image', config: configPath, 'lookup-only': true },
            }),
          ]
        : []),
    ],
  };

  const jobs: Mapping = { plan };

  if (config.image) {
    jobs.image = {
      name: 'test image',
      needs: 'plan',
      // Built once here and saved to the cache; every test job restores it.
      if: "needs.plan.outputs.cache-hit != 'true'",
      'runs-on': runsOn(wf.runsOn),
      'timeout-minutes': 30,
      permissions: { contents: 'read' },
      steps: [
        checkout(),
        step({
          name: 'Build the test image and save it to the cache',
          uses: ours('image build'),
          with: { command: 'image', config: configPath },
        }),
      ],
    };
  }

  const setup: Mapping[] = [];
  const dotnet = names((s) => isDotnet(s.framework));
  if (dotnet.length > 0) {
    setup.push(
      withIf(suiteCondition(dotnet, all), {
        name: 'Set up .NET',
        uses: pinned('actions/setup-dotnet', `.NET suites: ${dotnet.join(', ')}`),
        with: { 'dotnet-version': wf.dotnetVersion },
      }),
    );
  }
  const python = names((s) => s.framework === 'pytest' && !qgis.has(s.name));
  if (python.length > 0) {
    const when = suiteCondition(python, all);
    setup.push(
      withIf(when, {
        name: 'Set up Python',
        uses: pinned('actions/setup-python', `pytest suites: ${python.join(', ')}`),
        with: { 'python-version': wf.pythonVersion },
      }),
      withIf(when, {
        name: 'Install pytest and pytest-xdist',
        run: 'python -m pip install pytest pytest-xdist',
      }),
    );
    if (wf.requirements !== undefined) {
      setup.push(
        withIf(when, {
          name: 'Install the requirements',
          env: { REQUIREMENTS: safeText(wf.requirements, 'workflow.requirements') },
          run: 'python -m pip install -r "$REQUIREMENTS"',
        }),
      );
    }
  }
  const qgisSuites = names((s) => qgis.has(s.name));
  if (qgisSuites.length > 0 && qgisImage === undefined) {
    setup.push(
      withIf(suiteCondition(qgisSuites, all), {
        name: "Install QGIS, pytest and pytest-xdist from Ubuntu's packages",
        // The system Python is the one with the QGIS bindings, so no setup-python here.
        run: [
          'sudo apt-get update',
          'sudo apt-get install --yes --no-install-recommends python3-qgis python3-pytest python3-pytest-xdist',
          '',
        ].join('\n'),
      }),
    );
  }
  const node = names((s) => s.framework === 'jest' || s.framework === 'vitest');
  if (node.length > 0) {
    const when = suiteCondition(node, all);
    setup.push(
      withIf(when, {
        name: 'Set up Node.js',
        uses: pinned('actions/setup-node', `jest and vitest suites: ${node.join(', ')}`),
        with: { 'node-version': wf.nodeVersion },
      }),
      withIf(when, { name: 'Install the dependencies', run: 'npm ci' }),
    );
  }
  const go = names((s) => s.framework === 'go');
  if (go.length > 0) {
    setup.push(
      withIf(suiteCondition(go, all), {
        name: 'Set up Go',
        uses: pinned('actions/setup-go', `go suites: ${go.join(', ')}`),
        with: { 'go-version-file': 'go.mod' },
      }),
    );
  }
  const server = names((s) => s.needsServer);
  if (server.length > 0 && !config.server) {
    throw new InputError(
      `${config.file}: suites ${server.join(', ')} need the test server, but the config has no "server" section`,
    );
  }

  const run: Mapping = {
    command: 'run',
    config: configPath,
    suite: expr('matrix.suite'),
    shard: expr('matrix.shard'),
    shards: expr('matrix.shards'),
    'tests-file': expr('matrix.tests-file'),
    workers: expr('matrix.workers'),
    cores: expr('matrix.cores'),
  };
  if (wf.retentionDays !== undefined) run['retention-days'] = wf.retentionDays;

  const test: Mapping = {
    name: `${expr('matrix.suite')} ${expr('matrix.shard')}/${expr('matrix.shards')}`,
    needs: config.image ? ['plan', 'image'] : 'plan',
    // The image job is skipped on a cache hit; its dependants must run anyway.
    ...(config.image
      ? { if: expr("!cancelled() && needs.plan.result == 'success' && needs.image.result != 'failure'") }
      : {}),
    // The runner labels come from the plan: the config's `runners` sized against each suite's budget.
    'runs-on': expr('matrix.runs-on'),
    'timeout-minutes': expr('matrix.timeout-minutes'),
    // actions: read for the plan's artifact.
    permissions: { contents: 'read', actions: 'read' },
    ...(qgisImage !== undefined && qgisSuites.length > 0
      ? {
          // An empty image runs the job on the runner itself (actions/runner#2235).
          container: {
            image: expr(
              `(${suiteCondition(qgisSuites, [])}) && '${safeText(qgisImage, 'workflow.qgis.image')}' || ''`,
            ),
          },
        }
      : {}),
    strategy: {
      'fail-fast': false,
      ...(wf.maxParallel !== undefined ? { 'max-parallel': wf.maxParallel } : {}),
      matrix: expr('fromJSON(needs.plan.outputs.matrix)'),
    },
    steps: [
      checkout(),
      step({
        name: 'Fetch the shard selections',
        uses: pinned('actions/download-artifact', 'the test jobs fetch the shard selections'),
        with: { name: PLAN_ARTIFACT, path: PLAN_DIR },
      }),
      ...setup,
      ...(server.length > 0
        ? [
            withIf(suiteCondition(server, all), {
              name: 'Restore the test image and start the server',
              uses: ours('the test server'),
              with: { command: 'image', config: configPath, serve: true },
            }),
          ]
        : []),
      step({ name: 'Run the shard', uses: ours('run'), with: run }),
    ],
  };
  jobs.test = test;

  const aggregate: Mapping = {
    command: 'aggregate',
    config: configPath,
    // Every parallel-tests-* artifact of this run: one per test job.
    download: true,
    results: `${config.suites.map((s) => safeText(s.results, `suite "${s.name}" (line ${s.line}): "results"`)).join('\n')}\n`,
  };
  if (wf.checkRun) aggregate['check-run'] = true;
  if (wf.comment !== 'off') aggregate.comment = wf.comment;
  if (wf.coverage !== undefined) aggregate.coverage = safeText(wf.coverage, 'workflow.coverage');
  if (wf.coverageThreshold !== undefined) aggregate['coverage-threshold'] = wf.coverageThreshold;
  const outputs = ['job summary', 'annotations'];
  if (wf.checkRun) outputs.push('check run');
  if (wf.comment !== 'off') outputs.push('pull-request comment');

  jobs.report = {
    name: 'report',
    needs: 'test',
    // Failed or cancelled shards are what the report is for.
    if: 'always()',
    'runs-on': runsOn(wf.runsOn),
    'timeout-minutes': 15,
    permissions: {
      contents: 'read',
      actions: 'read',
      ...(wf.checkRun ? { checks: 'write' } : {}),
      ...(wf.comment !== 'off' ? { 'pull-requests': 'write' } : {}),
    },
    steps: [
      checkout(),
      step({
        name: `Report across every test job (${outputs.join(', ')})`,
        uses: ours('aggregate'),
        with: aggregate,
      }),
    ],
  };

  book.check(config.file);

  const body: Mapping = {
    name: 'parallel-tests',
    on: {
      pull_request: null,
      push: { branches: [wf.defaultBranch] },
      workflow_dispatch: null,
    },
    permissions: {},
    // One run per pull request: a new push cancels the one before. Pushes to the default
    // branch get a group of their own (the run id), so none of them is ever cancelled, not even
    // while pending.
    concurrency: {
      group:
        `${expr('github.workflow')}-` +
        expr(
          "github.event_name == 'pull_request' && format('pr-{0}', github.event.pull_request.number) || github.run_id",
        ),
      'cancel-in-progress': expr("github.event_name == 'pull_request'"),
    },
    jobs,
  };
  for (const line of [input.configSource, input.regenerate]) {
    if (/[\r\n]/.test(line))
      throw new InputError(`a line break cannot be written into the header: ${JSON.stringify(line)}`);
  }
  return {
    header: [
      `Generated by parallel-tests from ${input.configSource}. Do not edit: change the config and run`,
      `  ${input.regenerate}`,
      'then commit both; generate --check with the same options fails while this file is stale.',
      `Actions: ${book.usedActions().join(', ')}, each pinned to a full commit SHA.`,
    ],
    body,
  };
}

/**
 * The config's path as the workflow's steps give it. A workflow under `<root>/.github/workflows/`
 * runs with `<root>` checked out, so the path is relative to that root (the example keeps its
 * workflow under examples/honua/.github/workflows/ as if it were a repository of its own);
 * elsewhere it is relative to where generate runs. Paths are POSIX, as on the runner.
 */
export function workflowConfigPath(configFromCwd: string, outFromCwd: string): string {
  const config = posixNormalize(configFromCwd);
  const out = posixNormalize(outFromCwd);
  const at = out.lastIndexOf('.github/workflows/');
  const root = at === -1 ? '' : out.slice(0, at);
  if (root !== '' && !config.startsWith(root)) {
    throw new InputError(
      `the config ${configFromCwd} is outside the repository ${root.replace(/\/$/, '')} that ${outFromCwd} belongs to`,
    );
  }
  return config.slice(root.length);
}

function posixNormalize(p: string): string {
  const parts: string[] = [];
  for (const part of p.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function runsOn(labels: readonly string[]): Value {
  return labels.length === 1 ? labels[0]! : [...labels];
}
