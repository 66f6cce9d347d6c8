/** Action post step: tears down what the main step left running; never fails the job. */
import * as core from '@actions/core';
import { describeError } from './errors.js';
import { execProcess } from './exec.js';
import { STATE } from './github/names.js';
import { type ServerHandle, serverFromHandle } from './server/server.js';

async function post(): Promise<void> {
  const state = core.getState(STATE.server);
  if (state === '') return;
  try {
    const server = serverFromHandle(JSON.parse(state) as ServerHandle, execProcess);
    await server.stop();
    core.info('test server stopped');
  } catch (err) {
    core.warning(`the test server could not be stopped: ${describeError(err)}`);
  }
}

await post();
