/**
 * The config's `workflow:` section: what `generate` writes into the workflow beyond the suites
 * (action pins, the runner of the plan/image/report jobs, the report's outputs, each
 * framework's setup). Pure: the raw section and the suites in, the typed section and any
 * problems (with positions) out. The schema already restricts every string that reaches the
 * workflow; this checks what it cannot: that named suites exist and fit together.
 */
import type { Framework } from './frameworks.js';

export type CommentMode = 'off' | 'always' | 'failures' | 'changes';

export interface ActionPin {
  /** Full 40-hex commit SHA. */
  sha: string;
  /** The tag it is, written beside it as a comment. */
  version: string;
}

export interface QgisSetup {
  suites: string[];
  /** A container image with QGIS; undefined: Ubuntu's python3-qgis packages. */
  image?: string;
}

export interface WorkflowConfig {
  /** Action (owner/repo[/path]) -> its pin. */
  pins: Record<string, ActionPin>;
  /** Where each pin was written, for messages. */
  pinLines: Record<string, number>;
  runsOn: string[];
  defaultBranch: string;
  maxParallel?: number;
  checkRun: boolean;
  comment: CommentMode;
  coverage?: string;
  coverageThreshold?: number;
  retentionDays?: number;
  pythonVersion: string;
  requirements?: string;
  dotnetVersion: string;
  nodeVersion: string;
  qgis?: QgisSetup;
}

export type RawWorkflow = {
  pins?: Record<string, { sha: string; version: string }>;
  'runs-on'?: string | string[];
  'default-branch'?: string;
  'max-parallel'?: number;
  'check-run'?: boolean;
  comment?: CommentMode;
  coverage?: string;
  'coverage-threshold'?: number;
  'retention-days'?: number;
  'python-version'?: string;
  requirements?: string;
  'dotnet-version'?: string;
  'node-version'?: string;
  qgis?: { suites: string[]; image?: string };
};

interface SuiteFacts {
  name: string;
  framework: Framework;
  needsServer: boolean;
}

interface Problem {
  line: number;
  column: number;
  message: string;
}

/** The section's defaults, for a config without one. */
export function defaultWorkflow(): WorkflowConfig {
  return readWorkflowSection(undefined, [], () => ({ line: 1, column: 1 })).workflow;
}

/** The section as written, with defaults; `at` gives a path's position in the file. */
export function readWorkflowSection(
  raw: RawWorkflow | undefined,
  suites: readonly SuiteFacts[],
  at: (path: (string | number)[]) => { line: number; column: number },
): { workflow: WorkflowConfig; problems: Problem[] } {
  const w = raw ?? {};
  const problems: Problem[] = [];
  const pins: Record<string, ActionPin> = {};
  const pinLines: Record<string, number> = {};
  for (const [action, pin] of Object.entries(w.pins ?? {})) {
    pins[action] = { sha: pin.sha, version: pin.version };
    pinLines[action] = at(['workflow', 'pins', action]).line;
  }
  const workflow: WorkflowConfig = {
    pins,
    pinLines,
    runsOn: typeof w['runs-on'] === 'string' ? [w['runs-on']] : (w['runs-on'] ?? ['ubuntu-latest']),
    defaultBranch: w['default-branch'] ?? 'main',
    checkRun: w['check-run'] ?? false,
    comment: w.comment ?? 'off',
    pythonVersion: w['python-version'] ?? '3.12',
    dotnetVersion: w['dotnet-version'] ?? '8.0.x',
    nodeVersion: w['node-version'] ?? '22',
  };
  if (w['max-parallel'] !== undefined) workflow.maxParallel = w['max-parallel'];
  if (w.coverage !== undefined) workflow.coverage = w.coverage;
  if (w['coverage-threshold'] !== undefined) workflow.coverageThreshold = w['coverage-threshold'];
  if (w['retention-days'] !== undefined) workflow.retentionDays = w['retention-days'];
  if (w.requirements !== undefined) workflow.requirements = w.requirements;
  if (w.qgis) {
    const byName = new Map(suites.map((s) => [s.name, s]));
    w.qgis.suites.forEach((name, i) => {
      const suite = byName.get(name);
      const where = at(['workflow', 'qgis', 'suites', i]);
      if (!suite) {
        problems.push({
          ...where,
          message: `workflow.qgis.suites names "${name}", which is not a suite (suites: ${[...byName.keys()].join(', ')})`,
        });
      } else if (suite.framework !== 'pytest') {
        problems.push({
          ...where,
          message: `workflow.qgis.suites names "${name}", a ${suite.framework} suite: PyQGIS is set up for pytest suites`,
        });
      } else if (w.qgis?.image !== undefined && suite.needsServer) {
        // A container job has no Docker engine of its own to start the test server with.
        problems.push({
          ...where,
          message: `suite "${name}" needs the test server, which cannot start inside the container workflow.qgis.image runs it in; drop "image" to install QGIS from Ubuntu's packages`,
        });
      }
    });
    workflow.qgis = { suites: [...w.qgis.suites] };
    if (w.qgis.image !== undefined) workflow.qgis.image = w.qgis.image;
  }
  return { workflow, problems };
}
