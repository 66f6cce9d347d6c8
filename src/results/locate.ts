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
const DOTNET_FRAME = /((?:[A-Za-z]:[\\/]|\/)[^\n]*?\.(?:cs|fs|vb)):\p{L}+ (\d+)/gu;
// JavaScript: "at fn (src/x.test.js:15:29)" or "at src/x.test.ts:15:29".
const JS_FRAME = /\(?((?:[A-Za-z]:[\\/]|\/|\.{0,2}\/?)?[\w@./\\-]+\.(?:[cm]?[jt]sx?)):(\d+):\d+\)?/g;

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

/** All frames (file, line) in a failure text, in the order they appear. */
export function framesOf(text: string): Location[] {
  const frames: { at: number; location: Location }[] = [];
  for (const re of [PYTEST_FRAME, DOTNET_FRAME, JS_FRAME]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      frames.push({ at: m.index ?? 0, location: { file: normalise(m[1]!), line: Number(m[2]) } });
    }
  }
  return frames.sort((a, b) => a.at - b.at).map((f) => f.location);
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
