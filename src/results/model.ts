/** The one result model every parser yields and every report reads. */

export type TestStatus = 'passed' | 'failed' | 'errored' | 'skipped';
export type ResultFormat = 'junit' | 'trx' | 'nunit' | 'xunit';

export interface TestCase {
  /** The suite as the result file names it (JUnit testsuite, TRX/NUnit/xUnit assembly). */
  suite: string;
  className: string;
  name: string;
  /** Repository-relative when it could be mapped, else as the report wrote it. */
  file?: string;
  line?: number;
  /** Seconds. */
  duration: number;
  status: TestStatus;
  message?: string;
  /** Failure text or stack trace, bounded in size (see TextLimits). */
  details?: string;
  stdout?: string;
  stderr?: string;
  /** The result file this case was read from. */
  source: string;
  /** The report itself says the test failed and then passed on a rerun (e.g. Surefire flakyFailure). */
  flaky?: boolean;
  /**
   * This case stands for `count` tests of its status that the report only counts (a suite's
   * tests/failures attributes with no test cases listed): counted, never allocated one by one.
   */
  count?: number;
}

/**
 * A test case as a parser has just read it, before anything is kept: its strings may still
 * point into the parser's buffer, so whoever keeps the case keeps what build() returns.
 */
export interface ReadCase {
  readonly suite: string;
  readonly className: string;
  readonly name: string;
  readonly file?: string;
  readonly duration: number;
  readonly status: TestStatus;
  /** The report says it failed and then passed on a rerun (only meaningful when it passed). */
  readonly flaky: boolean;
  /** Tests it stands for when the report only counts them (TestCase.count). */
  readonly count?: number;
  /** The case with copies of the strings worth keeping (what TestCase says is kept). */
  build(source: string): TestCase;
}

/** Where a parser hands each case as it is read. */
export type CaseSink = (test: ReadCase) => void;

/** A kept case read again, e.g. to fold cases that were parsed earlier. */
export function readCaseOf(test: TestCase): ReadCase {
  return {
    suite: test.suite,
    className: test.className,
    name: test.name,
    ...(test.file !== undefined ? { file: test.file } : {}),
    duration: test.duration,
    status: test.status,
    flaky: test.flaky === true,
    ...(test.count !== undefined ? { count: test.count } : {}),
    build: () => ({ ...test }),
  };
}

/** Folds result files as they are read: startFile before a file's cases, addFile with what it was. */
export interface FileFold {
  /** `suite`: count every case of the file under this suite (the job record's beside it). */
  startFile(path: string, suite?: string): CaseSink;
  addFile(result: FileResult): void;
}

export interface FileResult {
  path: string;
  format?: ResultFormat;
  /** The cases read, unless the parser handed them to a CaseSink instead (then empty). */
  cases: TestCase[];
  /** Why the file could not be read (whole or in part), with line and column when known. */
  error?: string;
  /** Things read but worth telling: entities not expanded, text cut, counts from attributes. */
  warnings: string[];
  /** Wall seconds per suite as the report states them (testsuite time, TRX run times), when it does. */
  walls: Record<string, number>;
  /**
   * The suite every case of the file counts under, whatever the file names it: the config's
   * suite from the job record that lists the file (a TRX names its assembly, pytest "pytest").
   */
  suite?: string;
}

/** A failure of the test, or an error around it: what makes a run fail. */
export function isFailing(test: { status: TestStatus }): boolean {
  return test.status === 'failed' || test.status === 'errored';
}

/** Most severe first: used when one test case carries several results. */
export const SEVERITY: Record<TestStatus, number> = { errored: 3, failed: 2, skipped: 1, passed: 0 };

export interface TextLimits {
  /** Characters kept of one failure message or stack trace. */
  details: number;
  /** Characters kept of one test's system-out or system-err. */
  output: number;
}

export const DEFAULT_TEXT_LIMITS: TextLimits = { details: 64 * 1024, output: 16 * 1024 };
