import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  execProcess
} from "./chunks/chunk-KBVE2PRF.js";
import {
  serverFromHandle
} from "./chunks/chunk-ZKK6MB2A.js";
import {
  STATE
} from "./chunks/chunk-WDLQDROJ.js";
import {
  getState,
  info,
  warning
} from "./chunks/chunk-ELNHJOKE.js";
import "./chunks/chunk-3JYGPSTX.js";
import {
  describeError
} from "./chunks/chunk-J5WPWJPM.js";
import "./chunks/chunk-JGZF7R3L.js";

// src/post.ts
async function post() {
  const state = getState(STATE.server);
  if (state === "") return;
  try {
    const server = serverFromHandle(JSON.parse(state), execProcess);
    await server.stop();
    info("test server stopped");
  } catch (err) {
    warning(`the test server could not be stopped: ${describeError(err)}`);
  }
}
await post();
