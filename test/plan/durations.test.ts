import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  durationsFromResults,
  estimateDurations,
  MIN_ESTIMATE_SECONDS,
  parseTestDurations,
  SMOOTHING_WEIGHT,
  smoothHistory,
  UNKNOWN_SECONDS,
} from '../../src/plan/durations.js';
import { type IdStyle, planIdOf, unitOf } from '../../src/plan/test-ids.js';
import { readResultFile } from '../../src/results/collect.js';
import type { FileResult, TestCase } from '../../src/results/model.js';
import { SHARED } from '../helpers/paths.js';

function testCase(fields: Partial<TestCase> & Pick<TestCase, 'className' | 'name'>): TestCase {
  return { suite: 's', duration: 1, status: 'passed', source: 'r.xml', ...fields };
}

function fileOf(cases: TestCase[], name = 'r.xml'): FileResult {
  return { path: name, cases, warnings: [], walls: {} };
}

describe('testIdOf', () => {
  const rows: [string, IdStyle, Partial<TestCase> & Pick<TestCase, 'className' | 'name'>, string][] = [
    [
      'pytest xunit1: file attribute, class',
      'pytest',
      { className: 'tests.aws.x.test_a.TestClass', name: 'test_b[param]', file: 'tests/aws/x/test_a.py' },
      'tests/aws/x/test_a.py::TestClass::test_b[param]',
    ],
    [
      'pytest xunit1: module-level function',
      'pytest',
      { className: 'tests.test_mod', name: 'test_f', file: 'tests/test_mod.py' },
      'tests/test_mod.py::test_f',
    ],
    [
      'pytest xunit1: nested classes',
      'pytest',
      { className: 'tests.test_a.TestOuter.TestInner', name: 'test_x', file: 'tests/test_a.py' },
      'tests/test_a.py::TestOuter::TestInner::test_x',
    ],
    [
      'pytest xunit1: a capitalised module, told apart by the file',
      'pytest',
      { className: 'tests.Test_Upper.TestX', name: 'test_y', file: 'tests/Test_Upper.py' },
      'tests/Test_Upper.py::TestX::test_y',
    ],
    [
      'pytest xunit1: a class not named Test*, told apart by the file',
      'pytest',
      { className: 'tests.test_a.describe_thing', name: 'it_works', file: 'tests/test_a.py' },
      'tests/test_a.py::describe_thing::it_works',
    ],
    [
      'pytest xunit1: file mapped onto a longer repository path',
      'pytest',
      { className: 'tests.test_a.describe_x', name: 'test_y', file: 'python/tests/test_a.py' },
      'python/tests/test_a.py::describe_x::test_y',
    ],
    [
      'pytest xunit1: Windows separators and ./',
      'pytest',
      { className: 'tests.test_a.TestX', name: 'test_y', file: '.\\tests\\test_a.py' },
      'tests/test_a.py::TestX::test_y',
    ],
    [
      'pytest xunit2: path from the classname',
      'pytest',
      { className: 'tests.aws.x.test_a.TestClass', name: 'test_b[param]' },
      'tests/aws/x/test_a.py::TestClass::test_b[param]',
    ],
    [
      'pytest xunit2: nested classes',
      'pytest',
      { className: 'tests.test_a.TestOuter.TestInner', name: 'test_x[1.5-a.b]' },
      'tests/test_a.py::TestOuter::TestInner::test_x[1.5-a.b]',
    ],
    [
      'pytest xunit2: module-level function',
      'pytest',
      { className: 'tests.unit.test_mod', name: 'test_f' },
      'tests/unit/test_mod.py::test_f',
    ],
    ['pytest: no classname', 'pytest', { className: '', name: 'test_f' }, 'test_f'],
    [
      'dotnet TRX: theory arguments cut',
      'dotnet',
      { className: 'FluentValidation.Tests.EmailValidatorTests', name: 'Valid_email(email: "a.b@c.com")' },
      'FluentValidation.Tests.EmailValidatorTests.Valid_email',
    ],
    [
      'dotnet: full name already in the name',
      'dotnet',
      { className: 'Ns.Cls', name: 'Ns.Cls.Method(x: 1)' },
      'Ns.Cls.Method',
    ],
    [
      'dotnet: parentheses inside the arguments',
      'dotnet',
      { className: 'Ns.Cls', name: 'Fails(input: "f(x).y", n: 2)' },
      'Ns.Cls.Fails',
    ],
    [
      'dotnet MSTest data row',
      'dotnet',
      { className: 'Ns.Cls', name: 'TestMethod1 (1,2)' },
      'Ns.Cls.TestMethod1',
    ],
    [
      'dotnet NUnit fixture arguments',
      'dotnet',
      { className: 'Ns.Fixture(1)', name: 'Method(2)' },
      'Ns.Fixture.Method',
    ],
    [
      'generic: class and name',
      'generic',
      { className: 'org.apache.pulsar.FooTest', name: 'testBar' },
      'org.apache.pulsar.FooTest::testBar',
    ],
    ['generic: no class', 'generic', { className: '', name: 'renders a list' }, 'renders a list'],
  ];
  it.each(rows)('%s', (_label, framework, fields, id) => {
    expect(planIdOf(framework, testCase(fields))).toBe(id);
  });
});

