import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  isDotnet
} from "./chunk-N7HISE44.js";
import {
  InputError,
  describeError
} from "./chunk-J5WPWJPM.js";

// src/commands/timings.ts
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

// src/cache/store.ts
function cacheKeyPart(value) {
  return value.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 100);
}

// src/plan/assign.ts
function trimPath(p) {
  return p.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
}
function lastSegment(p) {
  const t = trimPath(p);
  return t.slice(t.lastIndexOf("/") + 1);
}
function idStyle(id) {
  if (id.includes("::") && /\.py(::|$)/.test(id)) return "pytest";
  return id.includes("::") ? "generic" : "dotnet";
}
function suiteForId(id, suites) {
  const style = idStyle(id);
  const candidates = suites.filter(
    (s) => style === "pytest" ? s.framework === "pytest" : style === "dotnet" ? isDotnet(s.framework) : !isDotnet(s.framework) && s.framework !== "pytest"
  );
  let best;
  let bestLength = -1;
  for (const s of candidates) {
    const home = style === "pytest" ? s.path && trimPath(s.path) : s.project && lastSegment(s.project);
    if (!home) continue;
    const hit = style === "pytest" ? id.startsWith(`${home}/`) : id.startsWith(`${home}.`) || id === home;
    if (hit && home.length > bestLength) {
      best = s;
      bestLength = home.length;
    }
  }
  if (best) return best.name;
  return candidates.length === 1 ? candidates[0].name : void 0;
}
function splitBySuite(entries, suites) {
  const bySuite = /* @__PURE__ */ new Map();
  let unassigned = 0;
  for (const [id, value] of entries) {
    const suite = suiteForId(id, suites);
    if (suite === void 0) {
      unassigned++;
      continue;
    }
    let map = bySuite.get(suite);
    if (!map) {
      map = /* @__PURE__ */ new Map();
      bySuite.set(suite, map);
    }
    map.set(id, value);
  }
  return { bySuite, unassigned };
}
function fileStyle(file) {
  if (file.format === "trx" || file.format === "nunit" || file.format === "xunit") return "dotnet";
  const pytest = file.cases.some((c) => c.file?.endsWith(".py") || c.suite === "pytest");
  return pytest ? "pytest" : "generic";
}

