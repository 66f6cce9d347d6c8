import type { TestStatus } from '../model.js';
import type { Attributes } from '../xml-scanner.js';
import {
  addWall,
  assemblyName,
  CapturingHandler,
  CaseDraft,
  classOf,
  parseSeconds,
  statusTable,
  withoutClass,
} from './common.js';

// NUnit 2 result attribute values, and NUnit 3's result/label pairs (label refines "Failed").
const NUNIT2 = statusTable({
  success: 'passed',
  failure: 'failed',
  error: 'errored',
  cancelled: 'errored',
  invalid: 'errored',
  ignored: 'skipped',
  skipped: 'skipped',
  inconclusive: 'skipped',
  notrunnable: 'skipped',
  notrun: 'skipped',
});

/** NUnit 3's result values (Passed, Failed, Inconclusive, Skipped, Warning); undefined for any other. */
function nunit3Status(result: string, label: string): TestStatus | undefined {
  switch (result) {
    case 'passed':
    case 'warning':
      return 'passed';
    case 'failed':
      return label === 'error' || label === 'cancelled' || label === 'invalid' ? 'errored' : 'failed';
    case 'skipped':
    case 'inconclusive':
      return 'skipped';
    default:
      return undefined;
  }
}

/** NUnit 2 (<test-results>) and NUnit 3 (<test-run>) XML. */
export class NUnitHandler extends CapturingHandler {
  private assembly = '';
  private test: CaseDraft | null = null;
  private element = '';

  open(name: string, attrs: Attributes): void {
    if (name === 'test-results' || name === 'test-run') {
      if (attrs.name) this.assembly = assemblyName(attrs.name);
      return;
    }
    if (name === 'test-suite') {
      if (attrs.type === 'Assembly' && attrs.name) {
        this.assembly = assemblyName(attrs.name);
        addWall(this.ctx, this.assembly, parseSeconds(attrs.duration ?? attrs.time, this.oddTime));
      }
      return;
    }
    if (name === 'test-case') {
      this.openCase(attrs);
      return;
    }
    const test = this.test;
    if (test === null) return;
    const { details } = this.ctx.limits;
    if (name === 'failure' || name === 'reason') {
      this.element = name;
      // NUnit 2.x files without a result attribute say a test failed only by this element.
      if (name === 'failure') test.raise('failed');
    } else if (name === 'message') this.startCapture(details, (v) => (test.message ??= v));
    else if (name === 'stack-trace') this.startCapture(details, (v) => (test.details = v));
    else if (name === 'output') this.captureOutput(test, 'stdout');
  }

  close(name: string): void {
    if (name === 'test-case' && this.test !== null) {
      this.endCapture();
      const test = this.test;
      if (test.details === undefined && test.message && test.status !== 'passed') test.details = test.message;
      this.ctx.emit(test);
      this.test = null;
    } else if (name === 'message' || name === 'stack-trace' || name === 'output') {
      this.endCapture();
    } else if (name === this.element) {
      this.element = '';
    }
  }

  finish(): void {
    this.test = null;
  }

  private openCase(attrs: Attributes): void {
    const fullName = attrs.fullname ?? attrs.name ?? '';
    const className = attrs.classname ?? classOf(fullName);
    const test = new CaseDraft(
      this.assembly,
      className,
      withoutClass(attrs.name ?? '', className),
      parseSeconds(attrs.duration ?? attrs.time, this.oddTime),
    );
    const result = (attrs.result ?? '').toLowerCase();
    let status: TestStatus | undefined;
    if (attrs.duration !== undefined || attrs.label !== undefined || attrs.runstate !== undefined) {
      status = nunit3Status(result, (attrs.label ?? '').toLowerCase());
    } else if (result !== '') {
      status = NUNIT2.get(result);
    } else if (attrs.executed?.toLowerCase() === 'false') {
      status = 'skipped';
    } else {
      status = attrs.success?.toLowerCase() === 'false' ? 'failed' : 'passed';
    }
    if (status === undefined) {
      this.warnOnce(
        `result ${attrs.result}`,
        attrs.result === undefined || attrs.result === ''
          ? 'a test case without a result read as an error'
          : `unknown result="${attrs.result}" read as an error`,
      );
      test.raise('errored', `result ${attrs.result ?? '(none)'}`);
    } else {
      test.raise(status);
    }
    this.test = test;
  }
}
