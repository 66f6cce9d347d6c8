import { compareStrings } from '../order.js';
import { type Location, locateFailure, type RepositoryFiles } from './locate.js';
import {
  type CaseSink,
  type FileResult,
  isFailing,
  type ReadCase,
  type ResultFormat,
  readCaseOf,
  type TestCase,
  type TestStatus,
} from './model.js';

export interface Counts {
  tests: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  flaky: number;
  /** Seconds spent in tests, every run counted. */
  duration: number;
}

export interface SuiteSummary extends Counts {
  name: string;
  /** Wall seconds the suite took as its reports state it (shards in parallel: the longest), or null. */
  wall: number | null;
}

export interface FileSummary {
  path: string;
  format: ResultFormat | null;
  tests: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  error?: string;
}

/** One distinct test after all its runs (retries, re-run shards, repeated files) are merged. */
export interface MergedTest {
  suite: string;
  id: string;
  status: TestStatus;
  flaky: boolean;
  runs: number;
  /** Seconds over all its runs. */
  duration: number;
  /**
   * The run that decides what a reader sees: the last failing run, else the last run. Failing
   * and flaky tests keep it as read, their details, stdout and stderr within the report's
   * budget (see DetailBudget); for any other test it is rebuilt from the compact record
   * (status, file, the mean of its runs' durations, the result file it was last read from).
   */
  shown: TestCase;
  /** Where it failed, for failures and flaky tests, when it can be told. */
  location?: Location;
}

/**
 * How much failure text the whole report keeps. No report shows more than a few hundred
 * failures in full (a job summary is at most 1 MiB, a check run's text 65,535 characters), so
 * details, stdout and stderr are kept for the first failing tests of each suite while the
 * budget lasts, and every other failure keeps its message (cut to `message` characters).
 * Counts and the failure list itself are always complete.
 */
export interface DetailBudget {
  /** Failing or flaky tests per suite whose details, stdout and stderr are kept. */
  perSuite: number;
  /** Characters of details, stdout and stderr kept over the whole report. */
  chars: number;
  /** Characters of the message kept for a failure past the budget. */
  message: number;
}

export const DEFAULT_DETAIL_BUDGET: DetailBudget = { perSuite: 50, chars: 8 * 1024 * 1024, message: 2048 };

export interface AggregateOptions {
  /** The repository's files, to map runner paths in reports and stack traces onto. */
  repository?: RepositoryFiles;
  budget?: DetailBudget;
  /** How many of the slowest tests to list (default 20). */
  slowest?: number;
}

/** A test's time for the timing history: what it took in one run, from every file it ran in. */
export interface TimedTest {
  suite: string;
  className: string;
  name: string;
  file?: string;
  /** Its non-skipped runs' seconds summed per result file, then the mean over those files. */
  seconds: number;
  /** The result file it was last read from: its format, and whether it reads like pytest's. */
  format: ResultFormat | null;
  pytest: boolean;
}

export interface Aggregate {
  totals: Counts;
  suites: SuiteSummary[];
  files: FileSummary[];
  /**
   * Every distinct test, in suite then id order. Built from the compact records on first use
   * (an object per test): for large runs prefer `failures`, `flaky`, `slowest` and `timed()`.
   */
  readonly tests: MergedTest[];
  /** Failed and errored tests, in suite then id order. */
  failures: MergedTest[];
  flaky: MergedTest[];
  /** The slowest tests by their summed duration, slowest first. */
  slowest: MergedTest[];
  /** Failing and flaky tests listed without their details, stdout and stderr (the budget ran out). */
  detailsOmitted: number;
  warnings: { path: string; message: string }[];
  /** Each test's time for the timing history, in the order first read. */
  timed(): Iterable<TimedTest>;
}

/**
 * The identity of a test across runs: suite, class, name and (when known) file. The suite
 * matters where the class is empty (jest-junit names the suite after the file and leaves
 * classname blank, so equal test names in two files are two tests). A case with no name has
 * no identity to match on: undefined, and it is never merged with another.
 */
export function testKey(test: Pick<TestCase, 'suite' | 'className' | 'name' | 'file'>): string | undefined {
  if (test.name === '') return undefined;
  return `${test.suite}\u0000${test.className}\u0000${test.name}\u0000${test.file ?? ''}`;
}

export function testId(test: Pick<TestCase, 'className' | 'name'>): string {
  return test.className === '' ? test.name : `${test.className}.${test.name}`;
}

