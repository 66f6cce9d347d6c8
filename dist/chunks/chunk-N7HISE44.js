import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);

// src/config/frameworks.ts
var DOTNET = ["xunit", "dotnet", "nunit"];
function isDotnet(framework) {
  return DOTNET.includes(framework);
}

export {
  isDotnet
};
