import { describe, expect, it } from 'vitest';
import { detectSuites } from '../../src/workflow/detect.js';

const XUNIT_CSPROJ = `<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.12.0" />
    <PackageReference Include="xunit" Version="2.9.2" />
  </ItemGroup>
</Project>`;

describe('detect: suites from a file list and the texts worth reading', () => {
  it.each([
    [
      'tests/ with subfolders: one suite per group',
      ['tests/unit/test_a.py', 'tests/integration/test_b.py', 'tests/api/test_c.py', 'src/app.py'],
      {},
      [
        { name: 'api', framework: 'pytest', path: 'tests/api' },
        { name: 'integration', framework: 'pytest', path: 'tests/integration' },
        { name: 'unit', framework: 'pytest', path: 'tests/unit' },
      ],
    ],
    [
      'testpaths from pyproject.toml win over the folders',
      ['pyproject.toml', 'tests/test_a.py', 'tests/sub/test_b.py', 'tests/other/test_c.py'],
      { 'pyproject.toml': '[tool.pytest.ini_options]\ntestpaths = ["tests"]\n' },
      [{ name: 'python', framework: 'pytest', path: 'tests' }],
    ],
    [
      'a .NET test project, a library that is not one, and jest',
      ['src/Lib/Lib.csproj', 'tests/Api.Tests/Api.Tests.csproj', 'package.json', 'jest.config.js'],
      {
        'src/Lib/Lib.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>',
        'tests/Api.Tests/Api.Tests.csproj': XUNIT_CSPROJ,
        'package.json': '{"devDependencies": {"jest": "^29"}}',
      },
      [
        { name: 'api.tests', framework: 'xunit', project: 'tests/Api.Tests' },
        { name: 'jest', framework: 'jest' },
      ],
    ],
    [
      'vitest from package.json',
      ['package.json'],
      { 'package.json': '{"devDependencies":{"vitest":"^4"}}' },
      [{ name: 'vitest', framework: 'vitest' }],
    ],
    ['nothing', ['README.md', 'src/main.py'], {}, []],
  ])('%s', (_, files, texts, suites) => {
    const detection = detectSuites(files, new Map(Object.entries(texts)));
    expect(detection.suites).toEqual(suites);
    expect(detection.findings.length).toBeGreaterThan(0);
  });

  it('says what it found', () => {
    const d = detectSuites(
      ['pytest.ini', 'tests/test_a.py'],
      new Map([['pytest.ini', '[pytest]\nmarkers = slow\n']]),
    );
    expect(d.findings).toEqual(['pytest configuration in pytest.ini', 'pytest: 1 test file(s) under tests/']);
  });
});