function emptyCounts(): Counts {
  return { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, duration: 0 };
}

// A record's runs as bits. PRESENT and TIMED only in the per-file bits.
const PASSED = 1;
const FAILED = 2;
const ERRORED = 4;
const FLAKY = 8;
const TIMED = 16;
const PRESENT = 32;
const STATUS_BITS = 15;

const CASE_BITS: Record<TestStatus, number> = {
  passed: PASSED,
  failed: FAILED,
  errored: ERRORED,
  skipped: 0,
};

/**
 * The status of a test from all its runs: one that failed and also passed is flaky (counted
 * once, as passed, and listed); otherwise the most severe run decides (error > failure >
 * pass > skip), as in the common convention the corpus expectations follow.
 */
function mergedStatus(bits: number): TestStatus {
  if (bits & ERRORED && !(bits & PASSED)) return 'errored';
  if (bits & FAILED && !(bits & PASSED)) return 'failed';
  return bits & PASSED ? 'passed' : 'skipped';
}

function mergedFlaky(bits: number): boolean {
  return (bits & PASSED) !== 0 && (bits & (FAILED | ERRORED | FLAKY)) !== 0;
}

const STATUS_OF: TestStatus[] = Array.from({ length: 16 }, (_, bits) => mergedStatus(bits));
const FLAKY_OF: boolean[] = Array.from({ length: 16 }, (_, bits) => mergedFlaky(bits));

type Tally = Omit<Counts, 'flaky' | 'duration'>;

function tally(counts: Tally, status: TestStatus, by: number): void {
  if (status === 'passed') counts.passed += by;
  else if (status === 'failed') counts.failed += by;
  else if (status === 'errored') counts.errors += by;
  else counts.skipped += by;
}

function add(counts: Counts, status: TestStatus, flaky: boolean, n: number): void {
  counts.tests += n;
  tally(counts, status, n);
  if (flaky) counts.flaky += n;
}

/** One shared copy of each suite, class and file name, and a small number for it. */
class Names {
  private readonly ids = new Map<string, number>();
  readonly values: (string | undefined)[] = [undefined];

  idOf(value: string | undefined): number {
    if (value === undefined) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      const kept = copyOf(value);
      this.values.push(kept);
      this.ids.set(kept, id);
    }
    return id;
  }
}

/** A flat copy: a slice of the parser's chunk would keep the whole chunk alive (see detach). */
function copyOf(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

function hashName(name: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) | 0;
}

/** What a failing (or flaky-marked) test keeps: the deciding run as read, within the budget. */
interface Kept {
  shown: TestCase;
  location?: Location;
  detailed: boolean;
  chars: number;
}

interface FileState {
  summary: FileSummary;
  pytest: boolean;
}

function grow<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

/**
 * Folds result files into one model as they are read: each test case updates a small fixed
 * record per distinct test (interned suite, class and file, status bits, run count, durations)
 * and is then dropped; only failing and flaky runs are kept, their text within a budget. Memory
 * grows with the number of distinct tests, never with the cases or their output. Pure.
 */
export class ResultFold {
  private readonly names = new Names();
  private readonly budget: DetailBudget;
  private capacity = 1024;
  private count = 0;
  // One record per distinct test, as columns.
  private suite = new Int32Array(this.capacity);
  private cls = new Int32Array(this.capacity);
  private file = new Int32Array(this.capacity);
  private hash = new Int32Array(this.capacity);
  private bits = new Uint8Array(this.capacity);
  private runs = new Uint32Array(this.capacity);
  private duration = new Float64Array(this.capacity);
  private timedSum = new Float64Array(this.capacity);
  private timedFiles = new Uint32Array(this.capacity);
  /** The last file (index) that had a run of the test, and the test's bits in that file. */
  private lastFile = new Int32Array(this.capacity).fill(-1);
  private fileBits = new Uint8Array(this.capacity);
  private testNames: string[] = [];
  /** Open addressing: record index + 1, 0 for an empty slot. */
  private table = new Int32Array(4096);

  /** Tests a record stands for where not 1: declared counts (ReadCase.count), the largest of its runs. */
  private readonly counted = new Map<number, number>();
  private readonly kept = new Map<number, Kept>();
  private readonly detailedPerSuite = new Map<number, number>();
  private keptChars = 0;
  private readonly files: FileState[] = [];
  private readonly walls = new Map<string, number>();
  private readonly warnings: Aggregate['warnings'] = [];
  private current: FileState | null = null;
  private currentIndex = -1;
  // Cases come in runs of one suite, class and file: the last look-up answers most.
  private lastSuite: string | undefined = undefined;
  private lastSuiteId = 0;
  private lastClass: string | undefined = undefined;
  private lastClassId = 0;
  private lastFileName: string | undefined = undefined;
  private lastFileId = 0;

