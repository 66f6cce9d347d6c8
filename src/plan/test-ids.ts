/**
 * Test ids that every part of the code agrees on: how a result file's test case is spelled in
 * timing files and shard lists, and which unit (file or class) a planner keeps together. Pure.
 */
import { type Framework, isDotnet } from '../config/frameworks.js';
import type { TestCase } from '../results/model.js';

/**
 * How test ids are spelled, and what a planner keeps together:
 * - `pytest`: the pytest node id (`tests/x/test_a.py::TestClass::test_b[param]`, exactly the keys
 *   of pytest-split's `.test_durations`); the unit is the file.
 * - `dotnet` (xUnit, NUnit, MSTest via TRX or JUnit): `Namespace.Class.Method`, theory arguments
 *   cut off; the unit is the class.
 * - `generic`: `className::name` (or the name alone); the unit is the class (or the name).
 */
export type IdStyle = 'pytest' | 'dotnet' | 'generic';

const UPPERCASE_START = /^\p{Lu}/u;

function withoutArguments(text: string): string {
  const open = text.indexOf('(');
  return (open < 0 ? text : text.slice(0, open)).trimEnd();
}

/**
 * Splits a pytest JUnit `classname` (dotted module path, then optional class names) without the
 * help of a file attribute: the module ends at the last segment that does not start with an
 * uppercase letter (test classes are `TestX` by pytest's default `python_classes`).
 */
function splitPytestClassName(className: string): { module: string[]; classes: string[] } {
  const segments = className.split('.');
  let last = -1;
  segments.forEach((segment, i) => {
    if (!UPPERCASE_START.test(segment)) last = i;
  });
  // Every segment capitalised (a module named `Tests`): the first one has to be the module.
  const end = Math.max(last, 0) + 1;
  return { module: segments.slice(0, end), classes: segments.slice(end) };
}

/**
 * The class names in a pytest `classname` once its module part is known from the file: pytest
 * builds both from the same node id, but a report's file may have been mapped onto the
 * repository (a longer path), so the module may match only by its tail.
 */
function pytestClassParts(className: string, file: string): string[] {
  const moduleSegments = file.replace(/\.py$/, '').split('/');
  for (let start = 0; start < moduleSegments.length; start++) {
    const module = moduleSegments.slice(start).join('.');
    if (className === module) return [];
    if (className.startsWith(`${module}.`)) return className.slice(module.length + 1).split('.');
  }
  return splitPytestClassName(className).classes;
}

function pytestId(test: NamedTest): string {
  if (test.file !== undefined && test.file !== '') {
    const file = test.file.replace(/\\/g, '/').replace(/^\.\//, '');
    return [file, ...pytestClassParts(test.className, file), test.name].join('::');
  }
  if (test.className === '') return test.name;
  const { module, classes } = splitPytestClassName(test.className);
  return [`${module.join('/')}.py`, ...classes, test.name].join('::');
}

function dotnetId(test: NamedTest): string {
  // Cut each part on its own: an NUnit fixture can carry arguments too (`Ns.Fixture(1)`).
  const className = withoutArguments(test.className);
  const name = withoutArguments(test.name);
  // xUnit's TRX testName is often the full name already.
  if (className === '' || name.startsWith(`${className}.`)) return name;
  return `${className}.${name}`;
}

/** What a plan id is made of. */
export type NamedTest = Pick<TestCase, 'className' | 'name' | 'file'>;

/** How test ids look for a suite's framework. */
export function idStyleOf(framework: Framework): IdStyle {
  if (framework === 'pytest') return 'pytest';
  return isDotnet(framework) ? 'dotnet' : 'generic';
}

/** The id a test goes by in timing files and shard lists (see IdStyle): its plan id. */
export function planIdOf(style: IdStyle, test: NamedTest): string {
  switch (style) {
    case 'pytest':
      return pytestId(test);
    case 'dotnet':
      return dotnetId(test);
    case 'generic':
      return test.className === '' ? test.name : `${test.className}::${test.name}`;
  }
}

/** What a planner keeps in one shard when it can: the file (pytest) or the class. */
export function unitOf(style: IdStyle, id: string): string {
  if (style === 'dotnet') {
    const dot = id.lastIndexOf('.');
    return dot < 0 ? id : id.slice(0, dot);
  }
  // pytest: the file; generic: the class. The first `::` because a pytest file path never
  // contains one, and a generic name may (Rust's `module::test`).
  const sep = id.indexOf('::');
  return sep < 0 ? id : id.slice(0, sep);
}

/** pytest's closing line of a collection: "12 tests collected in 0.05s", "3/9 tests collected (6 deselected)", "no tests collected". */
const COLLECT_SUMMARY = /^(\d+(\/\d+)?|no) tests? (collected|ran|deselected)\b/;
/** pytest's section banners ("===== warnings summary =====", "==== ERRORS ===="): what follows is not ids. */
const BANNER = /^={3,}.*={3,}$/;

/**
 * The test ids of a test list: one a line, as `pytest --collect-only -q` prints them (its
 * summary line, section banners and everything after a banner left out), `#` comments and blank
 * lines dropped. Lines that begin with white space are a report's continuation, never an id.
 */
export function testIdsOf(text: string): string[] {
  const ids: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (BANNER.test(raw.trim())) break;
    if (/^\s/.test(raw)) continue;
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || COLLECT_SUMMARY.test(line)) continue;
    ids.push(line);
  }
  return ids;
}
