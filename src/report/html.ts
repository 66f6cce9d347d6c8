/**
 * The HTML report (`--html FILE`): one self-contained page, readable offline and without a
 * server. Pure: the model in, one string out. Everything from a result file goes through
 * escapeHtml; the page's own CSS and script are constants, allowed by their hashes in a
 * Content-Security-Policy that forbids everything else (no script that escaping missed could
 * run, and the page can fetch nothing). Its size is bounded by caps on every list, each cut
 * with "N more not shown"; the totals are always exact.
 */
import { createHash } from 'node:crypto';
import type { CoverageSummary } from '../coverage/merge.js';
import type { MergedTest } from '../results/aggregate.js';
import type { TestStatus } from '../results/model.js';
import { formatCount, formatDuration, formatPercent, formatSpeedup, plural } from './format.js';
import { type ReportInput, runSeconds, sortedTimeline, suiteFailed, sumOfJobSeconds } from './input.js';
import { failureBody, failureMessage, type TimelineEntry } from './json.js';
import { escapeHtml, firstLine } from './markdown.js';
import { renderTitle } from './summary.js';

export interface HtmlOptions {
  /** The page's heading (default "Test results"). */
  title?: string;
  coverage?: CoverageSummary;
  /** Rows of the tests table (failing, flaky, skipped, then passed tests). */
  maxTests?: number;
  /** Failures listed; the first ones carry their details while detailBudget lasts. */
  maxFailures?: number;
  maxSuites?: number;
  maxJobs?: number;
  maxPackages?: number;
  /** Characters of failure text per failure. */
  detailChars?: number;
  /** Characters of failure text over the whole page. */
  detailBudget?: number;
  /** Characters of a name (test, suite, job, path) before it is cut with an ellipsis. */
  nameChars?: number;
}

const DEFAULTS = {
  title: 'Test results',
  maxTests: 10_000,
  maxFailures: 1_000,
  maxSuites: 1_000,
  maxJobs: 500,
  maxPackages: 200,
  detailChars: 10_000,
  detailBudget: 4 * 1024 * 1024,
  nameChars: 1_000,
};

type Settings = typeof DEFAULTS & Pick<HtmlOptions, 'coverage'>;

const STYLE = `
:root{color-scheme:light dark;--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--muted:#6e7781;--line:#d0d7de;--bg2:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--ok:#3fb950;--bad:#f85149;--warn:#d29922;--muted:#8b949e;--line:#30363d;--bg2:#161b22}}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;padding:16px 24px;max-width:1200px}
h1{font-size:22px;margin:8px 0 16px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
table{border-collapse:collapse;margin:6px 0}th,td{padding:3px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}tfoot td{font-weight:600}
.ok{color:var(--ok)}.bad{color:var(--bad)}.warn{color:var(--warn)}.muted,.more{color:var(--muted)}
code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:var(--bg2);padding:8px 10px;overflow:auto;max-height:480px;white-space:pre-wrap;word-break:break-word}
details{border-bottom:1px solid var(--line);padding:4px 0}summary{cursor:pointer}
.headline{font-size:18px;font-weight:600;margin:0 0 10px}.totals td{font-size:16px}.tools{position:sticky;top:0;background:Canvas;padding:8px 0;border-bottom:1px solid var(--line);z-index:1}
.tools input{width:320px;padding:4px 6px}.tools select{padding:4px}
svg.timeline{width:100%;height:auto;max-width:1000px}svg text{font:11px ui-monospace,monospace;fill:currentColor}
svg rect.job{fill:var(--ok);opacity:.8}svg rect.job.failed{fill:var(--bad)}svg line{stroke:var(--line)}
table.tests tr,details{content-visibility:auto;contain-intrinsic-size:auto 22px}
[hidden]{display:none!important}
`;

