import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  collectResults
} from "./chunk-QUDVYTEP.js";
import {
  appendHistory
} from "./chunk-HGAVUFDB.js";
import "./chunk-Z2KYCZEJ.js";
import "./chunk-N7HISE44.js";
import {
  EXIT,
  InputError
} from "./chunk-J5WPWJPM.js";
import "./chunk-JGZF7R3L.js";

// src/commands/aggregate.ts
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

// src/report/json.ts
function seconds(value) {
  return Math.round(value * 1e3) / 1e3;
}
function failureOf(test) {
  const loc = test.location;
  return {
    suite: test.suite,
    id: test.id,
    ...loc ? { file: loc.file } : {},
    ...loc?.line !== void 0 ? { line: loc.line } : {},
    message: failureMessage(test)
  };
}
function failureMessage(test) {
  const shown = test.shown;
  return shown.message ?? (shown.status === "errored" ? "error" : "failed");
}
function renderJsonReport(aggregate) {
  const t = aggregate.totals;
  return {
    totals: { ...t, duration: seconds(t.duration) },
    suites: aggregate.suites.map((s) => ({
      name: s.name,
      tests: s.tests,
      passed: s.passed,
      failed: s.failed,
      errors: s.errors,
      skipped: s.skipped,
      flaky: s.flaky,
      duration: seconds(s.duration),
      wall: s.wall === null ? null : seconds(s.wall)
    })),
    files: aggregate.files.map((f) => ({ ...f })),
    failures: aggregate.failures.map(failureOf)
  };
}
function stringifyReport(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/console.ts
var NUMBER = new Intl.NumberFormat("en-US");
function n(value) {
  return NUMBER.format(value);
}
function duration(seconds2) {
  if (seconds2 < 60) return `${seconds2.toFixed(seconds2 < 10 ? 2 : 1)} s`;
  const m = Math.floor(seconds2 / 60);
  return `${m} min ${Math.round(seconds2 - m * 60)} s`;
}
function where(test) {
  const loc = test.location;
  if (!loc) return "";
  return ` (${loc.file}${loc.line !== void 0 ? `:${loc.line}` : ""})`;
}
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map(
    (r) => r.map((cell, i) => i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])).join("  ")
  );
}
function indent(text, prefix, maxLines) {
  const lines = text.split("\n");
  const shown = lines.slice(0, maxLines).map((l) => prefix + l.trimEnd());
  if (lines.length > maxLines) shown.push(`${prefix}… (${lines.length - maxLines} more lines)`);
  return shown;
}
function renderConsoleSummary(aggregate, options = {}) {
  const maxFailures = options.maxFailures ?? 30;
  const t = aggregate.totals;
  const out = [];
  const parts = [`${n(t.passed)} passed`];
  if (t.failed) parts.push(`${n(t.failed)} failed`);
  if (t.errors) parts.push(`${n(t.errors)} errors`);
  if (t.skipped) parts.push(`${n(t.skipped)} skipped`);
  if (t.flaky) parts.push(`${n(t.flaky)} flaky`);
  const readable = aggregate.files.filter((f) => f.error === void 0).length;
  out.push(
    `${n(t.tests)} tests in ${n(aggregate.files.length)} result files: ${parts.join(", ")} (${duration(t.duration)} of test time)`
  );
  if (aggregate.suites.length > 0) {
    out.push("");
    const rows = [["suite", "tests", "passed", "failed", "errors", "skipped", "flaky", "time", "wall"]];
    for (const s of aggregate.suites) {
      rows.push([
        s.name === "" ? "(unnamed)" : s.name,
        n(s.tests),
        n(s.passed),
        n(s.failed),
        n(s.errors),
        n(s.skipped),
        n(s.flaky),
        duration(s.duration),
        s.wall === null ? "-" : duration(s.wall)
      ]);
    }
    out.push(...table(rows).map((l) => `  ${l}`));
  }
  if (aggregate.failures.length > 0) {
    out.push("", `Failures (${n(aggregate.failures.length)}):`);
    for (const test of aggregate.failures.slice(0, maxFailures)) {
      const mark = test.status === "errored" ? "ERROR" : "FAIL ";
      out.push(`  ${mark} ${test.suite ? `${test.suite} › ` : ""}${test.id}${where(test)}`);
      out.push(...indent(failureMessage(test), "        ", 6));
    }
    const more = aggregate.failures.length - maxFailures;
    if (more > 0) out.push(`  … ${n(more)} more not shown (see the JSON report)`);
  }
  if (aggregate.flaky.length > 0) {
    out.push("", `Flaky (failed, then passed on a rerun; counted as passed) (${n(aggregate.flaky.length)}):`);
    for (const test of aggregate.flaky.slice(0, maxFailures)) {
      out.push(`  FLAKY ${test.suite ? `${test.suite} › ` : ""}${test.id} (${test.runs} runs)${where(test)}`);
    }
    const more = aggregate.flaky.length - maxFailures;
    if (more > 0) out.push(`  … ${n(more)} more not shown`);
  }
  const broken = aggregate.files.filter((f) => f.error !== void 0);
  if (broken.length > 0) {
    out.push("", `Input problems (${readable} of ${aggregate.files.length} files read in full):`);
    for (const f of broken) out.push(`  ${f.path}: ${f.error}`);
  }
  const unmatched = options.unmatched ?? [];
  if (aggregate.warnings.length > 0 || unmatched.length > 0) {
    out.push("", "Warnings:");
    for (const pattern of unmatched) out.push(`  no file matches "${pattern}" (allowed)`);
    for (const w of aggregate.warnings.slice(0, 20)) out.push(`  ${w.path}: ${w.message}`);
    if (aggregate.warnings.length > 20) out.push(`  … ${aggregate.warnings.length - 20} more`);
  }
  return `${out.join("\n")}
`;
}

