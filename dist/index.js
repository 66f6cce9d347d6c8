import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  COMMANDS,
  INPUT,
  OUTPUT,
  STATE
} from "./chunks/chunk-WDLQDROJ.js";
import {
  getBooleanInput,
  getInput,
  info,
  saveState,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-ELNHJOKE.js";
import {
  splitPatterns
} from "./chunks/chunk-QUDVYTEP.js";
import {
  restoreHistory,
  saveHistory,
  timingKeys
} from "./chunks/chunk-HGAVUFDB.js";
import {
  DEFAULT_HISTORY_FILE
} from "./chunks/chunk-Z2KYCZEJ.js";
import "./chunks/chunk-N7HISE44.js";
import {
  EXIT,
  InputError,
  describeError
} from "./chunks/chunk-J5WPWJPM.js";
import "./chunks/chunk-JGZF7R3L.js";

// src/github/action.ts
import { readFileSync } from "node:fs";
import path from "node:path";

// src/github/cache-store.ts
var GitHubCacheStore = class {
  async cache() {
    const cache = await import("./chunks/cache-CVDZ2BEG.js");
    if (!cache.isFeatureAvailable()) throw new Error("the GitHub cache service is not available to this job");
    return cache;
  }
  async restore(paths, key, restoreKeys, options = {}) {
    return (await this.cache()).restoreCache(paths, key, restoreKeys, {
      lookupOnly: options.lookupOnly ?? false
    });
  }
  async save(paths, key) {
    const cache = await this.cache();
    try {
      await cache.saveCache(paths, key);
    } catch (err) {
      if (err?.name === "ReserveCacheError") return;
      throw err;
    }
  }
};

// src/github/action.ts
function defaultBranchOf(eventPath) {
  if (!eventPath) return void 0;
  try {
    const event = JSON.parse(readFileSync(eventPath, "utf8"));
    return event.repository?.default_branch;
  } catch {
    return void 0;
  }
}
function readBoolean(name, unset = false) {
  if (getInput(name) === "") return unset;
  try {
    return getBooleanInput(name);
  } catch {
    throw new InputError(`input "${name}" must be true or false, got "${getInput(name)}"`);
  }
}
function readSettings() {
  const command = getInput(INPUT.command, { required: true }).trim();
  if (!COMMANDS.includes(command)) {
    throw new InputError(`input "command" must be one of ${COMMANDS.join(", ")}; got "${command}"`);
  }
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const settings = {
    command,
    results: splitPatterns(getInput(INPUT.results)),
    allowEmpty: readBoolean(INPUT.allowEmpty),
    cwd: path.resolve(workspace, getInput(INPUT.workingDirectory) || "."),
    config: getInput(INPUT.config) || "parallel-tests.yml",
    timings: splitPatterns(getInput(INPUT.timings)),
    tests: splitPatterns(getInput(INPUT.tests)),
    timingsCache: readBoolean(INPUT.timingsCache, true),
    buildArgs: splitPatterns(getInput(INPUT.buildArgs)),
    lookupOnly: readBoolean(INPUT.lookupOnly),
    serve: readBoolean(INPUT.serve),
    branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || "local",
    run: `${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? 1}`
  };
  const defaultBranch = defaultBranchOf(process.env.GITHUB_EVENT_PATH);
  if (defaultBranch) settings.defaultBranch = defaultBranch;
  const json = getInput(INPUT.json);
  if (json !== "") settings.json = json;
  const shards = getInput(INPUT.shards).trim();
  if (shards !== "") {
    if (!/^[1-9]\d*$/.test(shards))
      throw new InputError(`input "shards" must be a whole number of at least 1, got "${shards}"`);
    settings.shards = Number(shards);
  }
  return settings;
}
function failureReason(outcome) {
  const t = outcome.aggregate.totals;
  if (outcome.exitCode === EXIT.badInput) {
    const bad = outcome.aggregate.files.filter((f) => f.error !== void 0);
    return `${bad.length} result file(s) could not be read: ${bad.map((f) => `${f.path} (${f.error})`).join("; ")}`;
  }
  return `${t.failed} test(s) failed and ${t.errors} had errors, of ${t.tests}`;
}
async function aggregate(settings) {
  if (settings.results.length === 0) {
    throw new InputError(
      'input "results" is required for command aggregate: one glob per line, e.g. results/**/*.xml'
    );
  }
  if (settings.timingsCache) {
    const keys = timingKeys(settings.branch, settings.defaultBranch, settings.run);
    await restoreHistory(new GitHubCacheStore(), historyCachePath(settings), keys, warning);
  }
  const { runAggregate } = await import("./chunks/aggregate-J6QD3FK3.js");
  const outcome = await runAggregate({
    patterns: settings.results,
    cwd: settings.cwd,
    allowEmpty: settings.allowEmpty,
    ...settings.timingsCache ? { historyPath: DEFAULT_HISTORY_FILE } : {},
    ...settings.json !== void 0 ? { jsonPath: settings.json } : {}
  });
  info(outcome.console);
  const t = outcome.report.totals;
  setOutput(OUTPUT.tests, t.tests);
  setOutput(OUTPUT.passed, t.passed);
  setOutput(OUTPUT.failed, t.failed);
  setOutput(OUTPUT.errors, t.errors);
  setOutput(OUTPUT.skipped, t.skipped);
  setOutput(OUTPUT.flaky, t.flaky);
  setOutput(OUTPUT.duration, t.duration);
  setOutput(OUTPUT.conclusion, outcome.exitCode === EXIT.passed ? "success" : "failure");
  if (settings.json !== void 0) setOutput(OUTPUT.json, path.resolve(settings.cwd, settings.json));
  await summary.addRaw(`### Test results

\`\`\`text
${outcome.console}\`\`\`
`).write();
  if (settings.timingsCache) {
    await saveHistory(
      new GitHubCacheStore(),
      historyCachePath(settings),
      timingKeys(settings.branch, settings.defaultBranch, settings.run),
      warning
    );
  }
  if (outcome.exitCode !== EXIT.passed) setFailed(failureReason(outcome));
}
function historyCachePath(settings) {
  return path.relative(process.cwd(), path.resolve(settings.cwd, DEFAULT_HISTORY_FILE)) || DEFAULT_HISTORY_FILE;
}
async function plan(settings) {
  if (settings.timingsCache) {
    const keys = timingKeys(settings.branch, settings.defaultBranch, settings.run);
    const hit = await restoreHistory(new GitHubCacheStore(), historyCachePath(settings), keys, warning);
    info(hit ? `timings restored from the cache (${hit})` : "no timings in the cache yet");
  }
  const { DEFAULT_SHARD_DIR, runPlan } = await import("./chunks/plan-TA27VZ5U.js");
  const outcome = await runPlan({
    cwd: settings.cwd,
    configPath: settings.config,
    timings: settings.timings,
    tests: settings.tests,
    shardDir: DEFAULT_SHARD_DIR,
    ...settings.timingsCache ? { historyPath: DEFAULT_HISTORY_FILE } : {},
    ...settings.shards !== void 0 ? { shards: settings.shards } : {}
  });
  info(outcome.explanation);
  for (const warning2 of outcome.plan.warnings) warning(warning2);
  setOutput(OUTPUT.matrix, JSON.stringify(outcome.json.matrix));
}
async function image(settings) {
  const { runImage } = await import("./chunks/image-TFXCXE66.js");
  const { execProcess } = await import("./chunks/exec-YHHLG4AU.js");
  const outcome = await runImage(
    {
      cwd: settings.cwd,
      configPath: settings.config,
      buildArgs: settings.buildArgs,
      lookupOnly: settings.lookupOnly
    },
    { exec: execProcess, store: new GitHubCacheStore(), log: info, warn: warning }
  );
  setOutput(OUTPUT.image, outcome.image);
  setOutput(OUTPUT.cacheHit, outcome.cacheHit);
  setOutput(OUTPUT.key, outcome.key);
  if (!settings.serve || settings.lookupOnly) return;
  if (!outcome.config.server)
    throw new InputError(`${settings.config}: serve is true but there is no "server" section`);
  const { startServer } = await import("./chunks/server-2HE53V2N.js");
  const server = await startServer(
    {
      server: outcome.config.server,
      image: outcome.image,
      baseDir: outcome.baseDir,
      name: `parallel-tests-${settings.run}`
    },
    { exec: execProcess, log: info }
  );
  saveState(STATE.server, JSON.stringify(server.handle));
}
async function runAction() {
  try {
    const settings = readSettings();
    if (settings.command === "plan") await plan(settings);
    else if (settings.command === "image") await image(settings);
    else if (settings.command === "aggregate") await aggregate(settings);
    else {
      throw new InputError(
        `command "${settings.command}" is not available in this version yet; available: plan, image, aggregate`
      );
    }
  } catch (err) {
    setFailed(describeError(err));
  }
}

// src/main.ts
await runAction();
