/**
 * The action: read the inputs once (inputs.ts), call the step of one command (each in its own
 * file beside this one: the stores it picks, the command of src/commands/ it calls, how it
 * publishes the outcome through @actions/core). One catch at the top. Each step is loaded when
 * it runs: a step pays start-up time only for the code it uses.
 */
import * as core from '@actions/core';
import { describeError } from '../errors.js';
import { type ActionSettings, readSettings } from './inputs.js';

async function dispatch(settings: ActionSettings): Promise<void> {
  switch (settings.command) {
    case 'plan':
      return (await import('./plan-step.js')).plan(settings);
    case 'image':
      return (await import('./image-step.js')).image(settings);
    case 'aggregate':
      return (await import('./aggregate-step.js')).aggregate(settings);
    case 'run':
      return (await import('./run-step.js')).run(settings);
  }
}

export async function runAction(): Promise<void> {
  try {
    await dispatch(readSettings());
  } catch (err) {
    core.setFailed(describeError(err));
  }
}
