import type { FormatContext, FormatHandler } from './formats/common.js';
import { localName } from './formats/common.js';
import { JUnitHandler } from './formats/junit.js';
import { NUnitHandler } from './formats/nunit.js';
import { TrxHandler } from './formats/trx.js';
import { XUnitHandler } from './formats/xunit.js';
import {
  type CaseSink,
  DEFAULT_TEXT_LIMITS,
  type FileResult,
  type ResultFormat,
  type TestCase,
  type TextLimits,
} from './model.js';
import { type Attributes, type XmlIssue, XmlScanner } from './xml-scanner.js';

export interface ResultParser {
  /** Feeds the next piece of the file, decoded as text. */
  write(chunk: string): void;
  /** Ends the file and returns what was read, with the first fatal problem as `error`. */
  end(): FileResult;
  /** True once nothing written after can change the result (a fatal issue, or not a test report). */
  readonly done: boolean;
}

export interface ParseOptions {
  limits?: TextLimits;
  /** Hands each case here as it is read instead of keeping them all in FileResult.cases. */
  onCase?: CaseSink;
}

type Factory = (ctx: FormatContext) => FormatHandler;

/** The format is told by the root element, never by the file name. */
const ROOTS: Record<string, { format: ResultFormat; create: Factory }> = {
  testsuites: { format: 'junit', create: (ctx) => new JUnitHandler(ctx) },
  testsuite: { format: 'junit', create: (ctx) => new JUnitHandler(ctx) },
  TestRun: { format: 'trx', create: (ctx) => new TrxHandler(ctx) },
  'test-run': { format: 'nunit', create: (ctx) => new NUnitHandler(ctx) },
  'test-results': { format: 'nunit', create: (ctx) => new NUnitHandler(ctx) },
  // NUnit 3 output cut to its assembly (e.g. Unity's test runner).
  'test-suite': { format: 'nunit', create: (ctx) => new NUnitHandler(ctx) },
  assemblies: { format: 'xunit', create: (ctx) => new XUnitHandler(ctx) },
  assembly: { format: 'xunit', create: (ctx) => new XUnitHandler(ctx) },
};

const EXPECTED_ROOTS =
  'testsuites or testsuite (JUnit), TestRun (TRX), test-run, test-results or test-suite (NUnit), assemblies (xUnit.net)';

export function describeIssue(issue: XmlIssue): string {
  return `line ${issue.line}, column ${issue.column}: ${issue.message}`;
}

export function createResultParser(path: string, options: ParseOptions = {}): ResultParser {
  const cases: TestCase[] = [];
  const warnings: string[] = [];
  const ctx: FormatContext = {
    source: path,
    limits: options.limits ?? DEFAULT_TEXT_LIMITS,
    emit: options.onCase ?? ((test) => cases.push(test.build(path))),
    warn: (message) => warnings.push(message),
    walls: {},
  };
  let handler: FormatHandler | null = null;
  let format: ResultFormat | undefined;
  let error: string | undefined;
  let started = false;
  let rejected = false;
  /**
   * The scanner's issues when the file was rejected: what it finds after that is about a file
   * not read, and would depend on where the chunks broke (read whole, it goes on to the end).
   */
  let issuesAtRejection = Number.POSITIVE_INFINITY;

  const scanner = new XmlScanner({
    open(name: string, attrs: Attributes) {
      const local = localName(name);
      if (handler === null) {
        if (rejected) return;
        const root = ROOTS[local];
        if (!root) {
          rejected = true;
          issuesAtRejection = scanner.issues.length;
          error = `unknown format: the root element is <${name}>, expected ${EXPECTED_ROOTS}`;
          return;
        }
        format = root.format;
        handler = root.create(ctx);
      }
      handler.open(local, attrs);
    },
    close(name: string) {
      handler?.close(localName(name));
    },
    text(piece: string) {
      handler?.text(piece);
    },
    wantsText() {
      return handler?.wantsText() ?? false;
    },
  });

  return {
    get done() {
      return rejected || scanner.failed;
    },
    write(chunk: string) {
      if (rejected) return;
      if (!started) {
        // A byte-order mark is not content; the first real character tells XML from JSON.
        chunk = chunk.replace(/^\uFEFF/, '');
        const body = chunk.trimStart();
        if (body !== '') {
          started = true;
          if (body[0] === '{' || body[0] === '[') {
            rejected = true;
            error = 'a JSON file: only XML test reports are read (JUnit, TRX, NUnit, xUnit.net)';
            return;
          }
        }
      }
      scanner.write(chunk);
    },
    end(): FileResult {
      if (!started && !rejected) {
        error = 'the file is empty';
      } else if (!rejected) {
        scanner.end();
        handler?.finish();
      }
      // Only lost data is an error: notes on what was kept as it is stay warnings.
      for (const issue of scanner.issues.slice(0, issuesAtRejection)) {
        if (issue.fatal && error === undefined) error = describeIssue(issue);
        else warnings.push(describeIssue(issue));
      }
      const result: FileResult = { path, cases, warnings, walls: ctx.walls };
      if (format) result.format = format;
      if (error !== undefined) result.error = error;
      return result;
    },
  };
}

/** Parses a whole document held in memory (tests, small inputs). */
export function parseResultText(path: string, text: string, options: ParseOptions = {}): FileResult {
  const parser = createResultParser(path, options);
  parser.write(text);
  return parser.end();
}
