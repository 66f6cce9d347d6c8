import {
  isFailing,
  type ReadCase,
  SEVERITY,
  type TestCase,
  type TestStatus,
  type TextLimits,
} from '../model.js';
import { TextCap } from '../text-cap.js';
import type { Attributes } from '../xml-scanner.js';

export interface FormatContext {
  source: string;
  limits: TextLimits;
  /** Hands over a finished case; the handler never touches it again. */
  emit(test: ReadCase): void;
  warn(message: string): void;
  /** Wall seconds per suite name, filled by formats whose reports state them. */
  walls: Record<string, number>;
}

/** Suites in one report ran one after another: their stated wall times add up. */
export function addWall(ctx: FormatContext, suite: string, seconds: number): void {
  if (seconds > 0) ctx.walls[suite] = (ctx.walls[suite] ?? 0) + seconds;
}

/** A format reads element events (local names, namespace prefixes removed) and emits test cases. */
export interface FormatHandler {
  open(name: string, attrs: Attributes): void;
  close(name: string): void;
  text(piece: string): void;
  wantsText(): boolean;
  /** Called once at the end of a complete or cut-short document. */
  finish(): void;
}

/**
 * Shared text capture: a handler points `capture` at a bounded buffer while it is inside an
 * element whose text it keeps, and the scanner only decodes text while one is set.
 */
export abstract class CapturingHandler implements FormatHandler {
  protected capture: TextCap | null = null;
  private captureTarget: ((value: string) => void) | null = null;

  private readonly warned = new Set<string>();

  constructor(protected readonly ctx: FormatContext) {}

  /** Odd durations, said once per file (see parseSeconds); one function for every case. */
  protected readonly oddTime = (message: string): void => this.warnOnce('time', message);

  /** One warning per kind and file: a million tests with the same odd outcome say it once. */
  protected warnOnce(kind: string, message: string): void {
    if (this.warned.has(kind)) return;
    this.warned.add(kind);
    this.ctx.warn(message);
  }

  abstract open(name: string, attrs: Attributes): void;
  abstract close(name: string): void;
  abstract finish(): void;

  text(piece: string): void {
    this.capture?.add(piece);
  }

  wantsText(): boolean {
    return this.capture !== null;
  }

  protected startCapture(limit: number, target: (value: string) => void): void {
    this.capture = new TextCap(limit);
    this.captureTarget = target;
  }

  /**
   * Captures a test's stdout or stderr when it is failing; a passing test's output is skipped
   * unread (memory goes to what a reader needs; its status only ever rises).
   */
  protected captureOutput(test: CaseDraft, stream: 'stdout' | 'stderr'): void {
    if (isFailing(test)) this.startCapture(this.ctx.limits.output, (v) => (test[stream] = v));
  }

  /** Ends the capture (if any) and hands its trimmed text to the target. */
  protected endCapture(): void {
    if (this.capture === null) return;
    const value = this.capture.value().trim();
    const target = this.captureTarget;
    this.capture = null;
    this.captureTarget = null;
    if (value !== '' && target) target(detach(value));
  }
}

/**
 * A test case while it is being read: the status only ever gets more severe. Its strings are
 * the parser's own (slices of the chunk being read) until build() copies what is kept: most
 * cases are folded into counts and dropped, and copying their names would be wasted work.
 */
export class CaseDraft implements ReadCase {
  status: TestStatus = 'passed';
  message?: string;
  details?: string;
  stdout?: string;
  stderr?: string;
  flaky = false;
  /** Tests this case stands for (declared counts, see TestCase.count). */
  count?: number;
  file?: string;
  line?: number;

  readonly suite: string;
  className: string;
  name: string;

  constructor(
    suite: string,
    className: string,
    name: string,
    public duration: number,
  ) {
    this.suite = suite;
    this.className = className;
    this.name = name;
  }

  raise(status: TestStatus, message?: string): void {
    if (message !== undefined) message = detach(message);
    if (SEVERITY[status] > SEVERITY[this.status]) {
      this.status = status;
      if (message) this.message = message;
    } else if (message && this.message === undefined && status === this.status) {
      this.message = message;
    }
  }