// src/results/locate.ts
var PYTEST_FRAME = /^(\S[^\n:]*\.py):(\d+): /gm;
var DOTNET_FRAME = new RegExp("((?:[A-Za-z]:[\\\\/]|\\/)[^\\n]*?\\.(?:cs|fs|vb)):\\p{L}+ (\\d+)", "gu");
var JS_FRAME = /\(?((?:[A-Za-z]:[\\/]|\/|\.{0,2}\/?)?[\w@./\\-]+\.(?:[cm]?[jt]sx?)):(\d+):\d+\)?/g;
var RUNNER_PREFIXES = [
  /^\/home\/runner\/work\/[^/]+\/[^/]+\//,
  /^[A-Za-z]:\/a\/[^/]+\/[^/]+\//,
  /^\/github\/workspace\//,
  /^\/__w\/[^/]+\/[^/]+\//,
  /^\/app\//,
  /^\/src\//,
  /^\/workspace\//
];
function normalise(path2) {
  return path2.replace(/\\/g, "/");
}
function framesOf(text) {
  const frames = [];
  for (const re of [PYTEST_FRAME, DOTNET_FRAME, JS_FRAME]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      frames.push({ at: m.index ?? 0, location: { file: normalise(m[1]), line: Number(m[2]) } });
    }
  }
  return frames.sort((a, b) => a.at - b.at).map((f) => f.location);
}
var RepositoryFiles = class {
  byName = /* @__PURE__ */ new Map();
  constructor(files) {
    for (const file of files) {
      const path2 = normalise(file);
      const name = path2.slice(path2.lastIndexOf("/") + 1);
      const list = this.byName.get(name);
      if (list) list.push(path2);
      else this.byName.set(name, [path2]);
    }
  }
  get size() {
    return this.byName.size;
  }
  /** The repository file a path names, or undefined when none (or no single best) matches. */
  resolve(path2) {
    const segments = normalise(path2).split("/").filter((s) => s !== "" && s !== ".");
    const name = segments[segments.length - 1];
    if (name === void 0) return void 0;
    const candidates = this.byName.get(name);
    if (!candidates) return void 0;
    let best;
    let bestScore = 0;
    let tie = false;
    for (const candidate of candidates) {
      const parts = candidate.split("/");
      let score = 0;
      while (score < parts.length && score < segments.length && parts[parts.length - 1 - score] === segments[segments.length - 1 - score]) {
        score++;
      }
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
        tie = false;
      } else if (score === bestScore) {
        tie = true;
      }
    }
    return tie ? void 0 : best;
  }
};
function repositoryPath(path2, repo) {
  const p = normalise(path2);
  if (repo && repo.size > 0) return repo.resolve(p);
  for (const prefix of RUNNER_PREFIXES) if (prefix.test(p)) return p.replace(prefix, "");
  return p;
}
function locateFailure(test, repo) {
  const text = [test.details, test.message].filter((t) => t !== void 0).join("\n");
  const frames = framesOf(text);
  const own = test.file === void 0 ? void 0 : normalise(test.file);
  if (own !== void 0) {
    for (const frame of frames) {
      if (own.endsWith(frame.file) || frame.file.endsWith(own)) {
        return { file: repositoryPath(own, repo) ?? own, line: frame.line };
      }
    }
    if (test.line !== void 0) return { file: repositoryPath(own, repo) ?? own, line: test.line };
  }
  for (const frame of frames) {
    const file = repositoryPath(frame.file, repo);
    if (file !== void 0) return frame.line === void 0 ? { file } : { file, line: frame.line };
  }
  if (test.file !== void 0) return { file: repositoryPath(test.file, repo) ?? normalise(test.file) };
  return void 0;
}

