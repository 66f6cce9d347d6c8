import type { Attributes } from '../xml-scanner.js';
import {
  addWall,
  assemblyName,
  CapturingHandler,
  CaseDraft,
  detach,
  parseSeconds,
  statusTable,
  withoutClass,
} from './common.js';

const RESULTS = statusTable({
  pass: 'passed',
  fail: 'failed',
  skip: 'skipped',
  notrun: 'skipped',
});

/** xUnit.net v2 (<assemblies>) and v1 (<assembly> root with <class>) XML. */
export class XUnitHandler extends CapturingHandler {
  private assembly = '';
  private test: CaseDraft | null = null;

  open(name: string, attrs: Attributes): void {
    if (name === 'assembly') {
      this.assembly = assemblyName(attrs.name ?? '');
      addWall(this.ctx, this.assembly, parseSeconds(attrs.time, this.oddTime));
      return;
    }
    if (name === 'test') {
      const className = attrs.type ?? '';
      const test = new CaseDraft(
        this.assembly,
        className,
        withoutClass(attrs.name ?? '', className),
        parseSeconds(attrs.time, this.oddTime),
      );
      const result = (attrs.result ?? '').toLowerCase();
      const status = RESULTS.get(result);
      if (status) test.raise(status);
      else {
        this.warnOnce(
          `result ${result}`,
          `unknown xUnit.net result="${attrs.result ?? ''}" read as an error`,
        );
        test.raise('errored', `result ${attrs.result ?? '(none)'}`);
      }
      this.test = test;
      return;
    }
    const test = this.test;
    if (test === null) return;
    const { details } = this.ctx.limits;
    if (name === 'failure' && attrs['exception-type']) test.message ??= detach(attrs['exception-type']);
    else if (name === 'message') this.startCapture(details, (v) => (test.message = v));
    else if (name === 'stack-trace') this.startCapture(details, (v) => (test.details = v));
    else if (name === 'reason') this.startCapture(details, (v) => (test.message = v));
    else if (name === 'output') this.captureOutput(test, 'stdout');
  }

  close(name: string): void {
    if (name === 'test' && this.test !== null) {
      this.endCapture();
      const test = this.test;
      if (test.details === undefined && test.message && test.status !== 'passed') test.details = test.message;
      this.ctx.emit(test);
      this.test = null;
    } else if (name === 'message' || name === 'stack-trace' || name === 'reason' || name === 'output') {
      this.endCapture();
    }
  }

  finish(): void {
    this.test = null;
  }
}
