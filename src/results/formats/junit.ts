import type { TestStatus } from '../model.js';
import type { Attributes } from '../xml-scanner.js';
import { addWall, CapturingHandler, CaseDraft, parseLine, parseSeconds, statusTable } from './common.js';

interface SuiteFrame {
  name: string;
  file?: string;
  declared: { tests: number; failures: number; errors: number; skipped: number };
  cases: number;
  children: number;
}

// Writers that put a status attribute on <testcase> (tst, some C++ and Go converters, NUnit
// and gtest converted to JUnit). Any other value is read as an error, with a warning.
const STATUS_ATTR = statusTable({
  passed: 'passed',
  pass: 'passed',
  success: 'passed',
  successful: 'passed',
  ok: 'passed',
  run: 'passed',
  completed: 'passed',
  executed: 'passed',
  inconclusive: 'skipped',
  notrunnable: 'skipped',
  notexecuted: 'skipped',
  disabled: 'skipped',
  skipped: 'skipped',
  notrun: 'skipped',
  ignored: 'skipped',
  failed: 'failed',
  failure: 'failed',
  error: 'errored',
  errored: 'errored',
});

/** More declared tests than this in one suite is a corrupt file, not a count. */
const MAX_DECLARED = 1e12;

function count(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * JUnit XML in its many dialects: Ant/Surefire (incl. flakyFailure and rerunFailure), pytest
 * and pytest-xdist, Jest, Mocha, Go via gotestsum, Bazel, nested <testsuite>s or a
 * <testsuite> root, and files with no attributes at all.
 */
export class JUnitHandler extends CapturingHandler {
  private readonly suites: SuiteFrame[] = [];
  private test: CaseDraft | null = null;
  /** Inside a <failure>/<error>/<skipped>: its nested output is not the test's own output. */
  private inResult = false;

  open(name: string, attrs: Attributes): void {
    const test = this.test;
    if (test === null) {
      if (name === 'testsuite') this.openSuite(attrs);
      else if (name === 'testcase') this.openCase(attrs);
      return;
    }
    const { details } = this.ctx.limits;
    switch (name) {
      case 'failure':
      case 'error':
      case 'skipped': {
        const status: TestStatus = name === 'failure' ? 'failed' : name === 'error' ? 'errored' : 'skipped';
        const before = test.status;
        test.raise(status, attrs.message || attrs.type);
        // Keep the text of the result that decides the status (the most severe one).
        if (test.status !== before || test.details === undefined) {
          this.inResult = true;
          this.startCapture(details, (v) => {
            if (test.status === status) test.details = v;
          });
        }
        break;
      }
      case 'flakyFailure':
      case 'flakyError':
        // Surefire: the test failed, then passed on a rerun.
        test.flaky = true;
        break;
      // Output is kept for failing tests only; writers put <failure> before <system-out>.
      case 'system-out':
        if (!this.inResult) this.captureOutput(test, 'stdout');
        break;
      case 'system-err':
        if (!this.inResult) this.captureOutput(test, 'stderr');
        break;
      default:
        break;
    }
  }

  close(name: string): void {
    if (this.test !== null) {
      if (name === 'testcase') {
        this.endCapture();
        this.ctx.emit(this.test);
        this.test = null;
        this.inResult = false;
      } else if (
        name === 'failure' ||
        name === 'error' ||
        name === 'skipped' ||
        name === 'system-out' ||
        name === 'system-err'
      ) {
        this.endCapture();
        if (name !== 'system-out' && name !== 'system-err') this.inResult = false;
      }
      return;
    }
    if (name === 'testsuite') this.closeSuite();
  }

  finish(): void {
    // A document cut short inside a test case: that case is not emitted (its result is unknown).
    this.test = null;
  }

  private openSuite(attrs: Attributes): void {
    const parent = this.suites[this.suites.length - 1];
    if (parent) parent.children++;
    const name = attrs.name ?? parent?.name ?? '';
    if (!parent) addWall(this.ctx, name, parseSeconds(attrs.time, this.oddTime));
    this.suites.push({
      name,
      file: attrs.file ?? attrs.filepath ?? parent?.file,
      declared: {
        tests: count(attrs.tests),
        failures: count(attrs.failures),
        errors: count(attrs.errors),
        skipped: count(attrs.skipped) + count(attrs.disabled),
      },
      cases: 0,
      children: 0,
    });
  }

  private openCase(attrs: Attributes): void {
    const suite = this.suites[this.suites.length - 1];
    if (suite) suite.cases++;
    const test = new CaseDraft(
      suite?.name ?? '',
      attrs.classname ?? attrs.class ?? '',
      attrs.name ?? '',
      parseSeconds(attrs.time, this.oddTime),
    );
    const file = attrs.file ?? suite?.file;
    if (file) test.file = file;
    test.line = parseLine(attrs.line ?? attrs.lineno);
    if (attrs.status) {
      const status = STATUS_ATTR.get(attrs.status.toLowerCase());
      if (status) test.raise(status);
      else {
        this.warnOnce(
          `status ${attrs.status}`,
          `unknown test case status="${attrs.status}" read as an error`,
        );
        test.raise('errored', `status ${attrs.status}`);
      }
    }
    this.test = test;
  }

  /**
   * A leaf suite that declares tests but lists none (some reporters write counts only) would
   * otherwise hide a declared failure; its counts become one case per status that stands for
   * that many tests (never one object per declared test: tests="2147483647" is 41 bytes).
   */
  private closeSuite(): void {
    const suite = this.suites.pop();
    if (!suite || suite.cases > 0 || suite.children > 0 || suite.declared.tests === 0) return;
    const { tests, failures, errors, skipped } = suite.declared;
    if (tests > MAX_DECLARED) {
      this.ctx.warn(
        `suite "${suite.name}" declares ${tests} tests and lists none: not a plausible count, not counted`,
      );
      return;
    }
    this.ctx.warn(
      `suite "${suite.name}" declares ${tests} tests but lists no test cases; counted from its attributes`,
    );
    let left = tests;
    const blocks: [TestStatus, number][] = [
      ['errored', errors],
      ['failed', failures],
      ['skipped', skipped],
      ['passed', tests],
    ];
    for (const [status, declared] of blocks) {
      const n = Math.min(declared, left);
      if (n === 0) continue;
      left -= n;
      const test = new CaseDraft(
        suite.name,
        suite.name,
        `(${n} ${status} of ${tests}, counted from the suite attributes)`,
        0,
      );
      test.raise(status, status === 'passed' ? undefined : 'counted from the suite attributes');
      test.count = n;
      this.ctx.emit(test);
    }
  }
}