  constructor(private readonly options: AggregateOptions = {}) {
    this.budget = options.budget ?? DEFAULT_DETAIL_BUDGET;
  }

  /** Starts the next result file; returns where its parser hands each case. */
  startFile(path: string): CaseSink {
    this.openFile(path);
    return (test) => this.addCase(test);
  }

  /** Ends the file started last (or adds a whole one): its cases, summary, warnings and walls. */
  addFile(result: FileResult): void {
    if (this.current === null || this.current.summary.path !== result.path) this.openFile(result.path);
    for (const test of result.cases) this.addCase(readCaseOf(test));
    const state = this.current!;
    state.summary.format = result.format ?? null;
    if (result.error !== undefined) state.summary.error = result.error;
    for (const message of result.warnings) this.warnings.push({ path: result.path, message });
    for (const [suite, seconds] of Object.entries(result.walls)) {
      this.walls.set(suite, Math.max(this.walls.get(suite) ?? 0, seconds));
    }
    this.current = null;
  }

  private openFile(path: string): void {
    const summary: FileSummary = {
      path,
      format: null,
      tests: 0,
      passed: 0,
      failed: 0,
      errors: 0,
      skipped: 0,
    };
    this.current = { summary, pytest: false };
    this.files.push(this.current);
    this.currentIndex = this.files.length - 1;
  }

  private idOfSuite(value: string): number {
    if (value !== this.lastSuite) {
      this.lastSuiteId = this.names.idOf(value);
      this.lastSuite = value;
    }
    return this.lastSuiteId;
  }

  private idOfClass(value: string): number {
    if (value !== this.lastClass) {
      this.lastClassId = this.names.idOf(value);
      this.lastClass = value;
    }
    return this.lastClassId;
  }

  private idOfFile(value: string | undefined): number {
    if (value !== this.lastFileName) {
      this.lastFileId = this.names.idOf(value);
      this.lastFileName = value;
    }
    return this.lastFileId;
  }

  addCase(test: ReadCase): void {
    const state = this.current;
    if (state === null) throw new Error('ResultFold: a case outside a file (startFile first)');
    const suite = this.idOfSuite(test.suite);
    const cls = this.idOfClass(test.className);
    const file = this.idOfFile(test.file);
    if (!state.pytest && (test.suite === 'pytest' || (test.file?.endsWith('.py') ?? false)))
      state.pytest = true;
    const r = this.recordOf(suite, cls, file, test.name);
    const status = test.status;
    const caseBits = CASE_BITS[status] | (test.flaky && status === 'passed' ? FLAKY : 0);
    this.bits[r]! |= caseBits;
    this.runs[r]!++;
    this.duration[r]! += test.duration;
    const nBefore = this.counted.size === 0 ? 1 : (this.counted.get(r) ?? 1);
    let n = nBefore;
    if (test.count !== undefined && test.count > nBefore) {
      n = test.count;
      this.counted.set(r, n);
    }

    // The file's own counts, merged per test within the file, kept up to date case by case.
    const counts = state.summary;
    const fileIndex = this.currentIndex;
    let before = 0;
    if (this.lastFile[r] === fileIndex) before = this.fileBits[r]!;
    else this.lastFile[r] = fileIndex;
    let after = before | caseBits | PRESENT;
    // A case that stands for declared counts is no test with a time of its own.
    if (status !== 'skipped' && test.count === undefined) {
      this.timedSum[r]! += test.duration;
      if (!(before & TIMED)) this.timedFiles[r]!++;
      after |= TIMED;
    }
    if (after !== before || n !== nBefore) {
      if (before === 0) counts.tests += n;
      else {
        counts.tests += n - nBefore;
        tally(counts, STATUS_OF[before & STATUS_BITS]!, -nBefore);
      }
      tally(counts, STATUS_OF[after & STATUS_BITS]!, n);
      this.fileBits[r] = after;
    }
    if (isFailing(test) || caseBits & FLAKY) this.keep(r, suite, test);
  }

