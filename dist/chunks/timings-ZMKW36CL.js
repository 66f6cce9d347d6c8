import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  appendHistory,
  currentBranch,
  readHistory,
  restoreHistory,
  saveHistory,
  snapshotOf,
  timingKeys
} from "./chunk-HGAVUFDB.js";
import {
  DEFAULT_HISTORY_FILE
} from "./chunk-Z2KYCZEJ.js";
import "./chunk-N7HISE44.js";
import "./chunk-J5WPWJPM.js";
import "./chunk-JGZF7R3L.js";
export {
  DEFAULT_HISTORY_FILE,
  appendHistory,
  currentBranch,
  readHistory,
  restoreHistory,
  saveHistory,
  snapshotOf,
  timingKeys
};
