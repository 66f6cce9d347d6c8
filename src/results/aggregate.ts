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

/** One suite's test ids by merged status, in the order read. */
export interface SuiteTests {
  suite: string;
  ids: Map<TestStatus, string[]>;
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
  /**
   * Every distinct test's id and merged status, one suite at a time (suites in name order): at
   * most one suite's ids are built at once, however many tests there are.
   */
  testsBySuite(): Iterable<SuiteTests>;
}

/**
 * The id a report shows for a test: "Class.name", or the name alone where there is no class.
 * (The fold's identity for merging runs is the record of suite, class, file and name; the
 * planner's is planIdOf in plan/test-ids.ts, the id the framework selects a test by.)
 */
export function reportIdOf(test: Pick<TestCase, 'className' | 'name'>): string {
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
/** Records per page of the columns. */
const PAGE_BITS = 14;
const PAGE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE - 1;
/** Bytes per page of test names. */
const NAME_PAGE_BITS = 20;
const NAME_PAGE = 1 << NAME_PAGE_BITS;
const NAME_PAGE_MASK = NAME_PAGE - 1;
/** In nameLength: the name is stored as UTF-16 code units. */
const UTF16 = 0x80000000;

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
  /** The suite its cases count under, when a job record names it (FileResult.suite). */
  suite: string | undefined;
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
  private count = 0;
  // One record per distinct test, as columns in pages of PAGE records: growing adds a page and
  // copies nothing (a copy of every column at once was the peak at millions of tests).
  private suite: Int32Array[] = [];
  private cls: Int32Array[] = [];
  private file: Int32Array[] = [];
  private hash: Int32Array[] = [];
  private bits: Uint8Array[] = [];
  private runs: Uint32Array[] = [];
  private duration: Float64Array[] = [];
  private timedSum: Float64Array[] = [];
  private timedFiles: Uint32Array[] = [];
  /** The last file (index) that had a run of the test, and the test's bits in that file. */
  private lastFile: Int32Array[] = [];
  private fileBits: Uint8Array[] = [];
  /**
   * Test names as bytes, not strings: a string each (with its header, and the slice that
   * copies it out of the parser's chunk) was a third of the memory at two million tests. ASCII
   * names as one byte a character; any other as UTF-16 code units (exact, lone surrogates too),
   * marked by UTF16 in nameLength.
   */
  private names8: Buffer[] = [];
  /** Where the next name goes in the last page. */
  private namesOffset = 0;
  private nameStart: Uint32Array[] = [];
  private nameLength: Uint32Array[] = [];
  /** The name being looked up, encoded once. */
  private scratch = Buffer.alloc(1024);
  private scratchBytes = 0;
  private scratchLength = 0;
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
  startFile(path: string, suite?: string): CaseSink {
    this.openFile(path, suite);
    return (test) => this.addCase(test);
  }

  /** Ends the file started last (or adds a whole one): its cases, summary, warnings and walls. */
  addFile(result: FileResult): void {
    if (this.current === null || this.current.summary.path !== result.path)
      this.openFile(result.path, result.suite);
    for (const test of result.cases) this.addCase(readCaseOf(test));
    const state = this.current!;
    state.summary.format = result.format ?? null;
    if (result.error !== undefined) state.summary.error = result.error;
    for (const message of result.warnings) this.warnings.push({ path: result.path, message });
    if (state.suite !== undefined) {
      // The report's suites ran one after another: under one name their walls add up.
      let seconds = 0;
      for (const wall of Object.values(result.walls)) seconds += wall;
      if (seconds > 0) this.walls.set(state.suite, Math.max(this.walls.get(state.suite) ?? 0, seconds));
    } else {
      for (const [suite, seconds] of Object.entries(result.walls)) {
        this.walls.set(suite, Math.max(this.walls.get(suite) ?? 0, seconds));
      }
    }
    this.current = null;
  }

  private openFile(path: string, suite: string | undefined): void {
    const summary: FileSummary = {
      path,
      format: null,
      tests: 0,
      passed: 0,
      failed: 0,
      errors: 0,
      skipped: 0,
    };
    this.current = { summary, pytest: false, suite };
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
    const suite = this.idOfSuite(state.suite ?? test.suite);
    const cls = this.idOfClass(test.className);
    const file = this.idOfFile(test.file);
    if (!state.pytest && (test.suite === 'pytest' || (test.file?.endsWith('.py') ?? false)))
      state.pytest = true;
    const r = this.recordOf(suite, cls, file, test.name);
    const status = test.status;
    const caseBits = CASE_BITS[status] | (test.flaky && status === 'passed' ? FLAKY : 0);
    this.bits[r >>> PAGE_BITS]![r & PAGE_MASK]! |= caseBits;
    this.runs[r >>> PAGE_BITS]![r & PAGE_MASK]!++;
    this.duration[r >>> PAGE_BITS]![r & PAGE_MASK]! += test.duration;
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
    if (this.lastFile[r >>> PAGE_BITS]![r & PAGE_MASK] === fileIndex)
      before = this.fileBits[r >>> PAGE_BITS]![r & PAGE_MASK]!;
    else this.lastFile[r >>> PAGE_BITS]![r & PAGE_MASK] = fileIndex;
    let after = before | caseBits | PRESENT;
    // A case that stands for declared counts is no test with a time of its own.
    if (status !== 'skipped' && test.count === undefined) {
      this.timedSum[r >>> PAGE_BITS]![r & PAGE_MASK]! += test.duration;
      if (!(before & TIMED)) this.timedFiles[r >>> PAGE_BITS]![r & PAGE_MASK]!++;
      after |= TIMED;
    }
    if (after !== before || n !== nBefore) {
      if (before === 0) counts.tests += n;
      else {
        counts.tests += n - nBefore;
        tally(counts, STATUS_OF[before & STATUS_BITS]!, -nBefore);
      }
      tally(counts, STATUS_OF[after & STATUS_BITS]!, n);
      this.fileBits[r >>> PAGE_BITS]![r & PAGE_MASK] = after;
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
    this.encodeName(name);
    const table = this.table;
    const mask = table.length - 1;
    let at = h & mask;
    for (;;) {
      const slot = table[at]!;
      if (slot === 0) break;
      const r = slot - 1;
      if (
        this.hash[r >>> PAGE_BITS]![r & PAGE_MASK] === h &&
        this.cls[r >>> PAGE_BITS]![r & PAGE_MASK] === cls &&
        this.suite[r >>> PAGE_BITS]![r & PAGE_MASK] === suite &&
        this.file[r >>> PAGE_BITS]![r & PAGE_MASK] === file &&
        this.sameName(r)
      ) {
        return r;
      }
      at = (at + 1) & mask;
    }
    const r = this.newRecord(suite, cls, file, name, h);
    table[at] = r + 1;
    if (this.count * 4 > table.length * 3) this.rehash();
    return r;
  }

  private newRecord(suite: number, cls: number, file: number, name: string, h: number): number {
    if (this.count === this.suite.length * PAGE) this.addPage();
    const r = this.count++;
    this.suite[r >>> PAGE_BITS]![r & PAGE_MASK] = suite;
    this.cls[r >>> PAGE_BITS]![r & PAGE_MASK] = cls;
    this.file[r >>> PAGE_BITS]![r & PAGE_MASK] = file;
    this.hash[r >>> PAGE_BITS]![r & PAGE_MASK] = h;
    if (name === '') {
      this.nameLength[r >>> PAGE_BITS]![r & PAGE_MASK] = 0;
      return r;
    }
    // recordOf encoded the name into the scratch bytes.
    const bytes = this.scratchBytes;
    let page = this.names8.length - 1;
    let offset = this.namesOffset;
    if (page < 0 || offset + bytes > this.names8[page]!.length) {
      // A new page (a name longer than a page gets one of its own size).
      this.names8.push(Buffer.alloc(Math.max(NAME_PAGE, bytes)));
      page++;
      offset = 0;
      if (page >= 2 ** (32 - NAME_PAGE_BITS)) throw new Error('ResultFold: over 4 GiB of test names');
    }
    this.scratch.copy(this.names8[page]!, offset, 0, bytes);
    const at = page * NAME_PAGE + offset;
    this.nameStart[r >>> PAGE_BITS]![r & PAGE_MASK] = at;
    this.nameLength[r >>> PAGE_BITS]![r & PAGE_MASK] = this.scratchLength;
    this.namesOffset = offset + bytes;
    return r;
  }

  /** Encodes `name` into the scratch bytes (once per look-up; see names8). */
  private encodeName(name: string): void {
    const ascii = Buffer.byteLength(name, 'utf8') === name.length;
    const bytes = ascii ? name.length : name.length * 2;
    if (bytes > this.scratch.length) this.scratch = Buffer.alloc(bytes * 2);
    this.scratch.write(name, 0, bytes, ascii ? 'latin1' : 'utf16le');
    this.scratchBytes = bytes;
    this.scratchLength = ascii ? name.length : (name.length | UTF16) >>> 0;
  }

  /** The record's name is the one in the scratch bytes. */
  private sameName(r: number): boolean {
    if (this.nameLength[r >>> PAGE_BITS]![r & PAGE_MASK] !== this.scratchLength) return false;
    const at = this.nameStart[r >>> PAGE_BITS]![r & PAGE_MASK]!;
    const names = this.names8[Math.floor(at / NAME_PAGE)]!;
    const start = at & NAME_PAGE_MASK;
    const scratch = this.scratch;
    for (let i = 0; i < this.scratchBytes; i++) if (names[start + i] !== scratch[i]) return false;
    return true;
  }

  private nameOf(r: number): string {
    const length = this.nameLength[r >>> PAGE_BITS]![r & PAGE_MASK]!;
    if (length === 0) return '';
    const at = this.nameStart[r >>> PAGE_BITS]![r & PAGE_MASK]!;
    const names = this.names8[Math.floor(at / NAME_PAGE)]!;
    const start = at & NAME_PAGE_MASK;
    return length & UTF16
      ? names.toString('utf16le', start, start + (length & ~UTF16) * 2)
      : names.toString('latin1', start, start + length);
  }

  private addPage(): void {
    this.suite.push(new Int32Array(PAGE));
    this.cls.push(new Int32Array(PAGE));
    this.file.push(new Int32Array(PAGE));
    this.hash.push(new Int32Array(PAGE));
    this.bits.push(new Uint8Array(PAGE));
    this.runs.push(new Uint32Array(PAGE));
    this.duration.push(new Float64Array(PAGE));
    this.timedSum.push(new Float64Array(PAGE));
    this.timedFiles.push(new Uint32Array(PAGE));
    this.lastFile.push(new Int32Array(PAGE).fill(-1));
    this.fileBits.push(new Uint8Array(PAGE));
    this.nameStart.push(new Uint32Array(PAGE));
    this.nameLength.push(new Uint32Array(PAGE));
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let r = 0; r < this.count; r++) {
      if (this.nameLength[r >>> PAGE_BITS]![r & PAGE_MASK] === 0) continue;
      let at = this.hash[r >>> PAGE_BITS]![r & PAGE_MASK]! & mask;
      while (table[at] !== 0) at = (at + 1) & mask;
      table[at] = r + 1;
    }
    this.table = table;
  }

  /** Keeps the run that decides what a reader sees (the last failing one), its text within the budget. */
  private keep(r: number, suite: number, test: ReadCase): void {
    const before = this.kept.get(r);
    if (before !== undefined && !isFailing(test) && isFailing(before.shown)) return;
    const state = this.files[this.currentIndex]!;
    const built = test.build(state.summary.path);
    const shown = state.suite === undefined ? built : { ...built, suite: state.suite };
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
    const bits = this.bits[r >>> PAGE_BITS]![r & PAGE_MASK]!;
    const status = STATUS_OF[bits & STATUS_BITS]!;
    const suite = this.names.values[this.suite[r >>> PAGE_BITS]![r & PAGE_MASK]!]!;
    const className = this.names.values[this.cls[r >>> PAGE_BITS]![r & PAGE_MASK]!]!;
    const name = this.nameOf(r);
    const runs = this.runs[r >>> PAGE_BITS]![r & PAGE_MASK]!;
    const kept = this.kept.get(r);
    let shown: TestCase;
    if (kept !== undefined) {
      shown = kept.shown;
    } else {
      shown = {
        suite,
        className,
        name,
        duration: this.duration[r >>> PAGE_BITS]![r & PAGE_MASK]! / runs,
        status,
        source: this.files[this.lastFile[r >>> PAGE_BITS]![r & PAGE_MASK]!]!.summary.path,
      };
      const file = this.names.values[this.file[r >>> PAGE_BITS]![r & PAGE_MASK]!];
      if (file !== undefined) shown.file = file;
    }
    const test: MergedTest = {
      suite,
      id: reportIdOf({ className, name }),
      status,
      flaky: FLAKY_OF[bits & STATUS_BITS]!,
      runs,
      duration: this.duration[r >>> PAGE_BITS]![r & PAGE_MASK]!,
      shown,
    };
    if (kept?.location) test.location = kept.location;
    return test;
  }

  private slowestRecords(n: number): number[] {
    // A small sorted list (slowest first) beats sorting every test.
    const top: number[] = [];
    const pages = this.duration;
    const d = (r: number): number => pages[r >>> PAGE_BITS]![r & PAGE_MASK]!;
    for (let r = 0; r < this.count; r++) {
      const seconds = d(r);
      if (top.length === n && seconds <= d(top[n - 1]!)) continue;
      let at = top.length;
      while (at > 0 && d(top[at - 1]!) < seconds) at--;
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
      const bits = this.bits[r >>> PAGE_BITS]![r & PAGE_MASK]!;
      const status = STATUS_OF[bits & STATUS_BITS]!;
      const flaky = FLAKY_OF[bits & STATUS_BITS]!;
      const seconds = this.duration[r >>> PAGE_BITS]![r & PAGE_MASK]!;
      const n = this.counted.size === 0 ? 1 : (this.counted.get(r) ?? 1);
      add(totals, status, flaky, n);
      totals.duration += seconds;
      const id = this.suite[r >>> PAGE_BITS]![r & PAGE_MASK]!;
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
      testsBySuite: () => this.testsBySuite(),
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

  private *testsBySuite(): Generator<SuiteTests> {
    // Records chained per suite (a linked list through `next`), suites in first-read order.
    const next = new Int32Array(this.count).fill(-1);
    const heads = new Map<number, { first: number; last: number }>();
    for (let r = 0; r < this.count; r++) {
      const suite = this.suite[r >>> PAGE_BITS]![r & PAGE_MASK]!;
      const chain = heads.get(suite);
      if (chain === undefined) heads.set(suite, { first: r, last: r });
      else {
        next[chain.last] = r;
        chain.last = r;
      }
    }
    const values = this.names.values;
    // Suites in name order: the report reads the same whatever order the files came in.
    const order = [...heads].sort(([a], [b]) => compareStrings(values[a]!, values[b]!));
    for (const [suite, chain] of order) {
      const ids = new Map<TestStatus, string[]>();
      for (let r = chain.first; r !== -1; r = next[r]!) {
        const className = values[this.cls[r >>> PAGE_BITS]![r & PAGE_MASK]!]!;
        const id = reportIdOf({ className, name: this.nameOf(r) });
        const status = STATUS_OF[this.bits[r >>> PAGE_BITS]![r & PAGE_MASK]! & STATUS_BITS]!;
        const list = ids.get(status);
        if (list) list.push(id);
        else ids.set(status, [id]);
      }
      yield { suite: values[suite]!, ids };
    }
  }

  private *timedTests(): Generator<TimedTest> {
    const values = this.names.values;
    for (let r = 0; r < this.count; r++) {
      const files = this.timedFiles[r >>> PAGE_BITS]![r & PAGE_MASK]!;
      if (files === 0) continue;
      const last = this.files[this.lastFile[r >>> PAGE_BITS]![r & PAGE_MASK]!]!;
      const test: TimedTest = {
        suite: values[this.suite[r >>> PAGE_BITS]![r & PAGE_MASK]!]!,
        className: values[this.cls[r >>> PAGE_BITS]![r & PAGE_MASK]!]!,
        name: this.nameOf(r),
        seconds: this.timedSum[r >>> PAGE_BITS]![r & PAGE_MASK]! / files,
        format: last.summary.format,
        pytest: last.pytest,
      };
      const file = values[this.file[r >>> PAGE_BITS]![r & PAGE_MASK]!];
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