  /** The record of a test, made on its first run. A case with no name is a test of its own. */
  private recordOf(suite: number, cls: number, file: number, name: string): number {
    if (name === '') return this.newRecord(suite, cls, file, name, 0);
    const h = hashName(
      name,
      Math.imul(suite, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b) ^ Math.imul(file, 0xc2b2ae35),
    );
    const table = this.table;
    const mask = table.length - 1;
    let at = h & mask;
    for (;;) {
      const slot = table[at]!;
      if (slot === 0) break;
      const r = slot - 1;
      if (
        this.hash[r] === h &&
        this.cls[r] === cls &&
        this.suite[r] === suite &&
        this.file[r] === file &&
        this.testNames[r] === name
      ) {
        return r;
      }
      at = (at + 1) & mask;
    }
    const r = this.newRecord(suite, cls, file, name, h);
    table[at] = r + 1;
    if (this.count * 2 > table.length) this.rehash();
    return r;
  }

  private newRecord(suite: number, cls: number, file: number, name: string, h: number): number {
    if (this.count === this.capacity) this.growRecords();
    const r = this.count++;
    this.suite[r] = suite;
    this.cls[r] = cls;
    this.file[r] = file;
    this.hash[r] = h;
    this.testNames.push(copyOf(name));
    return r;
  }