describe('unitOf', () => {
  const rows: [IdStyle, string, string][] = [
    ['pytest', 'tests/aws/x/test_a.py::TestClass::test_b[param::x]', 'tests/aws/x/test_a.py'],
    ['pytest', 'tests/test_mod.py::test_f', 'tests/test_mod.py'],
    ['pytest', 'tests/test_mod.py', 'tests/test_mod.py'],
    [
      'dotnet',
      'FluentValidation.Tests.EmailValidatorTests.Valid_email',
      'FluentValidation.Tests.EmailValidatorTests',
    ],
    ['dotnet', 'Method', 'Method'],
    ['generic', 'org.apache.pulsar.FooTest::testBar', 'org.apache.pulsar.FooTest'],
    ['generic', 'crate::bin/foo::module::test', 'crate'],
    ['generic', 'renders a list', 'renders a list'],
  ];
  it.each(rows)('%s %s -> %s', (framework, id, unit) => {
    expect(unitOf(framework, id)).toBe(unit);
  });
});

describe('parseTestDurations', () => {
  it('reads node id -> seconds', () => {
    const got = parseTestDurations('{"tests/a.py::t1": 1.5, "tests/a.py::t2": 0}', 'x/.test_durations');
    expect([...got]).toEqual([
      ['tests/a.py::t1', 1.5],
      ['tests/a.py::t2', 0],
    ]);
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '{"a": 1', /^x\/\.test_durations: not valid JSON/],
    ['an array', '[1, 2]', /^x\/\.test_durations: expected a JSON object .* found an array/],
    ['null', 'null', /^x\/\.test_durations: .* found null/],
    ['a number', '42', /^x\/\.test_durations: .* found a number/],
    [
      'a string value',
      '{"tests/a.py::t": "1.5"}',
      /^x\/\.test_durations: "tests\/a\.py::t" should be a number/,
    ],
    ['a null value', '{"tests/a.py::t": null}', /^x\/\.test_durations: "tests\/a\.py::t" should be a number/],
    [
      'a negative value',
      '{"ok": 1, "tests/b.py::t": -2}',
      /^x\/\.test_durations: "tests\/b\.py::t" has a negative/,
    ],
  ];
  it.each(bad)('rejects %s, naming the source and the key', (_label, text, message) => {
    expect(() => parseTestDurations(text, 'x/.test_durations')).toThrow(InputError);
    expect(() => parseTestDurations(text, 'x/.test_durations')).toThrow(message);
  });
});

