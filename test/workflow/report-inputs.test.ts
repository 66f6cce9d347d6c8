import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/config.js';
import { INPUT } from '../../src/github/names.js';
import { COMMENT_MODES } from '../../src/report/comment.js';
import { renderWorkflow } from '../../src/workflow/render.js';
import { buildWorkflow } from '../../src/workflow/workflow.js';
import { ROOT } from '../helpers/paths.js';

const OURS = {
  'honua/parallel-tests': { sha: '0123456789abcdef0123456789abcdef01234567', version: 'v1.0.0' },
};

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function reportJob(configText: string) {
  const file = 'parallel-tests.yml';
  const text = renderWorkflow(
    buildWorkflow({
      config: parseConfig(configText, file),
      configPath: file,
      configSource: file,
      regenerate: `npx parallel-tests generate --config ${file}`,
      pins: OURS,
    }),
  );
  const wf = parse(text) as { jobs: { report: { permissions: Record<string, string>; steps: Step[] } } };
  const step = wf.jobs.report.steps.find((s) => s.uses?.startsWith('honua/parallel-tests@'))!;
  return { permissions: wf.jobs.report.permissions, with: step.with ?? {} };
}

const actionInputs = Object.keys(
  (parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs,
);
const preset = readFileSync(path.join(ROOT, 'workflows-templates/honua.yml'), 'utf8');

describe('generate: the report step passes the action inputs that publish', () => {
  it('check-run and comment under the names action.yml defines, with their write scopes', () => {
    const job = reportJob(preset);
    expect(actionInputs).toContain(INPUT.checkRun);
    expect(actionInputs).toContain(INPUT.comment);
    expect(job.with[INPUT.checkRun]).toBe(true);
    expect(COMMENT_MODES).toContain(job.with[INPUT.comment]);
    expect(job.permissions).toMatchObject({ checks: 'write', 'pull-requests': 'write' });
    // The token is action.yml's default (github.token): never written into the workflow.
    expect(job.with[INPUT.githubToken]).toBeUndefined();
  });
});