// src/plan/timings.ts
var MIN_ESTIMATE_SECONDS = 0.01;
var UNKNOWN_SECONDS = 1;
var UPPERCASE_START = new RegExp("^\\p{Lu}", "u");
function withoutArguments(text) {
  const open = text.indexOf("(");
  return (open < 0 ? text : text.slice(0, open)).trimEnd();
}
function splitPytestClassName(className) {
  const segments = className.split(".");
  let last = -1;
  segments.forEach((segment, i) => {
    if (!UPPERCASE_START.test(segment)) last = i;
  });
  const end = Math.max(last, 0) + 1;
  return { module: segments.slice(0, end), classes: segments.slice(end) };
}
function pytestClassParts(className, file) {
  const moduleSegments = file.replace(/\.py$/, "").split("/");
  for (let start = 0; start < moduleSegments.length; start++) {
    const module = moduleSegments.slice(start).join(".");
    if (className === module) return [];
    if (className.startsWith(`${module}.`)) return className.slice(module.length + 1).split(".");
  }
  return splitPytestClassName(className).classes;
}
function pytestId(test) {
  if (test.file !== void 0 && test.file !== "") {
    const file = test.file.replace(/\\/g, "/").replace(/^\.\//, "");
    return [file, ...pytestClassParts(test.className, file), test.name].join("::");
  }
  if (test.className === "") return test.name;
  const { module, classes } = splitPytestClassName(test.className);
  return [`${module.join("/")}.py`, ...classes, test.name].join("::");
}
function dotnetId(test) {
  const className = withoutArguments(test.className);
  const name = withoutArguments(test.name);
  if (className === "" || name.startsWith(`${className}.`)) return name;
  return `${className}.${name}`;
}
function testIdOf(framework, test) {
  switch (framework) {
    case "pytest":
      return pytestId(test);
    case "dotnet":
      return dotnetId(test);
    case "generic":
      return test.className === "" ? test.name : `${test.className}::${test.name}`;
  }
}
function unitOf(framework, id) {
  if (framework === "dotnet") {
    const dot = id.lastIndexOf(".");
    return dot < 0 ? id : id.slice(0, dot);
  }
  const sep = id.indexOf("::");
  return sep < 0 ? id : id.slice(0, sep);
}
function parseTestDurations(text, source) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new InputError(`${source}: not valid JSON (${reason})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const kind = data === null ? "null" : Array.isArray(data) ? "an array" : `a ${typeof data}`;
    throw new InputError(`${source}: expected a JSON object of test id -> seconds, found ${kind}`);
  }
  const durations = /* @__PURE__ */ new Map();
  for (const [id, seconds] of Object.entries(data)) {
    if (typeof seconds !== "number" || !Number.isFinite(seconds)) {
      throw new InputError(
        `${source}: "${id}" should be a number of seconds, found ${JSON.stringify(seconds)}`
      );
    }
    if (seconds < 0) throw new InputError(`${source}: "${id}" has a negative duration (${seconds})`);
    durations.set(id, seconds);
  }
  return durations;
}
var SEP = "\0";
function durationsFromResults(files, framework) {
  const runs = /* @__PURE__ */ new Map();
  for (const file of files) {
    const inFile = /* @__PURE__ */ new Map();
    const ids = /* @__PURE__ */ new Map();
    for (const test of file.cases) {
      if (test.status === "skipped" || !Number.isFinite(test.duration) || test.duration < 0) continue;
      const key = test.className + SEP + test.name + SEP + (test.file ?? "");
      inFile.set(key, (inFile.get(key) ?? 0) + test.duration);
      if (!ids.has(key)) ids.set(key, testIdOf(framework, test));
    }
    for (const [key, seconds] of inFile) {
      const seen = runs.get(key);
      if (seen) seen.perFile.push(seconds);
      else runs.set(key, { id: ids.get(key), perFile: [seconds] });
    }
  }
  const keys = [...runs.keys()].sort(compareIds);
  const durations = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const { id, perFile } = runs.get(key);
    perFile.sort((a, b) => a - b);
    let sum = 0;
    for (const seconds of perFile) sum += seconds;
    durations.set(id, (durations.get(id) ?? 0) + sum / perFile.length);
  }
  return durations;
}
var SMOOTHING_WEIGHT = 0.5;
function smoothHistory(history, weight = SMOOTHING_WEIGHT) {
  if (!(weight > 0 && weight <= 1)) throw new InputError(`smoothing weight must be in (0, 1], got ${weight}`);
  const smoothed = /* @__PURE__ */ new Map();
  for (const snapshot of history) {
    for (const [id, seconds] of snapshot) {
      const before = smoothed.get(id);
      smoothed.set(id, before === void 0 ? seconds : weight * seconds + (1 - weight) * before);
    }
  }
  return smoothed;
}
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function median(sorted) {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function estimateDurations(known, options) {
  const { tests, framework } = options;
  if (tests === void 0) {
    return { durations: new Map(known), matched: known.size, estimated: 0, dropped: 0, warnings: [] };
  }
  const byUnit = /* @__PURE__ */ new Map();
  const all = [];
  for (const [id, seconds] of known) {
    const unit = unitOf(framework, id);
    const list = byUnit.get(unit);
    if (list) list.push(seconds);
    else byUnit.set(unit, [seconds]);
    all.push(seconds);
  }
  for (const list of byUnit.values()) list.sort((a, b) => a - b);
  all.sort((a, b) => a - b);
  const overall = all.length === 0 ? UNKNOWN_SECONDS : median(all);
  const durations = /* @__PURE__ */ new Map();
  const unitMedians = /* @__PURE__ */ new Map();
  let matched = 0;
  let estimated = 0;
  for (const id of tests) {
    if (durations.has(id)) continue;
    const seconds = known.get(id);
    if (seconds !== void 0) {
      durations.set(id, seconds);
      matched++;
      continue;
    }
    const unit = unitOf(framework, id);
    let guess = unitMedians.get(unit);
    if (guess === void 0) {
      const list = byUnit.get(unit);
      guess = Math.max(list ? median(list) : overall, MIN_ESTIMATE_SECONDS);
      unitMedians.set(unit, guess);
    }
    durations.set(id, guess);
    estimated++;
  }
  let dropped = 0;
  for (const id of known.keys()) if (!durations.has(id)) dropped++;
  const warnings = [];
  const listed = matched + estimated;
  if (known.size === 0 && listed > 0) {
    warnings.push(`no timings known: each of the ${listed} tests is counted as ${UNKNOWN_SECONDS} s`);
  } else if (listed > 0 && matched * 2 < listed) {
    const exampleTest = tests.find((id) => !known.has(id));
    const exampleKnown = [...known.keys()].find((id) => !durations.has(id));
    warnings.push(
      `only ${matched} of ${listed} test ids have a known duration: are the timings from another rootdir or project (pytest-split issue 100)? e.g. test "${exampleTest ?? ""}"` + (exampleKnown === void 0 ? "" : `, timing "${exampleKnown}"`)
    );
  }
  return { durations, matched, estimated, dropped, warnings };
}

// src/plan/history.ts
var HISTORY_FORMAT = "parallel-tests-timings";
var HISTORY_LENGTH = 8;
function parseHistory(text, source) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${source}: not a timing history: ${err.message}`);
  }
  const doc = value;
  if (doc?.format !== HISTORY_FORMAT || doc.version !== 1 || !Array.isArray(doc.snapshots)) {
    throw new InputError(
      `${source}: expected {"format": "${HISTORY_FORMAT}", "version": 1, "snapshots": [...]}`
    );
  }
  return doc.snapshots.map((snapshot, i) => {
    if (snapshot === null || typeof snapshot !== "object" || Array.isArray(snapshot)) {
      throw new InputError(`${source}: snapshot ${i + 1} is not an object of test id -> seconds`);
    }
    const map = /* @__PURE__ */ new Map();
    for (const [id, seconds] of Object.entries(snapshot)) {
      if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) {
        throw new InputError(
          `${source}: snapshot ${i + 1}, "${id}": expected seconds, got ${JSON.stringify(seconds)}`
        );
      }
      map.set(id, seconds);
    }
    return map;
  });
}
function appendSnapshot(history, snapshot, keep = HISTORY_LENGTH) {
  if (snapshot.size === 0) return [...history];
  return [...history, snapshot].slice(-keep);
}
function renderHistory(history) {
  const snapshots = history.map(
    (s) => Object.fromEntries(
      [...s.entries()].sort(([a], [b]) => compareIds(a, b)).map(([id, sec]) => [id, Math.round(sec * 1e3) / 1e3])
    )
  );
  return `${JSON.stringify({ format: HISTORY_FORMAT, version: 1, snapshots }, null, 1)}
`;
}

