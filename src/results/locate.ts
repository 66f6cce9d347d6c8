/**
 * Where a failure happened, for annotations: the report's own file/line attributes when
 * present, else the first usable frame of the failure text, mapped to a repository path.
 */

export interface Location {
  file: string;
  line?: number;
}

// pytest: "tests/test_api.py:42: AssertionError" at the start of a traceback line.
const PYTEST_FRAME = /^(\S[^\n:]*\.py):(\d+): /gm;
// .NET: "at Ns.C.M() in /src/Foo.cs:line 42", localised: ":Zeile 42", ":строка 42", ":ligne 42".
// The path starts at the line's first "/" or drive ("C:\\") after the previous frame.
const DOTNET_END = /\.(?:cs|fs|vb):\p{L}+ (\d+)/gu;
const DOTNET_START = /[A-Za-z]:[\\/]|\//g;
// JavaScript: "at fn (src/x.test.js:15:29)" or "at src/x.test.ts:15:29".
const JS_END = /\.(?:[cm]?[jt]sx?):(\d+):\d+\)?/g;
const JS_PATH_CHAR = /[\w@./\\-]/;
const DRIVE_LETTER = /[A-Za-z]/;

/** Folders a runner or container puts a checkout in; stripped when no file list is known. */
const RUNNER_PREFIXES = [
  /^\/home\/runner\/work\/[^/]+\/[^/]+\//,
  /^[A-Za-z]:\/a\/[^/]+\/[^/]+\//,
  /^\/github\/workspace\//,
  /^\/__w\/[^/]+\/[^/]+\//,
  /^\/app\//,
  /^\/src\//,
  /^\/workspace\//,
];

function normalise(path: string): string {
  return path.replace(/\\/g, '/');
}

/**
 * All frames (file, line) in a failure text, in the order they appear. The .NET and JavaScript
 * frames are found by how they end (".cs:line 42", ".js:15:29") and their path is walked back
 * from there: a pattern that tries every character as a path's start and scans ahead is
 * quadratic on a long line (a 300,000-character message without a newline took over 120 s).
 */
export function framesOf(text: string): Location[] {
  const frames: { at: number; location: Location }[] = [];
  const push = (at: number, file: string, line: string) =>
    frames.push({ at, location: { file: normalise(file), line: Number(line) } });
  PYTEST_FRAME.lastIndex = 0;
  for (const m of text.matchAll(PYTEST_FRAME)) push(m.index ?? 0, m[1]!, m[2]!);
  dotnetFrames(text, push);
  jsFrames(text, push);
  return frames.sort((a, b) => a.at - b.at).map((f) => f.location);
}

type PushFrame = (at: number, file: string, line: string) => void;

function dotnetFrames(text: string, push: PushFrame): void {
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  let previousEnd = 0;
  // The first path start at or after `from`; kept while `from` stays, so each scan moves forward.
  let start = -1;
  let from = -1;
  DOTNET_END.lastIndex = 0;
  for (const m of text.matchAll(DOTNET_END)) {
    const at = m.index ?? 0;
    while (nextNewline !== -1 && nextNewline < at) {
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    const lower = Math.max(lineStart, previousEnd);
    if (lower !== from) {
      from = lower;
      if (start < from) {
        DOTNET_START.lastIndex = from;
        start = DOTNET_START.exec(text)?.index ?? text.length;
      }
    }
    if (start >= at) continue;
    push(start, text.slice(start, at + 3), m[1]!);
    previousEnd = at + m[0].length;
  }
}

function jsFrames(text: string, push: PushFrame): void {
  let previousEnd = 0;
  JS_END.lastIndex = 0;
  for (const m of text.matchAll(JS_END)) {
    const at = m.index ?? 0;
    let start = at;
    while (start > previousEnd && JS_PATH_CHAR.test(text[start - 1]!)) start--;
    if (start === at) continue;
    // A Windows drive before the path: "C:\\src\\x.test.js:1:2".
    const first = text[start];
    if (
      (first === '/' || first === '\\') &&
      start - 2 >= previousEnd &&
      text[start - 1] === ':' &&
      DRIVE_LETTER.test(text[start - 2]!)
    ) {
      start -= 2;
    }
    push(start, text.slice(start, at + m[0].indexOf(':')), m[1]!);
    previousEnd = at + m[0].length;
  }
}

/**
 * Maps runner paths onto repository files by the longest matching run of trailing path
 * segments (runner, container and Windows paths all end like the repository path does).
 */
export class RepositoryFiles {
  private readonly byName = new Map<string, string[]>();

  constructor(files: readonly string[]) {
    for (const file of files) {
      const path = normalise(file);
      const name = path.slice(path.lastIndexOf('/') + 1);
      const list = this.byName.get(name);
      if (list) list.push(path);
      else this.byName.set(name, [path]);
    }
  }

  get size(): number {
    return this.byName.size;
  }

  /** The repository file a path names, or undefined when none (or no single best) matches. */
  resolve(path: string): string | undefined {
    const segments = normalise(path)
      .split('/')
      .filter((s) => s !== '' && s !== '.');
    const name = segments[segments.length - 1];
    if (name === undefined) return undefined;
    const candidates = this.byName.get(name);
    if (!candidates) return undefined;
    let best: string | undefined;
    let bestScore = 0;
    let tie = false;
    for (const candidate of candidates) {
      const parts = candidate.split('/');
      let score = 0;
      while (
        score < parts.length &&
        score < segments.length &&
        parts[parts.length - 1 - score] === segments[segments.length - 1 - score]
      ) {
        score++;
      }
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
        tie = false;
      } else if (score === bestScore) {
        tie = true;
      }
    }
    return tie ? undefined : best;
  }
}

/** A repository-relative path: mapped through the file list when there is one, else runner prefixes cut. */
export function repositoryPath(path: string, repo?: RepositoryFiles): string | undefined {
  const p = normalise(path);
  if (repo && repo.size > 0) return repo.resolve(p);
  for (const prefix of RUNNER_PREFIXES) if (prefix.test(p)) return p.replace(prefix, '');
  return p;
}

export interface LocateInput {
  file?: string;
  line?: number;
  details?: string;
  message?: string;
}

/**
 * The best location of one failure: the failing line in the test's own file (pytest's line
 * attribute is the def line, and 0-based), else the report's file/line attributes, else the
 * first frame inside the repository (where it threw).
 */
export function locateFailure(test: LocateInput, repo?: RepositoryFiles): Location | undefined {
  const text = [test.details, test.message].filter((t) => t !== undefined).join('\n');
  const frames = framesOf(text);
  const own = test.file === undefined ? undefined : normalise(test.file);
  if (own !== undefined) {
    for (const frame of frames) {
      if (own.endsWith(frame.file) || frame.file.endsWith(own)) {
        return { file: repositoryPath(own, repo) ?? own, line: frame.line };
      }
    }
    if (test.line !== undefined) return { file: repositoryPath(own, repo) ?? own, line: test.line };
  }
  for (const frame of frames) {
    const file = repositoryPath(frame.file, repo);
    if (file !== undefined) return frame.line === undefined ? { file } : { file, line: frame.line };
  }
  if (test.file !== undefined) return { file: repositoryPath(test.file, repo) ?? normalise(test.file) };
  return undefined;
}
