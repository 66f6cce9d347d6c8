/** The step outputs that aggregate and run share. */
import * as core from '@actions/core';
import type { AggregateOutcome } from '../commands/aggregate.js';
import { EXIT } from '../errors.js';
import { OUTPUT } from './names.js';

/** The totals and the conclusion as the step's outputs (aggregate and run). */
export function setTotals(t: AggregateOutcome['report']['totals'], exitCode: number): void {
  core.setOutput(OUTPUT.tests, t.tests);
  core.setOutput(OUTPUT.passed, t.passed);
  core.setOutput(OUTPUT.failed, t.failed);
  core.setOutput(OUTPUT.errors, t.errors);
  core.setOutput(OUTPUT.skipped, t.skipped);
  core.setOutput(OUTPUT.flaky, t.flaky);
  core.setOutput(OUTPUT.duration, t.duration);
  core.setOutput(OUTPUT.conclusion, exitCode === EXIT.passed ? 'success' : 'failure');
}
