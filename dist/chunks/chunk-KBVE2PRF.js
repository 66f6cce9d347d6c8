import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);

// src/exec.ts
import { spawn } from "node:child_process";
var MAX_OUTPUT = 1024 * 1024;
function keepTail(text) {
  return text.length > MAX_OUTPUT ? text.slice(text.length - MAX_OUTPUT) : text;
}
var execProcess = (command, args, options = {}) => new Promise((resolve) => {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
    timeout: options.timeoutMs
  });
  let stdout = "";
  let stderr = "";
  let partial = "";
  const line = (chunk) => {
    if (!options.onLine) return;
    const parts = (partial + chunk).split("\n");
    partial = parts.pop() ?? "";
    for (const l of parts) options.onLine(l);
  };
  child.stdout.setEncoding("utf8").on("data", (c) => {
    stdout = keepTail(stdout + c);
    line(c);
  });
  child.stderr.setEncoding("utf8").on("data", (c) => {
    stderr = keepTail(stderr + c);
    line(c);
  });
  child.on("error", (err) => resolve({ code: null, stdout, stderr, error: err.message }));
  child.on("close", (code) => {
    if (partial && options.onLine) options.onLine(partial);
    resolve({ code, stdout, stderr });
  });
});

export {
  execProcess
};
