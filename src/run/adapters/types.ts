/**
 * What a framework adapter takes and returns (pure): one suite shard with its workers and cores
 * in, the programs to run (argv and environment as data) and where their results land out.
 */
import type { SuiteConfig } from '../../config/config.js';
import type { Selection } from '../selection.js';

/** What the environment probe found (a shell step); adapters only read it. */
export interface Tools {
  /** The interpreter chosen for a pytest suite and what it imports. */
  python?: PythonTools;
  /** `dotnet --version`, when the SDK is there. */
  dotnet?: string;
  /** gotestsum's path, when it is on PATH. */
  gotestsum?: boolean;
}

export interface PythonTools {
  interpreter: string;
  /** Versions, when the module imports. */
  pytest?: string;
  xdist?: string;
  timeout?: string;
  /** Modules the suite asked for (python-imports) that do not import. */
  missing: readonly string[];
}

export interface ShardInput {
  suite: SuiteConfig;
  /** 1-based. */
  shard: number;
  shards: number;
  /** From the allocation (locally) or the matrix entry; 'auto' lets the runner pick. */
  workers: number | 'auto';
  /** Cores the shard was given. */
  cores: number;
  /** Where the suite starts: the config file's folder. Absolute. */
  baseDir: string;
  /** The shard's own folder for results, logs and the record. Absolute. */
  resultsDir: string;
  /** The plan's selection file for this shard (absolute) and its contents, when there is one. */
  selection?: { file: string; selection: Selection };
  /** The folder holding parallel_tests_select.py. */
  pluginDir: string;
  /** PYTHONPATH as the environment has it, kept after the plugin's folder. */
  pythonPath?: string;
  tools: Tools;
}

/** A retry: only these tests (ids in the framework's form), results in files of their own. */
export interface RetryInput {
  /** 2 for the first retry. */
  attempt: number;
  tests: string[];
}

/** One program to run. */
export interface Invocation {
  command: string;
  args: string[];
  /** Added to the inherited environment (the suite's env included). */
  env: Record<string, string>;
  cwd: string;
  /** Result files it writes (absolute paths) or globs of them (patterns, when it names its own). */
  results: string[];
  /** An exit code that means "no test was selected": a warning, not a failure (pytest 5). */
  emptyExit?: number;
}

export interface AdapterOutput {
  invocations: Invocation[];
  /** Files to write before the first invocation (a retry's selection), path -> text. */
  files: { path: string; text: string }[];
  warnings: string[];
}

/** Why a shard cannot run here: the tool, interpreter or module that is missing. */
export class ToolMissing extends Error {
  override readonly name = 'ToolMissing';
}
