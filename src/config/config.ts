/**
 * parallel-tests.yml: parsed with positions, validated against the shipped JSON Schema, then
 * checked for what a schema cannot say (unique names, budgets that fit the host). Pure: text
 * in, a typed config or one InputError listing every problem as file:line:column out.
 */
import type { ErrorObject } from 'ajv';
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import { InputError } from '../errors.js';
import { type Framework, isDotnet } from './frameworks.js';
import validateSchema from './schema-validator.generated.js';
import { type RawWorkflow, readWorkflowSection, type WorkflowConfig } from './workflow-section.js';

export type { Framework, WorkflowConfig };

export type Count = number | 'auto';

export interface HostConfig {
  /** Cores of the reference host; undefined means the machine's own (the shell fills it in). */
  cores?: number;
  reserved: number;
  spare: number;
}

export interface RunnerConfig {
  labels: string[];
  cores: number;
  memoryGb?: number;
}

export interface SuiteConfig {
  name: string;
  framework: Framework;
  path?: string;
  project?: string;
  /** The interpreter that runs pytest, as written (a path or a name on PATH). */
  python?: string;
  /** Modules that interpreter must import (python-imports), e.g. qgis.core. */
  pythonImports: string[];
  /** The argv of a framework: command suite, placeholders unreplaced. */
  command?: string[];
  /** Workers or (for .NET) threads, as written; auto when neither was. */
  workers: Count;
  /** The core budget when written; else derived by the allocation. */
  cores?: number;
  markers?: string;
  filter?: string;
  env: Record<string, string>;
  timeoutMinutes: number;
  /** One test's limit (pytest --timeout), when configured. */
  testTimeoutSeconds?: number;
  /** Times the failed tests run again; 0 by default. */
  retries: number;
  results: string;
  needsServer: boolean;
  shards: Count;
  targetMinutes: number;
  /** Seconds a shard pays per distinct file (class for .NET) it runs, when declared (file-setup-seconds). */
  fileSetupSeconds?: number;
  /** Where the suite is defined, for messages about it. */
  line: number;
}

export interface ImageConfig {
  name: string;
  /** Relative to the config file's folder, as are all paths below. */
  dockerfile: string;
  context: string;
  buildArgs: Record<string, string>;
  target?: string;
  platform?: string;
  cacheKeySuffix?: string;
}

export interface ServerConfig {
  composeFile?: string;
  service?: string;
  ports: string[];
  env: Record<string, string>;
  volumes: string[];
  healthUrl: string;
  healthTimeoutSeconds: number;
}

export interface Config {
  file: string;
  host: HostConfig;
  runners: RunnerConfig[];
  image?: ImageConfig;
  server?: ServerConfig;
  suites: SuiteConfig[];
  /** What generate writes into the workflow, when the file has that section. */
  workflow?: WorkflowConfig;
}

/** GitHub's standard Linux runner for public repositories: 4 vCPU, 16 GB. */
export const DEFAULT_RUNNER: RunnerConfig = { labels: ['ubuntu-latest'], cores: 4, memoryGb: 16 };
const DEFAULT_TIMEOUT_MINUTES = 30;
const DEFAULT_TARGET_MINUTES = 10;

function validate(value: unknown): ErrorObject[] {
  // Compiled from the schema at build time (scripts/schema-validator.mjs): 61 ms less per start.
  return validateSchema(value) ? [] : [...(validateSchema.errors ?? [])];
}

interface Located {
  line: number;
  column: number;
  message: string;
}

function position(lc: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lc.linePos(offset);
  return { line, column: col };
}

/** Where a node starts; the file's start for a value the document does not have. */
function nodePosition(lc: LineCounter, node: Node | undefined): { line: number; column: number } {
  return node?.range ? position(lc, node.range[0]) : { line: 1, column: 1 };
}

/** The node at a JSON-pointer path, or the deepest ancestor that exists. */
function nodeAt(doc: Document, path: (string | number)[]): Node | undefined {
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (const segment of path) {
    if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && p.key.value === segment)?.value;
    else if (isSeq(node)) node = node.items[Number(segment)];
    else break;
    if (node === undefined || node === null) break;
    found = node as Node;
  }
  return found;
}