// src/results/aggregate.ts
var SEP = "\0";
function testKey(test) {
  if (test.name === "") return void 0;
  return test.suite + SEP + test.className + SEP + test.name + SEP + (test.file ?? "");
}
function testId(test) {
  return test.className === "" ? test.name : `${test.className}.${test.name}`;
}
function emptyCounts() {
  return { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, duration: 0 };
}
function mergedStatus(r) {
  if (r.passed && (r.failed || r.errored)) return { status: "passed", flaky: true };
  if (r.errored) return { status: "errored", flaky: false };
  if (r.failed) return { status: "failed", flaky: false };
  if (r.passed) return { status: "passed", flaky: r.flaky };
  return { status: "skipped", flaky: false };
}
function mergeRuns(cases) {
  const byKey = /* @__PURE__ */ new Map();
  let unnamed = 0;
  for (const test of cases) {
    const key = testKey(test) ?? `${SEP}unnamed${SEP}${unnamed++}`;
    let r = byKey.get(key);
    if (!r) {
      r = {
        first: test,
        last: test,
        runs: 0,
        duration: 0,
        passed: false,
        failed: false,
        errored: false,
        flaky: false
      };
      byKey.set(key, r);
    }
    r.runs++;
    r.duration += test.duration;
    r.last = test;
    if (test.status === "passed") r.passed = true;
    else if (test.status === "failed") r.failed = true;
    else if (test.status === "errored") r.errored = true;
    if (test.status === "failed" || test.status === "errored") r.lastFailing = test;
    if (test.flaky) r.flaky = true;
  }
  return byKey;
}
function add(counts, status, flaky) {
  counts.tests++;
  if (status === "passed") counts.passed++;
  else if (status === "failed") counts.failed++;
  else if (status === "errored") counts.errors++;
  else counts.skipped++;
  if (flaky) counts.flaky++;
}
function countTests(cases) {
  const counts = emptyCounts();
  for (const r of mergeRuns(cases).values()) {
    const { status, flaky } = mergedStatus(r);
    add(counts, status, flaky);
    counts.duration += r.duration;
  }
  return counts;
}
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function aggregateResults(files, options = {}) {
  const totals = emptyCounts();
  const suites = /* @__PURE__ */ new Map();
  const walls = /* @__PURE__ */ new Map();
  const warnings = [];
  const fileSummaries = [];
  function* allCases() {
    for (const file of files) yield* file.cases;
  }
  for (const file of files) {
    const c = countTests(file.cases);
    const summary = {
      path: file.path,
      format: file.format ?? null,
      tests: c.tests,
      passed: c.passed,
      failed: c.failed,
      errors: c.errors,
      skipped: c.skipped
    };
    if (file.error !== void 0) summary.error = file.error;
    fileSummaries.push(summary);
    for (const message of file.warnings) warnings.push({ path: file.path, message });
    for (const [suite, seconds2] of Object.entries(file.walls)) {
      walls.set(suite, Math.max(walls.get(suite) ?? 0, seconds2));
    }
  }
  const tests = [];
  for (const r of mergeRuns(allCases()).values()) {
    const { status, flaky } = mergedStatus(r);
    const shown = r.lastFailing ?? r.last;
    const merged = {
      suite: r.first.suite,
      id: testId(r.first),
      status,
      flaky,
      runs: r.runs,
      shown
    };
    if (r.lastFailing) {
      const location = locateFailure(r.lastFailing, options.repository);
      if (location) merged.location = location;
    }
    tests.push(merged);
    add(totals, status, flaky);
    let suite = suites.get(merged.suite);
    if (!suite) {
      suite = { name: merged.suite, ...emptyCounts(), wall: null };
      suites.set(merged.suite, suite);
    }
    add(suite, status, flaky);
    suite.duration += r.duration;
    totals.duration += r.duration;
  }
  for (const suite of suites.values()) suite.wall = walls.get(suite.name) ?? null;
  tests.sort((a, b) => compare(a.suite, b.suite) || compare(a.id, b.id));
  return {
    totals,
    suites: [...suites.values()].sort((a, b) => compare(a.name, b.name)),
    files: fileSummaries,
    tests,
    failures: tests.filter((t) => t.status === "failed" || t.status === "errored"),
    flaky: tests.filter((t) => t.flaky),
    warnings
  };
}

