import type { Attributes } from '../xml-scanner.js';
import {
  addWall,
  assemblyName,
  CapturingHandler,
  CaseDraft,
  detach,
  intern,
  parseTimeSpan,
  statusTable,
  withoutClass,
} from './common.js';

/**
 * VSTest outcomes (Microsoft.VisualStudio.TestTools.Common.TestOutcome). Timeout and Aborted
 * are errors: a test that never finished did not pass and was not skipped on purpose.
 */
const OUTCOMES = statusTable({
  passed: 'passed',
  passedbutrunaborted: 'passed',
  completed: 'passed',
  warning: 'passed',
  failed: 'failed',
  error: 'errored',
  timeout: 'errored',
  aborted: 'errored',
  disconnected: 'errored',
  notexecuted: 'skipped',
  inconclusive: 'skipped',
  notrunnable: 'skipped',
  pending: 'skipped',
  inprogress: 'skipped',
});

interface ResultFrame {
  testId: string;
  draft: CaseDraft;
  hasInner: boolean;
}

interface Definition {
  className: string;
  storage: string;
}

/**
 * TRX (2006 and 2010 namespaces). Results usually come before the TestDefinitions that name
 * their classes, so results are held until the end and joined by testId. A result with
 * InnerResults (MSTest data rows, retries) is represented by its inner rows, not counted itself.
 */
export class TrxHandler extends CapturingHandler {
  private readonly results: ResultFrame[] = [];
  private readonly done: ResultFrame[] = [];
  private readonly definitions = new Map<string, Definition>();
  private definitionId: string | null = null;
  private definitionStorage = '';
  private runSeconds = 0;

  open(name: string, attrs: Attributes): void {
    const current = this.results[this.results.length - 1];
    const { details } = this.ctx.limits;
    switch (name) {
      case 'UnitTestResult':
      case 'TestResult':
      case 'TestResultAggregation': {
        const outcome = (attrs.outcome ?? '').toLowerCase();
        // Held until the end: a copy of the name, not a slice that would keep its chunk alive.
        const draft = new CaseDraft(
          '',
          '',
          detach(attrs.testName ?? ''),
          parseTimeSpan(attrs.duration, this.oddTime),
        );
        const status = OUTCOMES.get(outcome);
        if (status) {
          draft.raise(
            status,
            outcome === 'timeout' || outcome === 'aborted' ? `outcome ${attrs.outcome}` : undefined,
          );
        } else {
          // A result that does not say it passed did not pass: missing, empty or unknown.
          this.warnOnce(
            `outcome ${outcome}`,
            outcome === ''
              ? 'a TRX result without an outcome read as an error'
              : `unknown TRX outcome "${attrs.outcome}" read as an error`,
          );
          draft.raise('errored', outcome === '' ? 'no outcome' : `outcome ${attrs.outcome}`);
        }
        // Copies: a slice of the chunk, kept until the end, would keep the whole chunk alive.
        this.results.push({ testId: detach(attrs.testId ?? ''), draft, hasInner: false });
        return;
      }
      case 'Times': {
        const span = (Date.parse(attrs.finish ?? '') - Date.parse(attrs.start ?? '')) / 1000;
        if (Number.isFinite(span) && span > 0) this.runSeconds = span;
        return;
      }
      case 'InnerResults':
        if (current) current.hasInner = true;
        return;
      case 'Message':
        if (current) this.startCapture(details, (v) => (current.draft.message = v));
        return;
      case 'StackTrace':
        if (current) this.startCapture(details, (v) => (current.draft.details = v));
        return;
      case 'StdOut':
        if (current) this.captureOutput(current.draft, 'stdout');
        return;
      case 'StdErr':
        if (current) this.captureOutput(current.draft, 'stderr');
        return;
      case 'UnitTest':
        this.definitionId = attrs.id === undefined ? null : detach(attrs.id);
        this.definitionStorage = intern(attrs.storage ?? '');
        return;
      case 'TestMethod':
        if (this.definitionId !== null) {
          this.definitions.set(this.definitionId, {
            className: intern((attrs.className ?? '').split(',')[0]!.trim()),
            storage: this.definitionStorage || intern(attrs.codeBase || ''),
          });
        }
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'UnitTestResult':
      case 'TestResult':
      case 'TestResultAggregation': {
        const frame = this.results.pop();
        if (frame && !frame.hasInner) this.done.push(frame);
        return;
      }
      case 'Message':
      case 'StackTrace':
      case 'StdOut':
      case 'StdErr':
        this.endCapture();
        return;
      case 'UnitTest':
        this.definitionId = null;
        return;
      default:
        return;
    }
  }

  finish(): void {
    const suites = new Set<string>();
    for (const { testId, draft } of this.done) {
      const definition = this.definitions.get(testId);
      const className = definition?.className ?? '';
      const test = new CaseDraft(
        assemblyName(definition?.storage ?? ''),
        className,
        withoutClass(draft.name, className),
        draft.duration,
      );
      test.raise(draft.status, draft.message);
      if (draft.message) test.message = draft.message;
      if (draft.details) test.details = draft.details;
      else if (draft.status !== 'passed' && draft.message) test.details = draft.message;
      if (draft.stdout) test.stdout = draft.stdout;
      if (draft.stderr) test.stderr = draft.stderr;
      this.ctx.emit(test);
      suites.add(test.suite);
    }
    // One TRX is one run: each assembly in it took the run's time.
    for (const suite of suites) addWall(this.ctx, suite, this.runSeconds);
    this.done.length = 0;
  }
}