function keyNode(doc: Document, path: (string | number)[], key: string): Node | undefined {
  const parent = nodeAt(doc, path);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeSchemaError(e: ErrorObject): string | undefined {
  const field = e.instancePath === '' ? 'the file' : `"${e.instancePath.split('/').pop()}"`;
  switch (e.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      return `unknown key "${(e.params as { additionalProperty: string }).additionalProperty}" (expected one of: ${allowed.join(', ')})`;
    }
    case 'required':
      return `missing required key "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'enum':
      return `${field} must be one of: ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`;
    case 'const':
      return `${field} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    case 'oneOf':
      if (e.schemaPath.includes('count')) return `${field} must be a whole number of at least 1, or "auto"`;
      if (e.schemaPath.includes('command'))
        return `${field} must be a command line or a list of arguments (non-empty strings)`;
      return `${field} must be a label or a list of labels`;
    case 'not':
      return 'give workers or threads, not both';
    case 'pattern':
      return `${field} must match ${(e.params as { pattern: string }).pattern} (${(e.parentSchema as { description?: string })?.description ?? ''})`;
    default:
      return `${field} ${e.message ?? 'is not valid'}`;
  }
}

/** ajv reports every branch of a oneOf too; the oneOf itself says it better. */
function schemaProblems(doc: Document, lc: LineCounter, errors: ErrorObject[]): Located[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const out: Located[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'oneOf' && oneOfPaths.has(e.instancePath) && e.schemaPath.includes('/oneOf/')) continue;
    const message = describeSchemaError(e);
    if (!message) continue;
    const path = pathOf(e.instancePath);
    const key =
      e.keyword === 'additionalProperties'
        ? keyNode(doc, path, (e.params as { additionalProperty: string }).additionalProperty)
        : undefined;
    const node = key ?? nodeAt(doc, path);
    const at = nodePosition(lc, node);
    const id = `${at.line}:${at.column}:${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...at, message });
  }
  return out;
}

/** Problems listed in one message; a broken file can have thousands (3,000 repeated tags). */
const MAX_LISTED_PROBLEMS = 20;

function fail(file: string, problems: Located[]): never {
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const lines = sorted
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((p) => `${file}:${p.line}:${p.column}: ${p.message}`);
  if (sorted.length > MAX_LISTED_PROBLEMS) lines.push(`... and ${sorted.length - MAX_LISTED_PROBLEMS} more`);
  throw new InputError(
    sorted.length === 1
      ? lines[0]!
      : `${file}: ${sorted.length} problems\n${lines.map((l) => `  ${l}`).join('\n')}`,
  );
}

/**
 * Nesting a config may have: the deepest real one (workflow.jobs.<job>.steps...) is under ten.
 * Checked before anything recurses over the document (toJS, the schema, the messages): the YAML
 * parser itself gives up near a thousand levels ("Maximum call stack size exceeded").
 */
const MAX_CONFIG_DEPTH = 32;

/** The first node nested deeper than MAX_CONFIG_DEPTH, walked without recursion. */
function tooDeep(doc: Document): Node | undefined {
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_CONFIG_DEPTH) return node;
    for (const item of node.items) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

/** The alias (*name) that comes first in the file, to point at when the aliases expand too far. */
function firstAlias(doc: Document): Node | undefined {
  let first: Node | undefined;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      if (!first || (node.range?.[0] ?? 0) < (first.range?.[0] ?? 0)) first = node;
    } else if (isMap(node)) for (const p of node.items) stack.push(p.key, p.value);
    else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return first;
}

/**
 * The document as plain data. The YAML library counts what aliases expand to and throws past
 * its limit (9 aliases of 9 aliases of ... would be a billion nodes): that is bad input in
 * this file, not a crash.
 */
function toPlainData(doc: Document, lc: LineCounter, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    fail(file, [
      {
        ...nodePosition(lc, firstAlias(doc)),
        message: 'its aliases (*name) expand to too many nodes (an alias bomb?): refused',
      },
    ]);
  }
}

function asLabels(labels: string | string[]): string[] {
  return typeof labels === 'string' ? [labels] : labels;
}

function asEnv(env: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(env ?? {}).map(([k, v]) => [k, String(v)]));
}

/** Where a suite's result files land when the config does not say. */
function defaultResults(name: string, framework: Framework): string {
  return isDotnet(framework) ? `results/${name}/**/*.trx` : `results/${name}/**/*.xml`;
}

type RawSuite = {
  name: string;
  framework: Framework;
  path?: string;
  project?: string;
  python?: string;
  'python-imports'?: string[];
  command?: string | string[];
  workers?: Count;
  threads?: Count;
  cores?: number;
  markers?: string;
  filter?: string;
  env?: Record<string, unknown>;
  'timeout-minutes'?: number;
  'test-timeout-seconds'?: number;
  retries?: number;
  results?: string;
  'needs-server'?: boolean;
  shards?: Count;
  'target-minutes'?: number;
  'file-setup-seconds'?: number;
};

type Raw = {
  host?: { cores?: number; reserved?: number; spare?: number };
  runners?: { labels: string | string[]; cores: number; 'memory-gb'?: number }[];
  image?: Record<string, unknown>;
  server?: Record<string, unknown>;
  workflow?: RawWorkflow;
  suites: RawSuite[];
};

type RawImage = {
  name?: string;
  dockerfile?: string;
  context?: string;
  target?: string;
  platform?: string;
  'build-args'?: Record<string, unknown>;
  'cache-key-suffix'?: string;
};

type RawServer = {
  'compose-file'?: string;
  service?: string;
  ports?: (string | number)[];
  env?: Record<string, unknown>;
  volumes?: string[];
  'health-url'?: string;
  'health-timeout-seconds'?: number;
};

function imageOf(raw: RawImage): ImageConfig {
  const image: ImageConfig = {
    name: raw.name ?? 'parallel-tests:test',
    dockerfile: raw.dockerfile ?? 'Dockerfile',
    context: raw.context ?? '.',
    buildArgs: asEnv(raw['build-args']),
  };
  if (raw.target !== undefined) image.target = raw.target;
  if (raw.platform !== undefined) image.platform = raw.platform;
  if (raw['cache-key-suffix'] !== undefined) image.cacheKeySuffix = raw['cache-key-suffix'];
  return image;
}

function serverOf(raw: RawServer): ServerConfig {
  const server: ServerConfig = {
    ports: (raw.ports ?? []).map(String),
    env: asEnv(raw.env),
    volumes: raw.volumes ?? [],
    healthUrl: raw['health-url'] ?? 'http://localhost:8080/health',
    healthTimeoutSeconds: raw['health-timeout-seconds'] ?? 60,
  };
  if (raw['compose-file'] !== undefined) server.composeFile = raw['compose-file'];
  if (raw.service !== undefined) server.service = raw.service;
  return server;
}

/** Parses and validates a config file's text; `file` is only used in messages. */
export function parseConfig(text: string, file: string): Config {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    fail(
      file,
      doc.errors.map((e) => ({
        ...position(lc, e.pos[0]),
        message:
          e.code === 'RESOURCE_EXHAUSTION'
            ? `nested too deeply to read (a config needs fewer than ${MAX_CONFIG_DEPTH} levels)`
            : e.message.split('\n')[0]!,
      })),
    );
  }
  const deep = tooDeep(doc);
  if (deep) {
    fail(file, [
      {
        ...nodePosition(lc, deep),
        message: `nested more than ${MAX_CONFIG_DEPTH} levels deep: not a config`,
      },
    ]);
  }
  const value: unknown = toPlainData(doc, lc, file);
  if (value === null || value === undefined)
    fail(file, [{ line: 1, column: 1, message: 'the file is empty: expected a mapping with "suites"' }]);
  const errors = validate(value);
  if (errors.length > 0) fail(file, schemaProblems(doc, lc, errors));
  const raw = value as Raw;

  const at = (path: (string | number)[]) => nodePosition(lc, nodeAt(doc, path));
  const problems: Located[] = [];
  const names = new Map<string, number>();
  const suites = raw.suites.map((s, i): SuiteConfig => {
    const first = names.get(s.name);
    if (first !== undefined) {
      problems.push({
        ...at(['suites', i, 'name']),
        message: `suite name "${s.name}" is used twice (first at line ${at(['suites', first]).line})`,
      });
    } else {
      names.set(s.name, i);
    }
    const workers = s.workers ?? s.threads ?? 'auto';
    if (typeof workers === 'number' && s.cores !== undefined && workers > s.cores) {
      problems.push({
        ...at(['suites', i, s.workers !== undefined ? 'workers' : 'threads']),
        message: `suite "${s.name}" has ${workers} workers but a budget of ${s.cores} cores`,
      });
    }
    if (s.framework === 'command' && s.command === undefined) {
      problems.push({
        ...at(['suites', i]),
        message: `suite "${s.name}" (framework: command) needs "command"`,
      });
    }
    const suite: SuiteConfig = {
      name: s.name,
      framework: s.framework,
      workers,
      env: asEnv(s.env),
      timeoutMinutes: s['timeout-minutes'] ?? DEFAULT_TIMEOUT_MINUTES,
      retries: s.retries ?? 0,
      pythonImports: s['python-imports'] ?? [],
      results: s.results ?? defaultResults(s.name, s.framework),
      needsServer: s['needs-server'] ?? false,
      shards: s.shards ?? 'auto',
      targetMinutes: s['target-minutes'] ?? DEFAULT_TARGET_MINUTES,
      line: at(['suites', i]).line,
    };
    for (const key of ['path', 'project', 'python', 'markers', 'filter'] as const) {
      if (s[key] !== undefined) suite[key] = s[key];
    }
    // A list is the argv as written; a string is split on spaces, never handed to a shell.
    if (s.command !== undefined)
      suite.command = typeof s.command === 'string' ? s.command.trim().split(/\s+/) : s.command;
    if (s['test-timeout-seconds'] !== undefined) suite.testTimeoutSeconds = s['test-timeout-seconds'];
    if (s.cores !== undefined) suite.cores = s.cores;
    if (s['file-setup-seconds'] !== undefined) suite.fileSetupSeconds = s['file-setup-seconds'];
    return suite;
  });

  const host: HostConfig = { reserved: raw.host?.reserved ?? 1, spare: raw.host?.spare ?? 0 };
  if (raw.host?.cores !== undefined) {
    host.cores = raw.host.cores;
    const available = host.cores - host.reserved - host.spare;
    const asked = suites.reduce(
      (sum, s) => sum + (s.cores ?? (typeof s.workers === 'number' ? s.workers : 1)),
      0,
    );
    if (available < 1) {
      problems.push({
        ...at(['host', 'cores']),
        message: `host has ${host.cores} cores but reserves ${host.reserved} and spares ${host.spare}: none left for tests`,
      });
    } else if (asked > available) {
      problems.push({
        ...at(['host', 'cores']),
        message: `the suites ask for ${asked} cores but the host has ${available} to give (${host.cores} - ${host.reserved} reserved - ${host.spare} spare)`,
      });
    }
  }
  const workflow = readWorkflowSection(raw.workflow, suites, at);
  problems.push(...workflow.problems);
  if (problems.length > 0) fail(file, problems);

  const config: Config = {
    file,
    host,
    runners: raw.runners?.map((r) => ({
      labels: asLabels(r.labels),
      cores: r.cores,
      ...(r['memory-gb'] !== undefined ? { memoryGb: r['memory-gb'] } : {}),
    })) ?? [DEFAULT_RUNNER],
    suites,
  };
  if (raw.workflow) config.workflow = workflow.workflow;
  if (raw.image) config.image = imageOf(raw.image as RawImage);
  if (raw.server) config.server = serverOf(raw.server as RawServer);
  return config;
}