// src/commands/aggregate.ts
var exec = promisify(execFile);
var listGitFiles = async (cwd) => {
  try {
    const { stdout } = await exec("git", ["ls-files", "-z"], { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout.split("\0").filter((f) => f !== "");
  } catch {
    return [];
  }
};
function aggregateExitCode(aggregate) {
  if (aggregate.files.some((f) => f.error !== void 0)) return EXIT.badInput;
  if (aggregate.totals.failed + aggregate.totals.errors > 0) return EXIT.testFailures;
  return EXIT.passed;
}
async function runAggregate(settings, listFiles = listGitFiles) {
  if (settings.patterns.length === 0) {
    throw new InputError('no result files given: name at least one file or glob (e.g. "results/**/*.xml")');
  }
  const [collected, tracked] = await Promise.all([
    collectResults(settings.patterns, { cwd: settings.cwd }),
    listFiles(settings.cwd)
  ]);
  const files = [...collected.files];
  if (!settings.allowEmpty) {
    for (const pattern of collected.unmatched) {
      files.push({
        path: pattern,
        cases: [],
        warnings: [],
        walls: {},
        error: "no file matches this pattern"
      });
    }
  }
  const aggregate = aggregateResults(files, { repository: new RepositoryFiles(tracked) });
  if (settings.historyPath !== void 0) {
    await appendHistory(path.resolve(settings.cwd, settings.historyPath), collected.files);
  }
  const report = renderJsonReport(aggregate);
  if (settings.jsonPath !== void 0) {
    const target = path.resolve(settings.cwd, settings.jsonPath);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, stringifyReport(report));
  }
  return {
    aggregate,
    report,
    console: renderConsoleSummary(aggregate, { unmatched: settings.allowEmpty ? collected.unmatched : [] }),
    exitCode: aggregateExitCode(aggregate)
  };
}
export {
  aggregateExitCode,
  listGitFiles,
  runAggregate
};
