import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/report/json.js';
import { ROOT } from '../helpers/paths.js';
import { runDist, tempDir, writeTree } from '../helpers/run.js';

// Debian's chromium driven by playwright-core (never a downloaded browser), offline.
const CHROMIUM = process.env.PARALLEL_TESTS_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];
const ARTIFACTS = path.join(ROOT, '.parallel-tests');

const HOSTILE = '<script>window.__pwned = 1; alert(1)</script>';
const HOSTILE_IMG = '<img src="http://127.0.0.1:9/x.png" onerror="window.__pwned = 2">';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function junit(suite: string, cases: string[]): string {
  return `<?xml version="1.0"?>\n<testsuite name="${suite}">\n${cases.join('\n')}\n</testsuite>\n`;
}
const pass = (cls: string, name: string, time = '0.5') =>
  `<testcase classname="${cls}" name="${esc(name)}" time="${time}"/>`;
const fail = (cls: string, name: string, message: string, text: string) =>
  `<testcase classname="${cls}" name="${esc(name)}" time="1.25"><failure message="${esc(message)}">${esc(text)}</failure></testcase>`;
const skip = (cls: string, name: string) =>
  `<testcase classname="${cls}" name="${esc(name)}" time="0"><skipped message="not here"/></testcase>`;

function record(suite: string, shard: number, shards: number, start: string, end: string, exit = 0): string {
  return JSON.stringify({
    version: 1,
    suite,
    shard,
    shards,
    framework: 'pytest',
    workers: 2,
    cores: 2,
    runner: `runner-${suite}-${shard}`,
    start,
    end,
    exit,
    command: ['python3', '-m', 'pytest'],
    results: ['junit.xml'],
  });
}

interface Shown {
  totals: Record<string, number>;
  suites: { name: string; counts: number[] }[];
  failures: number;
  title: string;
}

/** A number as the page prints it: 1,204. */
const count = (text: string | null): number => Number((text ?? '').replace(/,/g, ''));

/** What a reader sees, read from the rendered page (text, not the HTML source). */
async function shown(page: Page): Promise<Shown> {
  const totals: Record<string, number> = {};
  for (const td of await page.locator('[data-count]').all()) {
    const key = (await td.getAttribute('data-count'))!;
    if (key !== 'duration') totals[key] = count(await td.textContent());
  }
  const suites = [];
  for (const tr of await page.locator('tr[data-suite]').all()) {
    const cells = await tr.locator('td').allTextContents();
    suites.push({ name: cells[0]!.replace(/^[✓✗] /, ''), counts: cells.slice(1, 7).map(count) });
  }
  const heading = (await page.locator('#failures').textContent()) ?? '';
  return {
    totals,
    suites,
    failures: count(/\(([\d,]+)\)/.exec(heading)?.[1] ?? '0'),
    title: (await page.locator('#title-line').textContent()) ?? '',
  };
}

/** Types into the filter box and waits for the page to apply it (it waits for a pause in typing). */
async function filterBy(page: Page, text: string): Promise<void> {
  await page.fill('#filter', text);
  // A poll of the attribute, not waitForFunction: the page's CSP rightly refuses evaluated strings.
  await expect.poll(() => page.locator('#filter').getAttribute('data-applied')).toBe(text);
}

