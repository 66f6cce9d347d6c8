import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  composeArgs,
  detectCompose,
  runArgs,
  serverFromHandle,
  startServer,
  waitForHealth
} from "./chunk-ZKK6MB2A.js";
import "./chunk-3JYGPSTX.js";
import "./chunk-J5WPWJPM.js";
import "./chunk-JGZF7R3L.js";
export {
  composeArgs,
  detectCompose,
  runArgs,
  serverFromHandle,
  startServer,
  waitForHealth
};
