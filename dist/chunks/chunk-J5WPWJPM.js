import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);

// src/errors.ts
var EXIT = { passed: 0, testFailures: 1, badInput: 2, infrastructure: 3 };
var InputError = class extends Error {
  name = "InputError";
};
var InfrastructureError = class extends Error {
  name = "InfrastructureError";
};
function describeError(err) {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}
function exitCodeOf(err) {
  return err instanceof InputError ? EXIT.badInput : EXIT.infrastructure;
}

export {
  EXIT,
  InputError,
  InfrastructureError,
  describeError,
  exitCodeOf
};