describe('HTML report in headless Chromium', () => {
  let dir: string;
  let browser: Browser;
  let report: JsonReport;
  const requests: string[] = [];
  const problems: string[] = [];
  let page: Page;

  beforeAll(async () => {
    dir = tempDir('pt-html-');
    const cases = Array.from({ length: 40 }, (_, i) => pass('tests.test_items', `test_item_${i}`));
    writeTree(dir, {
      'TestResults/py-1/junit.xml': junit('python', [
        ...cases.slice(0, 20),
        fail(
          'tests.test_api',
          'test_bbox',
          'AssertionError: assert 3 == 4',
          'E  assert 3 == 4\ntests/test_api.py:42: AssertionError',
        ),
        fail('tests.test_api', 'test_flaky', 'timeout talking to /health', 'timeout'),
        fail('tests.test_evil', HOSTILE, `</pre>${HOSTILE}`, `${HOSTILE_IMG}\n</details></pre>`),
        pass('tests.test_evil', HOSTILE_IMG),
        skip('tests.test_items', 'test_windows_only'),
      ]),
      'TestResults/py-1/parallel-tests-job.json': record(
        'python',
        1,
        2,
        '2026-12-01T10:00:00Z',
        '2026-12-01T10:03:10Z',
        1,
      ),
      'TestResults/py-2/junit.xml': junit('python', [
        ...cases.slice(20),
        pass('tests.test_api', 'test_flaky'),
      ]),
      'TestResults/py-2/parallel-tests-job.json': record(
        'python',
        2,
        2,
        '2026-12-01T10:00:02Z',
        '2026-12-01T10:04:00Z',
      ),
      'TestResults/cs-1/junit.xml': junit('csharp', [
        pass('Honua.Tests.Features', 'ListsCollections'),
        pass('Honua.Tests.Features', 'PagesItems'),
      ]),
      'TestResults/cs-1/parallel-tests-job.json': record(
        'csharp',
        1,
        1,
        '2026-12-01T10:00:01Z',
        '2026-12-01T10:02:00Z',
      ),
    });
    for (const name of ['coverage-py-shard-1.xml', 'coverage-py-shard-2.xml']) {
      copyFileSync(path.join(ROOT, 'test/fixtures/coverage', name), path.join(dir, 'TestResults', name));
    }
    const r = runDist(
      'cli.js',
      [
        'aggregate',
        'TestResults/**/*.xml',
        '!TestResults/coverage-*.xml',
        '--json',
        'out/report.json',
        '--html',
        'out/report.html',
        '--coverage',
        'TestResults/coverage-*.xml',
      ],
      { cwd: dir },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    report = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'));

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Every request after the page's own file is recorded and refused.
    const pageUrl = pathToFileURL(path.join(dir, 'out/report.html')).href;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pageUrl) return route.continue();
      requests.push(url);
      return route.abort();
    });
    context.on('request', (request) => {
      if (request.url() !== pageUrl && !requests.includes(request.url())) requests.push(request.url());
    });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`console: ${message.text()}`);
    });
    await page.goto(pageUrl, { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the counts of the JSON report', async () => {
    const seen = await shown(page);
    const { duration: _, ...counts } = report.totals;
    expect(seen.totals).toEqual(counts);
    expect(seen.totals.tests).toBe(47);
    expect(seen.suites).toEqual(
      report.suites.map((s) => ({
        name: s.name,
        counts: [s.tests, s.passed, s.failed, s.errors, s.skipped, s.flaky],
      })),
    );
    expect(seen.failures).toBe(report.failures.length);
    expect(seen.title).toBe('2 failed, 1 flaky, 44 passed, 1 skipped in 4m 00s');
    expect(await page.locator('#failures ~ [data-list="failures"] details').count()).toBe(2);
    expect(await page.locator('tbody[data-list="tests"] tr').count()).toBe(47);
  });

  it('shows the timeline of the three jobs and the coverage', async () => {
    expect(await page.locator('svg.timeline rect.job').count()).toBe(3);
    expect(await page.locator('svg.timeline rect.job.failed').count()).toBe(1);
    await expect(page.locator('#timeline').textContent()).resolves.toBe('Parallel run (3 jobs)');
    const coverage = await page.locator('[data-coverage="total"]').textContent();
    expect(coverage).toMatch(/^\d+\.\d\d%$/);
  });

  it('filters tests and failures by name and by status', async () => {
    const visible = (selector: string) => page.locator(`${selector}:visible`).count();
    await filterBy(page, 'test_item_1');
    // test_item_1 and test_item_10..19
    expect(await visible('tbody[data-list="tests"] tr')).toBe(11);
    expect(await visible('[data-list="failures"] details')).toBe(0);
    await expect(page.locator('#shown-tests').textContent()).resolves.toBe('11');
    await expect(page.locator('#shown-failures').textContent()).resolves.toBe('0');

    await filterBy(page, 'BBOX');
    expect(await visible('tbody[data-list="tests"] tr')).toBe(1);
    expect(await visible('[data-list="failures"] details')).toBe(1);

    await filterBy(page, '');
    await page.selectOption('#status', 'flaky');
    expect(await visible('tbody[data-list="tests"] tr')).toBe(1);
    await expect(page.locator('tbody[data-list="tests"] tr:visible').textContent()).resolves.toContain(
      'test_flaky',
    );
    expect(await visible('[data-list="flaky"] li')).toBe(1);
    await page.selectOption('#status', 'skipped');
    expect(await visible('[data-list="flaky"] li')).toBe(0);
    expect(await visible('tbody[data-list="tests"] tr')).toBe(1);
    await page.selectOption('#status', 'failed');
    expect(await visible('tbody[data-list="tests"] tr')).toBe(2);
    expect(await visible('[data-list="failures"] details')).toBe(2);
    await page.selectOption('#status', '');
    expect(await visible('tbody[data-list="tests"] tr')).toBe(47);
  });

  it('renders hostile names as text: no script ran, no element was made, the text is visible', async () => {
    // A string: the test compiles without the DOM's types.
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('body script').count()).toBe(1);
    expect(await page.locator('body img').count()).toBe(0);
    await filterBy(page, 'window.__pwned');
    const row = page.locator('tbody[data-list="tests"] tr:visible', { hasText: HOSTILE });
    await expect(row.isVisible()).resolves.toBe(true);
    const img = page.locator('tbody[data-list="tests"] code.n').filter({ hasText: HOSTILE_IMG });
    expect(await img.count()).toBe(1);
    await expect(img.isVisible()).resolves.toBe(true);
    await expect(img.textContent()).resolves.toBe(`tests.test_evil.${HOSTILE_IMG}`);
    const failure = page.locator('[data-list="failures"] details:visible');
    expect(await failure.count()).toBe(1);
    await failure.locator('summary').click();
    await expect(failure.locator('pre').textContent()).resolves.toBe(
      `</pre>${HOSTILE}\n\n${HOSTILE_IMG}\n</details></pre>`,
    );
    await filterBy(page, '');
  });

  it('asked for nothing over the network and broke no rule of its own policy', async () => {
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('saves a screenshot as a test artifact', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'html-report.png');
    await page.locator('[data-list="failures"] details summary').first().click();
    const png = await page.screenshot({ path: file, fullPage: true });
    copyFileSync(path.join(dir, 'out/report.html'), path.join(ARTIFACTS, 'html-report.html'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });
});