describe('durationsFromResults', () => {
  it('means reruns across files, ignores skips, adds theory rows and same-named cases in one file', () => {
    const shard1 = fileOf(
      [
        testCase({ className: 'Ns.A', name: 'Plain', duration: 2 }),
        testCase({ className: 'Ns.A', name: 'Theory(x: 1)', duration: 0.5 }),
        testCase({ className: 'Ns.A', name: 'Theory(x: 2)', duration: 1.5 }),
        testCase({ className: 'Ns.B', name: 'Skipped', duration: 9, status: 'skipped' }),
        testCase({ className: 'Ns.B', name: 'Provider', duration: 1 }),
        testCase({ className: 'Ns.B', name: 'Provider', duration: 3 }),
      ],
      'shard-1.trx',
    );
    const rerun = fileOf(
      [
        testCase({ className: 'Ns.A', name: 'Plain', duration: 4, status: 'failed' }),
        testCase({ className: 'Ns.B', name: 'Skipped', duration: 5 }),
      ],
      'rerun.trx',
    );
    const got = durationsFromResults([shard1, rerun], 'dotnet');
    expect(Object.fromEntries(got)).toEqual({
      'Ns.A.Plain': 3,
      'Ns.A.Theory': 2,
      'Ns.B.Provider': 4,
      'Ns.B.Skipped': 5,
    });
    expect(durationsFromResults([rerun, shard1], 'dotnet')).toEqual(got);
  });

  it('keys pytest results by node id', () => {
    const got = durationsFromResults(
      [fileOf([testCase({ className: 'tests.test_a.TestX', name: 'test_y[1]', duration: 0.25 })])],
      'pytest',
    );
    expect(Object.fromEntries(got)).toEqual({ 'tests/test_a.py::TestX::test_y[1]': 0.25 });
  });

  it('reads the Pulsar JUnit report (808 testcases) into one duration per class::method', async () => {
    const file = (await readResultFile(path.join(SHARED, 'timings/pulsar-junit.xml'), 'pulsar-junit.xml'))!;
    expect(file.cases).toHaveLength(808);
    const ran = file.cases.filter((c) => c.status !== 'skipped');
    const got = durationsFromResults([file], 'generic');
    expect(got.size).toBe(667);
    expect(got.size).toBe(new Set(ran.map((c) => `${c.className}::${c.name}`)).size);
    const sum = [...got.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(
      ran.reduce((a, c) => a + c.duration, 0),
      6,
    );
    expect(got.get('org.apache.pulsar.AddMissingPatchVersionTest::testVersionStrings')).toBe(0.017);
  });

  it('reads the FluentValidation TRX (804 results) into one duration per method', async () => {
    const file = (await readResultFile(
      path.join(SHARED, 'timings/fluentvalidation-xunit.trx'),
      'fluentvalidation-xunit.trx',
    ))!;
    expect(file.cases).toHaveLength(804);
    const got = durationsFromResults([file], 'dotnet');
    expect(got.size).toBe(754);
    for (const id of got.keys()) expect(id).not.toMatch(/[( ]/);
    const ran = file.cases.filter((c) => c.status !== 'skipped');
    const sum = [...got.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(
      ran.reduce((a, c) => a + c.duration, 0),
      9,
    );
    const longest = Math.max(...got.values());
    expect(longest).toBeGreaterThan(1.5);
  });
});

describe('smoothHistory', () => {
  const w = SMOOTHING_WEIGHT;
  it('weights the newest snapshot by SMOOTHING_WEIGHT, older ones exponentially less', () => {
    const got = smoothHistory([new Map([['a', 10]]), new Map([['a', 10]]), new Map([['a', 100]])]);
    expect(got.get('a')).toBeCloseTo(w * 100 + (1 - w) * 10, 9);
    // One noisy run does not swing the plan all the way.
    expect(got.get('a')!).toBeLessThan(100);
  });

  it('keeps a test missing from the newest snapshot, and takes a new one as it is', () => {
    const got = smoothHistory([
      new Map([
        ['old', 4],
        ['both', 2],
      ]),
      new Map([
        ['both', 4],
        ['new', 7],
      ]),
    ]);
    expect(Object.fromEntries(got)).toEqual({ old: 4, both: w * 4 + (1 - w) * 2, new: 7 });
  });

  it('takes another weight, and rejects one outside (0, 1]', () => {
    const history = [new Map([['a', 0]]), new Map([['a', 8]])];
    expect(smoothHistory(history, 1).get('a')).toBe(8);
    expect(smoothHistory(history, 0.25).get('a')).toBe(2);
    expect(() => smoothHistory(history, 0)).toThrow(InputError);
    expect(smoothHistory([])).toEqual(new Map());
  });
});

describe('estimateDurations', () => {
  const known = new Map([
    ['tests/a.py::t1', 1],
    ['tests/a.py::t2', 3],
    ['tests/a.py::t3', 8],
    ['tests/b.py::t1', 100],
    ['tests/b.py::t2', 200],
    ['tests/gone.py::t1', 50],
  ]);

  it('keeps known tests, estimates new ones from their file, drops removed ones', () => {
    const got = estimateDurations(known, {
      style: 'pytest',
      tests: [
        'tests/a.py::t1',
        'tests/a.py::t2',
        'tests/a.py::t3',
        'tests/a.py::t4',
        'tests/b.py::t1',
        'tests/new.py::t',
      ],
    });
    expect(got.matched).toBe(4);
    expect(got.estimated).toBe(2);
    expect(got.dropped).toBe(2);
    expect(got.warnings).toEqual([]);
    // The mean of tests/a.py (1, 3, 8): estimates are summed into shards, so the mean (issue 14).
    expect(got.durations.get('tests/a.py::t4')).toBe(4);
    // A new file: the mean of all known tests (1, 3, 8, 50, 100, 200).
    expect(got.durations.get('tests/new.py::t')).toBeCloseTo(362 / 6, 10);
    expect(got.durations.has('tests/gone.py::t1')).toBe(false);
    expect(got.durations.has('tests/b.py::t2')).toBe(false);
    expect(got.durations.size).toBe(6);
  });

  it('counts a test listed twice once', () => {
    const got = estimateDurations(known, {
      style: 'pytest',
      tests: ['tests/a.py::t1', 'tests/a.py::t1'],
    });
    expect([got.matched, got.estimated, got.durations.size]).toEqual([1, 0, 1]);
  });

  it('never estimates 0, even when everything known took 0 s', () => {
    const zeros = new Map([
      ['tests/a.py::t1', 0],
      ['tests/a.py::t2', 0],
    ]);
    const got = estimateDurations(zeros, {
      style: 'pytest',
      tests: ['tests/a.py::t1', 'tests/a.py::t3'],
    });
    expect(got.durations.get('tests/a.py::t3')).toBe(MIN_ESTIMATE_SECONDS);
    // A recorded zero is not free either: with no positive duration known, the small default.
    expect(got.durations.get('tests/a.py::t1')).toBe(MIN_ESTIMATE_SECONDS);
    expect(got.zeros).toBe(2);
  });

  it("a recorded zero gets the suite's per-test floor: its smallest positive duration", () => {
    const got = estimateDurations(
      new Map([
        ['tests/a.py::fast', 0],
        ['tests/a.py::quick', 0.004],
        ['tests/a.py::slow', 2],
      ]),
      { style: 'pytest' },
    );
    expect(got.durations.get('tests/a.py::fast')).toBe(0.004);
    expect(got.floor).toBe(0.004);
    expect(got.timed).toBe(true);
  });

  it('says when nothing is timed, so that seconds are not presented as known', () => {
    const got = estimateDurations(new Map(), { style: 'pytest', tests: ['tests/a.py::x', 'tests/b.py::y'] });
    expect(got.timed).toBe(false);
    expect(got.warnings.join()).toMatch(/split by count.*unknown/);
  });

  it('warns when fewer than half of the ids match (timings from another rootdir)', () => {
    const got = estimateDurations(known, {
      style: 'pytest',
      tests: ['src/tests/a.py::t1', 'src/tests/a.py::t2', 'tests/a.py::t1'],
    });
    expect(got.matched).toBe(1);
    expect(got.warnings).toHaveLength(1);
    expect(got.warnings[0]).toMatch(/only 1 of 3 test ids have a known duration/);
    expect(got.warnings[0]).toContain('src/tests/a.py::t1');
    expect(got.warnings[0]).toContain('pytest-split issue 100');
  });

  it('counts every test as UNKNOWN_SECONDS when nothing is known, and says so', () => {
    const got = estimateDurations(new Map(), { style: 'dotnet', tests: ['Ns.A.x', 'Ns.B.y'] });
    expect([...got.durations.values()]).toEqual([UNKNOWN_SECONDS, UNKNOWN_SECONDS]);
    expect(got.warnings[0]).toMatch(/no timings known/);
  });

  it('estimates by class for dotnet', () => {
    const got = estimateDurations(
      new Map([
        ['Ns.A.x', 2],
        ['Ns.A.y', 4],
        ['Ns.B.z', 100],
      ]),
      { style: 'dotnet', tests: ['Ns.A.x', 'Ns.A.y', 'Ns.A.new', 'Ns.B.z'] },
    );
    expect(got.durations.get('Ns.A.new')).toBe(3);
  });

  it('plans the known tests as they are without a test list', () => {
    const got = estimateDurations(known, { style: 'pytest' });
    expect(got.durations).toEqual(known);
    expect(got.durations).not.toBe(known);
    expect([got.matched, got.estimated, got.dropped]).toEqual([6, 0, 0]);
  });
});

describe('snapshotOf: one snapshot from many result files', () => {
  it('a test that ran in two files counts the mean of both, whatever their order', async () => {
    const { snapshotOf } = await import('../../src/commands/history.js');
    const first = fileOf([testCase({ className: 'Ns.A', name: 'T', duration: 2 })], 'shard-1.trx');
    const rerun = fileOf([testCase({ className: 'Ns.A', name: 'T', duration: 4 })], 'rerun.trx');
    first.format = 'trx';
    rerun.format = 'trx';
    expect(Object.fromEntries(snapshotOf([first, rerun]))).toEqual({ 'Ns.A.T': 3 });
    expect(Object.fromEntries(snapshotOf([rerun, first]))).toEqual({ 'Ns.A.T': 3 });
  });
});
