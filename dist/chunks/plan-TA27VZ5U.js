import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  collectResults
} from "./chunk-QUDVYTEP.js";
import {
  compareIds,
  durationsFromResults,
  estimateDurations,
  fileStyle,
  parseTestDurations,
  readHistory,
  smoothHistory,
  splitBySuite,
  unitOf
} from "./chunk-HGAVUFDB.js";
import {
  DEFAULT_CONFIG,
  DEFAULT_SHARD_DIR
} from "./chunk-Z2KYCZEJ.js";
import {
  parseConfig
} from "./chunk-K2XYOIMK.js";
import {
  isDotnet
} from "./chunk-N7HISE44.js";
import {
  InputError
} from "./chunk-J5WPWJPM.js";
import "./chunk-JGZF7R3L.js";

// src/commands/plan.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// src/plan/explain.ts
function span(cores) {
  if (cores.length === 0) return "";
  return cores.length === 1 ? `core  ${cores[0]}` : `cores ${cores[0]}-${cores[cores.length - 1]}`;
}
function pad(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map(
    (r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd()
  );
}
function minutes(seconds) {
  return seconds < 60 ? `${seconds.toFixed(0)} s` : `${(seconds / 60).toFixed(1)} min`;
}
function renderPlanExplanation(plan) {
  const a = plan.allocation;
  const out = [`Host: ${a.host.cores} cores`];
  const rows = [];
  if (a.reserved.length > 0) rows.push([span(a.reserved), "system", "reserved (system and Docker)"]);
  for (const s of a.suites) {
    const workers = `${s.workers} worker${s.workers === 1 ? "" : "s"}`;
    const what = s.shared ? `${workers}, shares its core` : workers;
    rows.push([span(s.cores.slice(0, s.workers)), s.suite, what]);
    if (s.overflow > 0) rows.push([span(s.cores.slice(s.workers)), s.suite, "overflow"]);
  }
  if (a.spare.length > 0) rows.push([span(a.spare), "spare", ""]);
  out.push(...pad(rows).map((l) => `  ${l}`));
  out.push("", "GitHub matrix:");
  const table = [
    ["suite", "runner", "cores", "jobs", "workers/job", "shards", "tests", "longest shard", "lower bound"]
  ];
  for (const s of plan.suites) {
    const tests = s.shards.shards.reduce((n, sh) => n + sh.tests.length, 0);
    table.push([
      s.suite,
      s.runner.runner.labels.join(","),
      String(s.runner.runner.cores),
      String(s.runner.jobs),
      String(s.workers),
      String(s.shards.shards.length),
      tests === 0 ? "all" : String(tests),
      tests === 0 ? "-" : minutes(s.shards.makespan),
      tests === 0 ? "-" : minutes(s.shards.lowerBound)
    ]);
  }
  out.push(...pad(table).map((l) => `  ${l}`));
  const matched = plan.suites.filter((s) => s.matched + s.estimated > 0);
  if (matched.length > 0) {
    out.push("", "Timings:");
    for (const s of matched) {
      out.push(
        `  ${s.suite}: ${s.matched} tests timed, ${s.estimated} estimated (new), ${s.dropped} no longer listed`
      );
    }
  }
  if (plan.warnings.length > 0) out.push("", "Warnings:", ...plan.warnings.map((w) => `  ${w}`));
  return `${out.join("\n")}
`;
}

// src/plan/allocate.ts
function budgets(suites, available) {
  const explicit = suites.map((s) => s.cores ?? (typeof s.workers === "number" ? s.workers : void 0));
  const left = available - explicit.reduce((sum, c) => sum + (c ?? 0), 0);
  const autos = explicit.filter((c) => c === void 0).length;
  const share = autos > 0 ? Math.max(1, Math.floor(left / autos)) : 0;
  return suites.map((s, i) => {
    const cores = explicit[i] ?? share;
    return { cores, workers: typeof s.workers === "number" ? s.workers : cores };
  });
}
function proportional(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => sum === 0 ? total / weights.length : total * w / sum);
  const parts = quotas.map((q) => Math.max(1, Math.floor(q)));
  let diff = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; diff > 0; k++, diff--) parts[byRemainder[k % byRemainder.length].i]++;
  while (diff < 0) {
    let j = -1;
    for (let i = 0; i < parts.length; i++) if (parts[i] > 1 && (j === -1 || parts[i] >= parts[j])) j = i;
    parts[j]--;
    diff++;
  }
  return parts;
}
function scaleWorkers(requested, budget, cores) {
  if (requested === "auto") return cores;
  return Math.min(cores, Math.max(1, Math.round(budget.workers * cores / budget.cores)));
}
var range = (start, count) => Array.from({ length: count }, (_, i) => start + i);
function allocateCores(suites, reference, cores = reference.cores) {
  const n = suites.length;
  const wanted = budgets(suites, reference.cores - reference.reserved - reference.spare);
  const spare = Math.min(reference.spare, Math.max(0, cores - reference.reserved - n));
  const reserved = Math.min(reference.reserved, Math.max(0, cores - n));
  const available = cores - reserved - spare;
  const host = { cores, reserved, spare };
  const reservedCores = range(0, reserved);
  const spareCores = range(cores - spare, spare);
  if (available < n) {
    return {
      host,
      reserved: reservedCores,
      spare: spareCores,
      suites: suites.map((s, i) => ({
        suite: s.name,
        cores: [reserved + i % Math.max(1, available)],
        workers: 1,
        overflow: 0,
        shared: true
      }))
    };
  }
  const same = cores === reference.cores && wanted.reduce((sum, w) => sum + w.cores, 0) <= available;
  const counts = same ? wanted.map((w) => w.cores) : proportional(
    available,
    wanted.map((w) => w.cores)
  );
  let next = reserved;
  return {
    host,
    reserved: reservedCores,
    spare: spareCores,
    suites: suites.map((s, i) => {
      const count = counts[i];
      const workers = same ? Math.min(count, wanted[i].workers) : scaleWorkers(s.workers, wanted[i], count);
      const allocation = {
        suite: s.name,
        cores: range(next, count),
        workers,
        overflow: count - workers,
        shared: false
      };
      next += count;
      return allocation;
    })
  };
}
function chooseRunner(budget, runners) {
  const bySize = [...runners].sort((a, b) => a.cores - b.cores);
  const fitting = bySize.filter((r) => r.cores <= budget.cores);
  const runner = fitting[fitting.length - 1] ?? bySize[0];
  const jobs = Math.max(1, Math.ceil(budget.cores / runner.cores));
  return {
    runner,
    jobs,
    workersPerJob: Math.min(runner.cores, Math.max(1, Math.ceil(budget.workers / jobs)))
  };
}

