import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  execProcess
} from "./chunk-KBVE2PRF.js";
import "./chunk-JGZF7R3L.js";
export {
  execProcess
};