  private growRecords(): void {
    // By half, not double: at millions of tests the columns are most of the memory.
    const size = Math.ceil(this.capacity * 1.5);
    this.suite = grow(this.suite, size);
    this.cls = grow(this.cls, size);
    this.file = grow(this.file, size);
    this.hash = grow(this.hash, size);
    this.bits = grow(this.bits, size);
    this.runs = grow(this.runs, size);
    this.duration = grow(this.duration, size);
    this.timedSum = grow(this.timedSum, size);
    this.timedFiles = grow(this.timedFiles, size);
    const lastFile = grow(this.lastFile, size);
    lastFile.fill(-1, this.capacity);
    this.lastFile = lastFile;
    this.fileBits = grow(this.fileBits, size);
    this.capacity = size;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let r = 0; r < this.count; r++) {
      if (this.testNames[r] === '') continue;
      let at = this.hash[r]! & mask;
      while (table[at] !== 0) at = (at + 1) & mask;
      table[at] = r + 1;
    }
    this.table = table;
  }

  /** Keeps the run that decides what a reader sees (the last failing one), its text within the budget. */
  private keep(r: number, suite: number, test: ReadCase): void {
    const before = this.kept.get(r);
    if (before !== undefined && !isFailing(test) && isFailing(before.shown)) return;
    const shown = test.build(this.files[this.currentIndex]!.summary.path);
    let detailed: boolean;
    if (before !== undefined) {
      detailed = before.detailed;
      this.keptChars -= before.chars;
    } else {
      const inSuite = this.detailedPerSuite.get(suite) ?? 0;
      detailed = inSuite < this.budget.perSuite && this.keptChars < this.budget.chars;
      if (detailed) this.detailedPerSuite.set(suite, inSuite + 1);
    }
    // Where it failed is told from the whole text, before any of it is dropped.
    const location = isFailing(shown) ? locateFailure(shown, this.options.repository) : undefined;
    let chars = 0;
    if (detailed) {
      chars = (shown.details?.length ?? 0) + (shown.stdout?.length ?? 0) + (shown.stderr?.length ?? 0);
    } else {
      delete shown.details;
      delete shown.stdout;
      delete shown.stderr;
      if (shown.message !== undefined && shown.message.length > this.budget.message) {
        shown.message = `${shown.message.slice(0, this.budget.message)}…`;
      }
    }
    this.keptChars += chars;
    const entry: Kept = { shown, detailed, chars };
    if (location) entry.location = location;
    this.kept.set(r, entry);
  }

  private mergedTest(r: number): MergedTest {
    const bits = this.bits[r]!;
    const status = STATUS_OF[bits & STATUS_BITS]!;
    const suite = this.names.values[this.suite[r]!]!;
    const className = this.names.values[this.cls[r]!]!;
    const name = this.testNames[r]!;
    const runs = this.runs[r]!;
    const kept = this.kept.get(r);
    let shown: TestCase;
    if (kept !== undefined) {
      shown = kept.shown;
    } else {
      shown = {
        suite,
        className,
        name,
        duration: this.duration[r]! / runs,
        status,
        source: this.files[this.lastFile[r]!]!.summary.path,
      };
      const file = this.names.values[this.file[r]!];
      if (file !== undefined) shown.file = file;
    }
    const test: MergedTest = {
      suite,
      id: testId({ className, name }),
      status,
      flaky: FLAKY_OF[bits & STATUS_BITS]!,
      runs,
      duration: this.duration[r]!,
      shown,
    };
    if (kept?.location) test.location = kept.location;
    return test;
  }

  private slowestRecords(n: number): number[] {
    // A small sorted list (slowest first) beats sorting every test.
    const top: number[] = [];
    const d = this.duration;
    for (let r = 0; r < this.count; r++) {
      const seconds = d[r]!;
      if (top.length === n && seconds <= d[top[n - 1]!]!) continue;
      let at = top.length;
      while (at > 0 && d[top[at - 1]!]! < seconds) at--;
      top.splice(at, 0, r);
      if (top.length > n) top.pop();
    }
    return top;
  }

  /** The model of everything folded so far. */
  finish(): Aggregate {
    const totals = emptyCounts();
    const bySuite = new Map<number, SuiteSummary>();
    for (let r = 0; r < this.count; r++) {
      const bits = this.bits[r]!;
      const status = STATUS_OF[bits & STATUS_BITS]!;
      const flaky = FLAKY_OF[bits & STATUS_BITS]!;
      const seconds = this.duration[r]!;
      const n = this.counted.size === 0 ? 1 : (this.counted.get(r) ?? 1);
      add(totals, status, flaky, n);
      totals.duration += seconds;
      const id = this.suite[r]!;
      let suite = bySuite.get(id);
      if (suite === undefined) {
        suite = { name: this.names.values[id]!, ...emptyCounts(), wall: null };
        bySuite.set(id, suite);
      }
      add(suite, status, flaky, n);
      suite.duration += seconds;
    }
    const suites = [...bySuite.values()].sort((a, b) => compareStrings(a.name, b.name));
    for (const suite of suites) suite.wall = this.walls.get(suite.name) ?? null;

    const failures: MergedTest[] = [];
    const flaky: MergedTest[] = [];
    let detailsOmitted = 0;
    for (const [r, kept] of this.kept) {
      const test = this.mergedTest(r);
      if (isFailing(test)) failures.push(test);
      else if (test.flaky) flaky.push(test);
      else continue;
      if (!kept.detailed) detailsOmitted++;
    }
    failures.sort(byId);
    flaky.sort(byId);
    const slowest = this.slowestRecords(this.options.slowest ?? 20).map((r) => this.mergedTest(r));

    const aggregate: Omit<Aggregate, 'tests'> = {
      totals,
      suites,
      files: this.files.map((f) => f.summary),
      failures,
      flaky,
      slowest,
      detailsOmitted,
      warnings: this.warnings,
      timed: () => this.timedTests(),
    };
    let all: MergedTest[] | undefined;
    // Not enumerable: spreading or serialising the aggregate does not build an object per test.
    Object.defineProperty(aggregate, 'tests', {
      get: () => {
        if (all === undefined) {
          all = [];
          for (let r = 0; r < this.count; r++) all.push(this.mergedTest(r));
          all.sort(byId);
        }
        return all;
      },
    });
    return aggregate as Aggregate;
  }

  private *timedTests(): Generator<TimedTest> {
    const values = this.names.values;
    for (let r = 0; r < this.count; r++) {
      const files = this.timedFiles[r]!;
      if (files === 0) continue;
      const last = this.files[this.lastFile[r]!]!;
      const test: TimedTest = {
        suite: values[this.suite[r]!]!,
        className: values[this.cls[r]!]!,
        name: this.testNames[r]!,
        seconds: this.timedSum[r]! / files,
        format: last.summary.format,
        pytest: last.pytest,
      };
      const file = values[this.file[r]!];
      if (file !== undefined) test.file = file;
      yield test;
    }
  }
}

const byId = (a: MergedTest, b: MergedTest): number =>
  compareStrings(a.suite, b.suite) || compareStrings(a.id, b.id);

/** Counts for one set of runs, merged per test (used per file, and for everything). */
export function countTests(cases: Iterable<TestCase>): Counts {
  const fold = new ResultFold();
  fold.startFile('');
  for (const test of cases) fold.addCase(readCaseOf(test));
  return fold.finish().totals;
}

/** Many files from many jobs into one model. Pure: files in, summary out. */
export function aggregateResults(files: readonly FileResult[], options: AggregateOptions = {}): Aggregate {
  const fold = new ResultFold(options);
  for (const file of files) fold.addFile(file);
  return fold.finish();
}