// src/plan/shard.ts
var MAX_MATRIX_JOBS = 256;
var DEFAULT_SPLIT_ABOVE = 0.25;
function checkShardCount(shards) {
  if (!Number.isInteger(shards) || shards < 1) {
    throw new InputError(`shards must be a whole number of at least 1, got ${shards}`);
  }
}
function itemsOf(durations, options) {
  const ids = [...durations.keys()].sort(compareIds);
  const units = /* @__PURE__ */ new Map();
  let total = 0;
  for (const id of ids) {
    const seconds = durations.get(id);
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new InputError(`test "${id}" has an invalid duration (${seconds})`);
    }
    total += seconds;
    const key = unitOf(options.framework, id);
    const unit = units.get(key);
    if (unit) {
      unit.tests.push(id);
      unit.seconds += seconds;
    } else {
      units.set(key, { tests: [id], seconds });
    }
  }
  const limit = (options.splitAbove ?? DEFAULT_SPLIT_ABOVE) * (total / options.shards);
  const items = [];
  for (const [key, unit] of units) {
    if (unit.seconds > limit && unit.tests.length > 1) {
      for (const id of unit.tests) items.push({ key: id, tests: [id], seconds: durations.get(id) });
    } else {
      items.push({ key, tests: unit.tests, seconds: unit.seconds });
    }
  }
  items.sort((a, b) => b.seconds - a.seconds || compareIds(a.key, b.key));
  return { items, total };
}
function assignLpt(items, count) {
  const bins = Array.from({ length: count }, () => []);
  const loads = new Array(count).fill(0);
  for (const item of items) {
    let best = 0;
    for (let i = 1; i < count; i++) if (loads[i] < loads[best]) best = i;
    bins[best].push(item);
    loads[best] += item.seconds;
  }
  return bins;
}
function planShards(durations, options) {
  checkShardCount(options.shards);
  const splitAbove = options.splitAbove ?? DEFAULT_SPLIT_ABOVE;
  if (!(splitAbove >= 0 && splitAbove <= 1)) {
    throw new InputError(`splitAbove must be between 0 and 1, got ${splitAbove}`);
  }
  const { items, total } = itemsOf(durations, options);
  const bins = assignLpt(items, options.shards);
  let longest = 0;
  for (const seconds of durations.values()) longest = Math.max(longest, seconds);
  const shards = bins.map((bin, index) => {
    const tests = bin.flatMap((item) => item.tests).sort(compareIds);
    let estimated = 0;
    for (const id of tests) estimated += durations.get(id);
    return { index, tests, estimated, catchAll: false };
  });
  let catchAll = 0;
  for (const shard of shards) if (shard.estimated < shards[catchAll].estimated) catchAll = shard.index;
  shards[catchAll].catchAll = true;
  const makespan = Math.max(...shards.map((s) => s.estimated));
  return { shards, total, longest, lowerBound: Math.max(total / options.shards, longest), makespan };
}
function autoShardCount(options) {
  const { total, longest, targetSeconds, overheadSeconds } = options;
  const max = options.max ?? MAX_MATRIX_JOBS;
  const fields = [
    ["total", total],
    ["longest", longest],
    ["targetSeconds", targetSeconds],
    ["overheadSeconds", overheadSeconds]
  ];
  for (const [name, value] of fields) {
    if (!Number.isFinite(value) || value < 0)
      throw new InputError(`${name} must be a number >= 0, got ${value}`);
  }
  checkShardCount(max);
  if (total <= 0) return 1;
  const useful = longest > 0 ? Math.max(1, Math.ceil(total / longest)) : max;
  const cap = Math.min(max, useful);
  const budget = targetSeconds - overheadSeconds;
  if (budget <= 0) return cap;
  let n = Math.max(1, Math.min(cap, Math.floor(total / budget)));
  while (n < cap && total / n + overheadSeconds > targetSeconds) n++;
  return n;
}