// The filter: hides tests and failures whose name does not contain the text or whose status is
// not the one chosen. Reads names with textContent and writes only hidden and textContent, so
// no test name is ever parsed as HTML here.
const SCRIPT = `
(() => {
  const box = document.getElementById('filter');
  const status = document.getElementById('status');
  if (!box || !status) return;
  const lists = Array.from(document.querySelectorAll('[data-list]'), (list) => ({
    out: document.getElementById('shown-' + list.dataset.list),
    items: Array.from(list.querySelectorAll('[data-status]'), (el) => ({
      el,
      name: Array.from(el.querySelectorAll('.n'), (n) => n.textContent).join(' ').toLowerCase(),
      status: el.dataset.status.split(' '),
    })),
  }));
  const apply = () => {
    const q = box.value.trim().toLowerCase();
    const s = status.value;
    for (const list of lists) {
      let shown = 0;
      for (const it of list.items) {
        const ok = (q === '' || it.name.includes(q)) && (s === '' || it.status.includes(s));
        // Only what changes: a page of 10,000 rows should not restyle the ones that stay.
        if (it.el.hidden === ok) it.el.hidden = !ok;
        if (ok) shown++;
      }
      if (list.out) list.out.textContent = shown.toLocaleString('en-US');
    }
    // What the lists now show, for a reader (or a test) waiting on the pause after typing.
    box.dataset.applied = box.value;
  };
  // One pass after typing pauses, not one per keystroke.
  let timer = 0;
  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
  status.addEventListener('change', apply);
  apply();
})();
`;

let policy: string | undefined;

/** The CSP: only our own style and script (by hash), no fetch of any kind, no forms, no base. */
function contentSecurityPolicy(): string {
  if (policy === undefined) {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    policy = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  }
  return policy;
}

const STATUS_TEXT: Record<TestStatus, string> = {
  failed: 'failed',
  errored: 'error',
  skipped: 'skipped',
  passed: 'passed',
};
const STATUS_CLASS: Record<TestStatus, string> = {
  failed: 'bad',
  errored: 'bad',
  skipped: 'muted',
  passed: 'ok',
};
const STATUS_ICON: Record<TestStatus, string> = { failed: '✗', errored: '✗', skipped: '○', passed: '✓' };

