/**
 * Framework names and their families, apart from the config parser so that code which only
 * needs these does not load the YAML parser and the schema validator with them.
 */
export type Framework = 'pytest' | 'xunit' | 'dotnet' | 'nunit' | 'jest' | 'vitest' | 'go' | 'command';

const DOTNET: readonly Framework[] = ['xunit', 'dotnet', 'nunit'];

export function isDotnet(framework: Framework): boolean {
  return DOTNET.includes(framework);
}