// src/plan/plan.ts
var DEFAULT_JOB_OVERHEAD_SECONDS = 90;
function idFramework(framework) {
  if (framework === "pytest") return "pytest";
  return isDotnet(framework) ? "dotnet" : "generic";
}
function shardCount(suite, input, runner, durations, warnings) {
  if (input.shards !== void 0) return input.shards;
  if (durations.size === 0) {
    if (suite.shards !== 1 && !(suite.shards === "auto" && runner.jobs === 1)) {
      warnings.push(
        `suite "${suite.name}": no timings and no test list, so its tests cannot be split; it runs as one shard`
      );
    }
    return 1;
  }
  if (suite.shards !== "auto") return suite.shards;
  let total = 0;
  let longest = 0;
  for (const seconds of durations.values()) {
    total += seconds;
    longest = Math.max(longest, seconds);
  }
  const byTime = autoShardCount({
    total,
    longest,
    targetSeconds: suite.targetMinutes * 60,
    overheadSeconds: input.jobOverheadSeconds ?? DEFAULT_JOB_OVERHEAD_SECONDS
  });
  return Math.min(MAX_MATRIX_JOBS, Math.max(byTime, runner.jobs));
}
function shardPath(dir, suite, index) {
  return `${dir.replace(/\/+$/, "")}/${suite}/shard-${index + 1}.txt`;
}
function planRun(input) {
  const { config } = input;
  const reference = {
    cores: config.host.cores ?? input.hostCores,
    reserved: config.host.reserved,
    spare: config.host.spare
  };
  const allocation = allocateCores(config.suites, reference, input.hostCores);
  const wanted = budgets(config.suites, reference.cores - reference.reserved - reference.spare);
  const warnings = [];
  const suites = [];
  const include = [];
  const files = [];
  config.suites.forEach((suite, i) => {
    const framework = idFramework(suite.framework);
    const runner = chooseRunner(wanted[i], config.runners);
    const history = input.timings.get(suite.name) ?? [];
    const tests = input.tests.get(suite.name);
    const estimate = estimateDurations(smoothHistory(history), tests ? { tests, framework } : { framework });
    for (const w of estimate.warnings) warnings.push(`suite "${suite.name}": ${w}`);
    const count = shardCount(suite, input, runner, estimate.durations, warnings);
    if (typeof suite.shards === "number" && input.shards === void 0 && count < runner.jobs) {
      warnings.push(
        `suite "${suite.name}": ${count} shard(s) on ${runner.runner.cores}-core runners use less than its ${wanted[i].cores}-core budget (${runner.jobs} jobs would)`
      );
    }
    const shards = planShards(estimate.durations, { shards: count, framework });
    const workers = Math.min(runner.runner.cores, Math.max(1, Math.ceil(wanted[i].workers / count)));
    suites.push({
      suite: suite.name,
      framework: suite.framework,
      runner,
      workers,
      shards,
      matched: estimate.matched,
      estimated: estimate.estimated,
      dropped: estimate.dropped
    });
    for (const shard of shards.shards) {
      const path2 = shardPath(input.shardDir, suite.name, shard.index);
      files.push(
        shard.catchAll ? {
          path: path2,
          suite: suite.name,
          mode: "exclude",
          tests: shards.shards.filter((s) => s !== shard).flatMap((s) => s.tests)
        } : { path: path2, suite: suite.name, mode: "include", tests: shard.tests }
      );
      include.push({
        suite: suite.name,
        framework: suite.framework,
        shard: shard.index + 1,
        shards: shards.shards.length,
        workers,
        cores: runner.runner.cores,
        "runs-on": runner.runner.labels,
        "timeout-minutes": suite.timeoutMinutes,
        "catch-all": shard.catchAll,
        tests: shard.tests.length,
        "estimated-seconds": Math.round(shard.estimated * 10) / 10,
        "tests-file": path2
      });
    }
  });
  if (include.length > MAX_MATRIX_JOBS) {
    warnings.push(
      `the matrix has ${include.length} jobs; GitHub runs at most ${MAX_MATRIX_JOBS} from one matrix`
    );
  }
  return { allocation, suites, matrix: { include }, files, warnings };
}

