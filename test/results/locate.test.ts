import { describe, expect, it } from 'vitest';
import { framesOf, locateFailure, RepositoryFiles, repositoryPath } from '../../src/results/locate.js';

const repo = new RepositoryFiles([
  'src/Honua.Server/Features/Query.cs',
  'tests/Honua.Tests/QueryTests.cs',
  'tests/python/test_features.py',
  'tests/qgis/test_features.py',
  'web/src/app.test.ts',
]);

describe('locations from failure text', () => {
  it.each([
    [
      'pytest',
      'E   assert 200 == 404\n\ntests/python/test_features.py:42: AssertionError',
      'tests/python/test_features.py',
      42,
    ],
    [
      '.NET, English',
      '   at Honua.Tests.QueryTests.Bbox() in /home/runner/work/honua/honua/tests/Honua.Tests/QueryTests.cs:line 17',
      'tests/Honua.Tests/QueryTests.cs',
      17,
    ],
    [
      '.NET, German',
      '   bei Honua.Tests.QueryTests.Bbox() in D:\\a\\honua\\honua\\tests\\Honua.Tests\\QueryTests.cs:Zeile 18',
      'tests/Honua.Tests/QueryTests.cs',
      18,
    ],
    [
      '.NET, Russian',
      '   в Honua.Tests.QueryTests.Bbox() в /app/tests/Honua.Tests/QueryTests.cs:строка 19',
      'tests/Honua.Tests/QueryTests.cs',
      19,
    ],
    [
      '.NET, French',
      '   à Honua.Tests.QueryTests.Bbox() dans C:\\src\\tests\\Honua.Tests\\QueryTests.cs:ligne 20',
      'tests/Honua.Tests/QueryTests.cs',
      20,
    ],
    [
      'JavaScript',
      'AssertionError: expected\n    at Context.<anonymous> (/app/web/src/app.test.ts:15:29)',
      'web/src/app.test.ts',
      15,
    ],
  ])('%s', (_, details, file, line) => {
    expect(locateFailure({ details }, repo)).toEqual({ file, line });
  });

  it('the first frame inside the repository wins (where it threw), library frames are passed over', () => {
    const details = [
      '   at System.Linq.Enumerable.First() in /_/src/libraries/System.Linq/src/System/Linq/First.cs:line 9',
      '   at Honua.Server.Features.Query.Run() in /home/runner/work/honua/honua/src/Honua.Server/Features/Query.cs:line 88',
      '   at Honua.Tests.QueryTests.Bbox() in /home/runner/work/honua/honua/tests/Honua.Tests/QueryTests.cs:line 17',
    ].join('\n');
    expect(locateFailure({ details }, repo)).toEqual({
      file: 'src/Honua.Server/Features/Query.cs',
      line: 88,
    });
  });

  it("prefers a frame in the test's own file when the report names it", () => {
    const details =
      'tests/python/conftest.py:10: in fixture\n    x()\ntests/python/test_features.py:7: AssertionError';
    expect(locateFailure({ details, file: 'tests/python/test_features.py' }, repo)).toEqual({
      file: 'tests/python/test_features.py',
      line: 7,
    });
  });

  it('file and line attributes come first', () => {
    expect(
      locateFailure(
        { file: '/home/runner/work/h/h/tests/qgis/test_features.py', line: 3, details: 'x.py:1: E' },
        repo,
      ),
    ).toEqual({
      file: 'tests/qgis/test_features.py',
      line: 3,
    });
  });

  it('same file name in two folders: the longer matching suffix decides, an even tie maps to nothing', () => {
    expect(repositoryPath('/ci/checkout/tests/qgis/test_features.py', repo)).toBe(
      'tests/qgis/test_features.py',
    );
    expect(repositoryPath('/elsewhere/test_features.py', repo)).toBeUndefined();
  });

  it('without a file list, runner prefixes are cut', () => {
    expect(repositoryPath('/home/runner/work/honua/honua/tests/a.py')).toBe('tests/a.py');
    expect(repositoryPath('D:\\a\\honua\\honua\\tests\\A.cs')).toBe('tests/A.cs');
    expect(repositoryPath('/app/tests/a.py')).toBe('tests/a.py');
  });

  it('finds frames in order of appearance', () => {
    expect(framesOf('a.py:1: x\nb.py:2: y').map((f) => f.file)).toEqual(['a.py', 'b.py']);
  });
});