/** The first `max` UTF-16 units of a text, one less where the cut would split a surrogate pair. */
function head(value: string, max: number): string {
  const code = value.charCodeAt(max - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** A name cut to `max` characters, then escaped. */
function text(value: string, max: number): string {
  return escapeHtml(value.length > max ? `${head(value, max - 1)}…` : value);
}

function num(value: number): string {
  return `<td class="num">${formatCount(value)}</td>`;
}

function more(count: number, what: string, colspan = 0): string {
  const note = `… ${formatCount(count)} more ${what} not shown: see the JSON report.`;
  return colspan > 0
    ? `<tr class="more"><td colspan="${colspan}">${note}</td></tr>\n`
    : `<p class="more">${note}</p>\n`;
}

const COUNT_KEYS = ['tests', 'passed', 'failed', 'errors', 'skipped', 'flaky'] as const;

function countCells(c: Record<(typeof COUNT_KEYS)[number], number>, attribute: boolean): string {
  return COUNT_KEYS.map((k) =>
    attribute ? `<td class="num" data-count="${k}">${formatCount(c[k])}</td>` : num(c[k]),
  ).join('');
}

function renderTotals(input: ReportInput): string {
  const t = input.aggregate.totals;
  const files = input.aggregate.files;
  const unread = files.filter((f) => f.error !== undefined).length;
  return (
    '<table class="totals"><thead><tr><th class="num">Tests</th><th class="num">Passed</th><th class="num">Failed</th>' +
    '<th class="num">Errors</th><th class="num">Skipped</th><th class="num">Flaky</th><th class="num">Duration</th></tr></thead>\n' +
    `<tbody><tr>${countCells(t, true)}<td class="num" data-count="duration">${formatDuration(t.duration)}</td></tr></tbody></table>\n` +
    `<p class="muted">Read from ${plural(files.length - unread, 'result file')}` +
    (unread > 0 ? `; <span class="bad">${plural(unread, 'file')} could not be read</span>` : '') +
    '.</p>\n'
  );
}

function renderSuites(input: ReportInput, s: Settings): string {
  const { suites, totals } = input.aggregate;
  if (suites.length === 0) return '';
  const shown = Math.min(suites.length, s.maxSuites);
  const out = [
    `<h2 id="suites">Suites (${formatCount(suites.length)})</h2>\n<table class="suites"><thead><tr><th>Suite</th>` +
      '<th class="num">Tests</th><th class="num">Passed</th><th class="num">Failed</th><th class="num">Errors</th>' +
      '<th class="num">Skipped</th><th class="num">Flaky</th><th class="num">Duration</th><th class="num">Wall</th></tr></thead><tbody>\n',
  ];
  for (let i = 0; i < shown; i++) {
    const suite = suites[i]!;
    const bad = suiteFailed(suite);
    out.push(
      `<tr data-suite><td><span class="${bad ? 'bad' : 'ok'}">${bad ? '✗' : '✓'}</span> ${suite.name === '' ? '(unnamed)' : text(suite.name, s.nameChars)}</td>` +
        `${countCells(suite, false)}<td class="num">${formatDuration(suite.duration)}</td>` +
        `<td class="num">${suite.wall === null ? '-' : formatDuration(suite.wall)}</td></tr>\n`,
    );
  }
  if (shown < suites.length) out.push(more(suites.length - shown, 'suites', 9));
  const wall = input.parallel?.wall;
  out.push(
    `</tbody><tfoot><tr><td>Total</td>${countCells(totals, false)}<td class="num">${formatDuration(totals.duration)}</td>` +
      `<td class="num">${wall === undefined ? '-' : formatDuration(wall)}</td></tr></tfoot></table>\n`,
  );
  return out.join('');
}

function label(test: Pick<MergedTest, 'suite' | 'id'>, max: number): string {
  const id = `<code>${text(test.id, max)}</code>`;
  return test.suite === ''
    ? `<span class="n">${id}</span>`
    : `<span class="n">${text(test.suite, max)} › ${id}</span>`;
}

/** The location as text: the page links nowhere (it is read offline, from an artifact). */
function locationHtml(test: MergedTest, s: Settings): string {
  const loc = test.location;
  if (!loc) return '';
  return text(loc.line !== undefined ? `${loc.file}:${loc.line}` : loc.file, s.nameChars);
}

function failureText(test: MergedTest, max: number): string {
  let body = failureBody(test);
  for (const [name, out] of [
    ['stdout', test.shown.stdout],
    ['stderr', test.shown.stderr],
  ] as const) {
    if (out !== undefined && out !== '') body += `\n\n--- ${name} ---\n${out}`;
  }
  if (body.length > max)
    body = `${head(body, max)}\n… (${formatCount(body.length - max)} more characters cut)`;
  return body;
}

function renderFailures(input: ReportInput, s: Settings): string {
  const failures = input.aggregate.failures;
  if (failures.length === 0) return '';
  const shown = Math.min(failures.length, s.maxFailures);
  const out = [
    `<h2 id="failures">Failures (${formatCount(failures.length)})</h2>\n` +
      `<p class="muted">Showing <span id="shown-failures">${formatCount(shown)}</span> of ${formatCount(shown)} listed.</p>\n<div data-list="failures">\n`,
  ];
  let budget = s.detailBudget;
  let withoutText = 0;
  for (let i = 0; i < shown; i++) {
    const test = failures[i]!;
    const where = locationHtml(test, s);
    const facts = [
      STATUS_TEXT[test.status],
      ...(where ? [where] : []),
      formatDuration(test.shown.duration),
      ...(test.runs > 1 ? [plural(test.runs, 'run')] : []),
    ].join(' · ');
    let body = '';
    if (budget > 0) {
      const full = failureText(test, Math.min(s.detailChars, budget));
      budget -= full.length;
      body = `<pre>${escapeHtml(full)}</pre>`;
    } else {
      withoutText++;
    }
    out.push(
      `<details data-status="${test.status}"><summary><span class="bad">${STATUS_ICON[test.status]}</span> ${label(test, s.nameChars)}: ` +
        `<code>${text(firstLine(failureMessage(test)), 300)}</code></summary>\n<p class="muted">${facts}</p>${body}</details>\n`,
    );
  }
  out.push('</div>\n');
  if (shown < failures.length) out.push(more(failures.length - shown, 'failures'));
  if (withoutText > 0)
    out.push(
      `<p class="more">The last ${plural(withoutText, 'failure')} listed without their text (size budget).</p>\n`,
    );
  if (input.aggregate.detailsOmitted > 0)
    out.push(
      `<p class="more">${plural(input.aggregate.detailsOmitted, 'failing or flaky test')} kept only the message: the report's text budget ran out while reading.</p>\n`,
    );
  return out.join('');
}

function renderFlaky(input: ReportInput, s: Settings): string {
  const flaky = input.aggregate.flaky;
  if (flaky.length === 0) return '';
  const shown = Math.min(flaky.length, s.maxFailures);
  const out = [
    `<h2 id="flaky">Flaky tests (${formatCount(flaky.length)}): failed, then passed on a rerun</h2>\n` +
      `<p class="muted">Showing <span id="shown-flaky">${formatCount(shown)}</span> of ${formatCount(shown)} listed.</p>\n<ul data-list="flaky">\n`,
  ];
  for (let i = 0; i < shown; i++) {
    const test = flaky[i]!;
    const where = locationHtml(test, s);
    out.push(
      `<li data-status="passed flaky"><span class="warn">⚠</span> ${label(test, s.nameChars)} (${plural(test.runs, 'run')}${where ? `, ${where}` : ''})</li>\n`,
    );
  }
  out.push('</ul>\n');
  if (shown < flaky.length) out.push(more(flaky.length - shown, 'flaky tests'));
  return out.join('');
}

interface Row {
  suite: string;
  id: string;
  status: TestStatus;
  flaky: boolean;
}

const keyOf = (suite: string, id: string): string => `${suite}\u0000${id}`;

/**
 * The rows of the tests table: failures, flaky tests, skipped, then passed tests, each in suite
 * then id order, at most `max`. Passed and skipped ids come one suite at a time from the
 * aggregate (testsBySuite), so only the rows shown are kept.
 */
function testRows(input: ReportInput, max: number): Row[] {
  const { failures, flaky } = input.aggregate;
  const rows: Row[] = [];
  for (let i = 0; i < failures.length && rows.length < max; i++) {
    const f = failures[i]!;
    rows.push({ suite: f.suite, id: f.id, status: f.status, flaky: false });
  }
  const flakyKeys = new Set<string>();
  for (const f of flaky) flakyKeys.add(keyOf(f.suite, f.id));
  for (let i = 0; i < flaky.length && rows.length < max; i++) {
    rows.push({ suite: flaky[i]!.suite, id: flaky[i]!.id, status: 'passed', flaky: true });
  }
  const room = max - rows.length;
  if (room <= 0) return rows;
  const skipped: Row[] = [];
  const passed: Row[] = [];
  for (const { suite, ids } of input.aggregate.testsBySuite()) {
    for (const id of ids.get('skipped') ?? []) {
      if (skipped.length >= room) break;
      skipped.push({ suite, id, status: 'skipped', flaky: false });
    }
    if (skipped.length >= room) break;
    for (const id of ids.get('passed') ?? []) {
      if (passed.length >= room) break;
      if (flakyKeys.size > 0 && flakyKeys.has(keyOf(suite, id))) continue;
      passed.push({ suite, id, status: 'passed', flaky: false });
    }
  }
  for (const row of skipped) rows.push(row);
  for (let i = 0; i < passed.length && rows.length < max; i++) rows.push(passed[i]!);
  return rows;
}

function renderTests(input: ReportInput, s: Settings): string {
  const total = input.aggregate.totals.tests;
  if (total === 0) return '';
  const rows = testRows(input, s.maxTests);
  const out = [
    `<h2 id="tests">Tests (${formatCount(total)})</h2>\n` +
      `<p class="muted">Showing <span id="shown-tests">${formatCount(rows.length)}</span> of ${formatCount(rows.length)} listed` +
      (rows.length < total ? ' (failing, flaky and skipped tests first)' : '') +
      '.</p>\n<table class="tests"><thead><tr><th>Status</th><th>Suite</th><th>Test</th></tr></thead><tbody data-list="tests">\n',
  ];
  for (const row of rows) {
    const status = row.flaky ? 'passed flaky' : row.status;
    const shownStatus = row.flaky ? 'flaky' : STATUS_TEXT[row.status];
    const cls = row.flaky ? 'warn' : STATUS_CLASS[row.status];
    out.push(
      `<tr data-status="${status}"><td class="${cls}">${row.flaky ? '⚠' : STATUS_ICON[row.status]} ${shownStatus}</td>` +
        `<td class="n">${text(row.suite, s.nameChars)}</td><td><code class="n">${text(row.id, s.nameChars)}</code></td></tr>\n`,
    );
  }
  out.push('</tbody></table>\n');
  if (rows.length < total) out.push(more(total - rows.length, 'tests'));
  return out.join('');
}

const SVG_WIDTH = 1000;
const LABEL_WIDTH = 260;
const ROW_HEIGHT = 20;

/** The jobs as bars on one time axis, in SVG (attributes, not inline styles: the CSP allows no style attribute). */
function timelineSvg(entries: readonly TimelineEntry[], s: Settings): string {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    first = Math.min(first, Date.parse(e.start));
    last = Math.max(last, Date.parse(e.end));
  }
  const span = Math.max(1, last - first);
  const plot = SVG_WIDTH - LABEL_WIDTH - 10;
  const height = entries.length * ROW_HEIGHT + 24;
  const x = (at: number) => (LABEL_WIDTH + ((at - first) / span) * plot).toFixed(1);
  const out = [
    `<svg class="timeline" viewBox="0 0 ${SVG_WIDTH} ${height}" role="img" aria-label="timeline of the jobs">\n`,
  ];
  for (let q = 0; q <= 4; q++) {
    const at = first + (span * q) / 4;
    out.push(
      `<line x1="${x(at)}" x2="${x(at)}" y1="0" y2="${height - 16}"/><text x="${x(at)}" y="${height - 4}" text-anchor="${q === 0 ? 'start' : q === 4 ? 'end' : 'middle'}">${formatDuration((at - first) / 1000)}</text>\n`,
    );
  }
  entries.forEach((e, i) => {
    const start = Date.parse(e.start);
    const end = Math.max(start, Date.parse(e.end));
    const y = i * ROW_HEIGHT;
    const width = Math.max(1, ((end - start) / span) * plot).toFixed(1);
    const failed = e.exit !== 0 || e.error !== undefined;
    out.push(
      `<text x="0" y="${y + 14}">${text(e.job, 36)}</text>` +
        `<rect class="job${failed ? ' failed' : ''}" x="${x(start)}" y="${y + 3}" width="${width}" height="${ROW_HEIGHT - 6}">` +
        `<title>${text(e.job, s.nameChars)}: ${formatDuration((end - start) / 1000)} on ${e.cores} cores, ${text(e.runner, s.nameChars)}, ${e.exit === null ? 'no exit code' : `exit ${e.exit}`}</title></rect>\n`,
    );
  });
  out.push('</svg>\n');
  return out.join('');
}

function renderTimeline(input: ReportInput, s: Settings): string {
  const timeline = input.timeline;
  if (!timeline || timeline.length === 0) return '';
  const entries = sortedTimeline(timeline);
  const shown = entries.slice(0, s.maxJobs);
  const out = [`<h2 id="timeline">Parallel run (${plural(entries.length, 'job')})</h2>\n`];
  const p = input.parallel;
  if (p) {
    out.push(
      '<table class="parallel"><thead><tr><th class="num">Jobs</th><th class="num">Wall</th><th class="num">Sum of job times</th>' +
        '<th class="num">Speedup</th><th class="num">Core efficiency</th></tr></thead><tbody><tr>' +
        `${num(entries.length)}<td class="num">${formatDuration(p.wall)}</td><td class="num">${formatDuration(sumOfJobSeconds(entries))}</td>` +
        `<td class="num">${formatSpeedup(p.speedup)}</td><td class="num">${formatPercent(p.efficiency)}</td></tr></tbody></table>\n`,
    );
  }
  out.push(timelineSvg(shown, s));
  const t0 = Date.parse(entries[0]!.start);
  out.push(
    '<table class="jobs"><thead><tr><th>Job</th><th>Runner</th><th class="num">Cores</th><th class="num">Start</th>' +
      '<th class="num">Duration</th><th>Exit</th></tr></thead><tbody>\n',
  );
  for (const e of shown) {
    const seconds = Math.max(0, (Date.parse(e.end) - Date.parse(e.start)) / 1000);
    const failed = e.exit !== 0 || e.error !== undefined;
    out.push(
      `<tr><td>${text(e.job, s.nameChars)}</td><td>${text(e.runner, s.nameChars)}</td>${num(e.cores)}` +
        `<td class="num">+${formatDuration((Date.parse(e.start) - t0) / 1000)}</td><td class="num">${formatDuration(seconds)}</td>` +
        `<td class="${failed ? 'bad' : 'ok'}">${e.exit === null ? 'none' : e.exit}${e.error !== undefined ? `: ${text(e.error, s.nameChars)}` : ''}</td></tr>\n`,
    );
  }
  if (shown.length < entries.length) out.push(more(entries.length - shown.length, 'jobs', 6));
  out.push('</tbody></table>\n');
  return out.join('');
}

function pct(value: number): string {
  return `${value.toFixed(2)}%`;
}

function renderCoverage(s: Settings): string {
  const c = s.coverage;
  if (!c) return '';
  const t = c.total;
  const gate = c.threshold
    ? c.threshold.met
      ? ` <span class="ok">✓ threshold ${c.threshold.percent}% met</span>`
      : ` <span class="bad">✗ below the threshold of ${c.threshold.percent}%</span>`
    : '';
  const out = [
    `<h2 id="coverage">Coverage</h2>\n<p><strong data-coverage="total">${pct(t.percent)}</strong> of ${formatCount(t.lines)} lines covered ` +
      `(${formatCount(t.covered)}), merged from ${plural(c.reports.length, 'report')}.${gate}</p>\n`,
  ];
  const shown = Math.min(c.packages.length, s.maxPackages);
  if (shown > 0) {
    out.push(
      '<table class="coverage"><thead><tr><th>Package</th><th class="num">Lines</th><th class="num">Covered</th><th class="num">%</th></tr></thead><tbody>\n',
    );
    for (let i = 0; i < shown; i++) {
      const p = c.packages[i]!;
      out.push(
        `<tr><td>${p.name === '' ? '(none)' : text(p.name, s.nameChars)}</td>${num(p.lines)}${num(p.covered)}<td class="num">${pct(p.percent)}</td></tr>\n`,
      );
    }
    if (shown < c.packages.length) out.push(more(c.packages.length - shown, 'packages', 4));
    out.push('</tbody></table>\n');
  }
  for (const r of c.reports.filter((r) => r.error !== undefined).slice(0, s.maxPackages))
    out.push(`<p class="warn">⚠ ${text(r.path, s.nameChars)}: ${text(r.error!, s.nameChars)}</p>\n`);
  return out.join('');
}

const MAX_PROBLEMS = 100;

function renderProblems(input: ReportInput, s: Settings): string {
  const bad = input.aggregate.files.filter((f) => f.error !== undefined);
  const warnings = input.aggregate.warnings;
  if (bad.length === 0 && warnings.length === 0) return '';
  const out = ['<h2 id="problems">Problems reading the results</h2>\n<ul>\n'];
  for (const f of bad.slice(0, MAX_PROBLEMS))
    out.push(`<li class="bad">${text(f.path, s.nameChars)}: ${text(f.error!, s.nameChars)}</li>\n`);
  for (const w of warnings.slice(0, MAX_PROBLEMS))
    out.push(`<li class="warn">${text(w.path, s.nameChars)}: ${text(w.message, s.nameChars)}</li>\n`);
  out.push('</ul>\n');
  const cut = Math.max(0, bad.length - MAX_PROBLEMS) + Math.max(0, warnings.length - MAX_PROBLEMS);
  if (cut > 0) out.push(more(cut, 'problems'));
  return out.join('');
}

const FILTER = `<div class="tools"><input type="search" id="filter" placeholder="Filter tests and failures by name" aria-label="filter by name"> <select id="status" aria-label="filter by status"><option value="">any status</option><option value="failed">failed</option><option value="errored">error</option><option value="flaky">flaky</option><option value="skipped">skipped</option><option value="passed">passed</option></select></div>\n`;

export function renderHtmlReport(input: ReportInput, options: HtmlOptions = {}): string {
  const s: Settings = { ...DEFAULTS };
  for (const [key, value] of Object.entries(options))
    if (value !== undefined) Object.assign(s, { [key]: value });
  const totals = input.aggregate.totals;
  const bad = suiteFailed(totals);
  const title = renderTitle(totals, runSeconds(input));
  const tests = renderTests(input, s);
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${text(s.title, 200)}: ${escapeHtml(title)}</title>\n<style>${STYLE}</style></head><body>\n` +
    `<h1>${text(s.title, 200)}</h1>\n` +
    `<p class="headline ${bad ? 'bad' : 'ok'}">${bad ? '✗' : '✓'} <span id="title-line">${escapeHtml(title)}</span></p>\n` +
    renderTotals(input) +
    (tests !== '' || input.aggregate.failures.length > 0 ? FILTER : '') +
    renderSuites(input, s) +
    renderFailures(input, s) +
    renderFlaky(input, s) +
    renderTimeline(input, s) +
    renderCoverage(s) +
    tests +
    renderProblems(input, s) +
    `<script>${SCRIPT}</script>\n</body></html>\n`
  );
}