// src/commands/timings.ts
var KEY_PREFIX = "parallel-tests-timings-v1-";
function timingKeys(branch, defaultBranch, run) {
  const own = `${KEY_PREFIX}${cacheKeyPart(branch)}-`;
  const restoreKeys = [own];
  if (defaultBranch && defaultBranch !== branch)
    restoreKeys.push(`${KEY_PREFIX}${cacheKeyPart(defaultBranch)}-`);
  return { key: `${own}${cacheKeyPart(run)}`, restoreKeys };
}
function snapshotOf(files) {
  const snapshot = /* @__PURE__ */ new Map();
  for (const file of files) {
    for (const [id, seconds] of durationsFromResults([file], fileStyle(file))) snapshot.set(id, seconds);
  }
  return snapshot;
}
async function currentBranch(cwd) {
  try {
    const { stdout } = await promisify(execFile)("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd });
    const branch = stdout.trim();
    return branch === "" || branch === "HEAD" ? "local" : branch;
  } catch {
    return "local";
  }
}
async function readHistory(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return [];
  }
  return parseHistory(text, file);
}
async function appendHistory(file, files) {
  const snapshot = snapshotOf(files);
  const history = appendSnapshot(await readHistory(file), snapshot);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, renderHistory(history));
  return snapshot.size;
}
async function restoreHistory(store, file, keys, warn) {
  try {
    return await store.restore([file], keys.key, keys.restoreKeys);
  } catch (err) {
    warn(`timings were not restored from the cache: ${describeError(err)}`);
    return void 0;
  }
}
async function saveHistory(store, file, keys, warn) {
  try {
    await store.save([file], keys.key);
    return true;
  } catch (err) {
    warn(`timings were not saved to the cache: ${describeError(err)}`);
    return false;
  }
}

export {
  splitBySuite,
  fileStyle,
  unitOf,
  parseTestDurations,
  durationsFromResults,
  smoothHistory,
  compareIds,
  estimateDurations,
  timingKeys,
  snapshotOf,
  currentBranch,
  readHistory,
  appendHistory,
  restoreHistory,
  saveHistory
};