  build(source: string): TestCase {
    const failed = isFailing(this);
    const test: TestCase = {
      suite: intern(this.suite),
      className: intern(this.className),
      name: detach(this.name),
      duration: this.duration,
      status: this.status,
      source,
    };
    if (this.file) test.file = intern(this.file);
    if (this.line !== undefined) test.line = this.line;
    if (this.message) test.message = this.message;
    else if (failed && this.details) test.message = firstLine(this.details);
    // Output and traces of passing tests are not kept: memory goes to what a reader needs.
    if (failed || this.status === 'skipped') {
      if (this.details) test.details = this.details;
    }
    if (failed) {
      if (this.stdout) test.stdout = this.stdout;
      if (this.stderr) test.stderr = this.stderr;
    }
    if (this.flaky && this.status === 'passed') test.flaky = true;
    if (this.count !== undefined) test.count = this.count;
    return test;
  }
}

/**
 * A copy of a string that does not point into the parser's buffer. V8 makes substrings of 13+
 * characters "sliced strings" that keep their whole parent alive: kept test names and messages
 * would otherwise hold every 256 KiB chunk of the file in memory (measured: 1.2 GB peak on a
 * 1 GB file, 0.1 GB after copying). Concatenation forces a flat copy, which the slice then views.
 */
export function detach(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

const interned = new Map<string, string>();
// Cases come in runs of the same suite and class: most look-ups are the one just made.
let lastKept = '';

/** One shared copy of values that repeat across many cases (suite, class, file). */
export function intern(value: string): string {
  if (value === lastKept) return lastKept;
  let kept = interned.get(value);
  if (kept === undefined) {
    // Bounded: a report with more distinct values than this just stops sharing.
    if (interned.size >= 50_000) interned.clear();
    kept = detach(value);
    interned.set(kept, kept);
  }
  lastKept = kept;
  return kept;
}

/**
 * A table of status names, looked up without prototype inheritance: in a plain object,
 * outcome="constructor" or "__proto__" finds Object's own members and read as passed.
 */
export function statusTable(entries: Record<string, TestStatus>): ReadonlyMap<string, TestStatus> {
  return new Map(Object.entries(entries));
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return (nl === -1 ? text : text.slice(0, nl)).trim();
}

/**
 * A duration above this is a broken writer, not a test (115 days): time="1e306" would sum to
 * Infinity, print as "Infinity min NaN s" and be saved into the timing history as null.
 */
export const MAX_SECONDS = 1e7;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^\d+,\d+$/;

/**
 * Seconds from "1.5", "1,234.5" (thousands separators some writers add) or nothing. A decimal
 * comma ("1,5", a German locale) is read as 1.5, never as 15, and said; anything else odd is 0,
 * and said. `odd` hears what was said (once per file is the caller's business).
 */
export function parseSeconds(value: string | undefined, odd?: (message: string) => void): number {
  if (value === undefined) return 0;
  let text = value;
  if (value.indexOf(',') !== -1) {
    if (THOUSANDS.test(value)) text = value.replace(/,/g, '');
    else if (DECIMAL_COMMA.test(value)) {
      text = value.replace(',', '.');
      odd?.(`time="${value}" has a decimal comma: read as ${text} s`);
    } else {
      odd?.(`time="${value}" is not a number of seconds: read as 0`);
      return 0;
    }
  }
  return plausible(Number.parseFloat(text), value, odd);
}

function plausible(n: number, value: string, odd?: (message: string) => void): number {
  if (!(n > 0)) return 0;
  if (n > MAX_SECONDS || !Number.isFinite(n)) {
    odd?.(`time="${value}" is not a plausible duration (more than ${MAX_SECONDS} s): read as 0`);
    return 0;
  }
  return n;
}

/** Seconds from a TRX/TimeSpan "hh:mm:ss.fffffff" (or "d.hh:mm:ss"). */
export function parseTimeSpan(value: string | undefined, odd?: (message: string) => void): number {
  if (value === undefined) return 0;
  const m = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value.trim());
  if (!m) return parseSeconds(value, odd);
  const n = Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
  return plausible(n, value, odd);
}

export function parseLine(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** A .NET test assembly path as a suite name: "C:/x/bin/Foo.Tests.dll" -> "Foo.Tests". */
export function assemblyName(path: string): string {
  return baseName(path).replace(/\.(dll|exe)$/i, '');
}

export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut === -1 ? path : path.slice(cut + 1);
}

/** "Ns.Class.Method(a.b, c)" -> "Ns.Class": the last dot outside the argument list. */
export function classOf(fullName: string): string {
  const paren = fullName.indexOf('(');
  const head = paren === -1 ? fullName : fullName.slice(0, paren);
  const dot = head.lastIndexOf('.');
  return dot === -1 ? '' : head.slice(0, dot);
}

/** Drops a "Class." prefix from a test name that repeats it. */
export function withoutClass(name: string, className: string): string {
  return className !== '' && name.startsWith(`${className}.`) ? name.slice(className.length + 1) : name;
}
