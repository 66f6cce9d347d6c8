/** The action's post step: tears down what the main step left running; never fails the job. */
import * as core from '@actions/core';
import { describeError } from '../errors.js';
import type { ServerHandle } from '../server/server.js';
import { STATE } from './names.js';

export async function runPost(): Promise<void> {
  const state = core.getState(STATE.server);
  if (state === '') return;
  try {
    const [{ stopServerFromHandle }, { execProcess }] = await Promise.all([
      import('../commands/serve.js'),
      import('../exec.js'),
    ]);
    await stopServerFromHandle(JSON.parse(state) as ServerHandle, execProcess);
    core.info('test server stopped');
  } catch (err) {
    core.warning(`the test server could not be stopped: ${describeError(err)}`);
  }
}