// src/run/selection.ts
var HEADER = "# parallel-tests selection: ";
function normaliseIds(tests) {
  for (const id of tests) {
    if (id === "") throw new InputError("a test id in a selection is empty");
    if (/[\r\n]/.test(id))
      throw new InputError(`a test id in a selection contains a line break: ${JSON.stringify(id)}`);
  }
  return [...new Set(tests)].sort();
}
function renderSelectionFile(selection) {
  const ids = normaliseIds(selection.tests);
  return [HEADER + selection.mode, ...ids].join("\n") + "\n";
}

// src/commands/plan.ts
function splitAssignment(arg) {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)=(.+)$/.exec(arg);
  return m ? { suite: m[1], target: m[2] } : { target: arg };
}
async function readText(file, what) {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    const code = err.code;
    throw new InputError(`${what} ${file}: ${code === "ENOENT" ? "no such file" : err.message}`);
  }
}
function checkSuite(config, suite, arg) {
  if (suite !== void 0 && !config.suites.some((s) => s.name === suite)) {
    throw new InputError(
      `"${arg}": no suite "${suite}" in ${config.file} (suites: ${config.suites.map((s) => s.name).join(", ")})`
    );
  }
}
var round = (n) => Math.round(n * 1e3) / 1e3;
async function readTimings(arg, config, cwd, warnings) {
  const { suite, target } = splitAssignment(arg);
  checkSuite(config, suite, arg);
  let entries;
  if (/\.json$|(^|\/)\.test_durations$/.test(target)) {
    entries = parseTestDurations(await readText(path.resolve(cwd, target), "timings"), target);
  } else {
    const collected = await collectResults([target], { cwd });
    if (collected.unmatched.length > 0) throw new InputError(`timings "${target}": no file matches`);
    const broken = collected.files.filter((f) => f.error !== void 0);
    for (const f of broken) warnings.push(`timings ${f.path}: ${f.error} (what it held still counts)`);
    entries = /* @__PURE__ */ new Map();
    for (const file of collected.files) {
      const framework = suite ? idFramework(config.suites.find((s) => s.name === suite).framework) : fileStyle(file);
      for (const [id, seconds] of durationsFromResults([file], framework)) entries.set(id, seconds);
    }
  }
  if (suite !== void 0) return /* @__PURE__ */ new Map([[suite, entries]]);
  const { bySuite, unassigned } = splitBySuite(entries, config.suites);
  if (unassigned > 0)
    warnings.push(`timings "${target}": ${unassigned} test ids fit no suite (give SUITE=${target})`);
  return bySuite;
}
async function readTestLists(args, config, cwd, warnings) {
  const lists = /* @__PURE__ */ new Map();
  for (const arg of args) {
    const { suite, target } = splitAssignment(arg);
    checkSuite(config, suite, arg);
    const ids = (await readText(path.resolve(cwd, target), "test list")).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
    const bySuite = suite ? /* @__PURE__ */ new Map([[suite, new Map(ids.map((id) => [id, true]))]]) : splitBySuite(
      ids.map((id) => [id, true]),
      config.suites
    ).bySuite;
    if (!suite) {
      const placed = [...bySuite.values()].reduce((n, m) => n + m.size, 0);
      if (placed < ids.length)
        warnings.push(
          `test list "${target}": ${ids.length - placed} ids fit no suite (give SUITE=${target})`
        );
    }
    for (const [name, map] of bySuite) lists.set(name, [...lists.get(name) ?? [], ...map.keys()]);
  }
  return lists;
}
function toPlanJson(plan) {
  return {
    matrix: plan.matrix,
    suites: plan.suites.map((s) => ({
      suite: s.suite,
      runner: s.runner.runner.labels,
      jobs: s.runner.jobs,
      "workers-per-job": s.workers,
      shards: s.shards.shards.length,
      matched: s.matched,
      estimated: s.estimated,
      dropped: s.dropped,
      "total-seconds": round(s.shards.total),
      "lower-bound-seconds": round(s.shards.lowerBound),
      "makespan-seconds": round(s.shards.makespan)
    })),
    allocation: plan.allocation.suites.map((s) => ({
      suite: s.suite,
      cores: s.cores,
      workers: s.workers,
      overflow: s.overflow
    })),
    warnings: plan.warnings
  };
}
async function runPlan(settings) {
  const configFile = path.resolve(settings.cwd, settings.configPath);
  const config = parseConfig(await readText(configFile, "config"), settings.configPath);
  const warnings = [];
  const timings = /* @__PURE__ */ new Map();
  if (settings.historyPath !== void 0) {
    const history = await readHistory(path.resolve(settings.cwd, settings.historyPath));
    for (const snapshot of history) {
      for (const [suite, durations] of splitBySuite(snapshot, config.suites).bySuite) {
        timings.set(suite, [...timings.get(suite) ?? [], durations]);
      }
    }
  }
  for (const arg of settings.timings) {
    for (const [suite, durations] of await readTimings(arg, config, settings.cwd, warnings)) {
      timings.set(suite, [...timings.get(suite) ?? [], durations]);
    }
  }
  const tests = await readTestLists(settings.tests, config, settings.cwd, warnings);
  const hostCores = settings.hostCores ?? config.host.cores ?? os.availableParallelism();
  const plan = planRun({
    config,
    hostCores,
    timings,
    tests,
    shardDir: settings.shardDir,
    ...settings.shards !== void 0 ? { shards: settings.shards } : {}
  });
  plan.warnings.unshift(...warnings);
  for (const file of plan.files) {
    const target = path.resolve(settings.cwd, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, renderSelectionFile({ mode: file.mode, tests: file.tests }));
  }
  return { plan, config, explanation: renderPlanExplanation(plan), json: toPlanJson(plan) };
}
export {
  DEFAULT_CONFIG,
  DEFAULT_SHARD_DIR,
  runPlan,
  toPlanJson
};
