/**
 * The job record (DESIGN.md, Contracts): every `run` of one suite shard writes
 * `parallel-tests-job.json` beside its result files, also when it wrote no result file. `aggregate`
 * reads the records it finds next to the result files to build the timeline and the parallel
 * figures. Pure: text in, a record or a reason out.
 */

export const JOB_RECORD_FILE = 'parallel-tests-job.json';
export const JOB_RECORD_VERSION = 1;

export interface JobRecord {
  version: typeof JOB_RECORD_VERSION;
  suite: string;
  /** 1-based. */
  shard: number;
  shards: number;
  framework: string;
  workers: number;
  /** Cores the job was given. */
  cores: number;
  /** The CPU list it was pinned to locally (taskset form, e.g. "2-7"), when it was. */
  cpus?: string;
  /** Where it ran: the runner's name on GitHub, the host name locally. */
  runner: string;
  /** ISO 8601 times. */
  start: string;
  end: string;
  /** The runner's exit code; null when it was killed by a signal or never started. */
  exit: number | null;
  /** The argv that ran, program first. */
  command: string[];
  /** Result files, relative to the record's folder. */
  results: string[];
  /** CPU seconds the job's processes used (user + system), when measured. */
  cpuSeconds?: number;
  /** Why the job did not produce results (crash, timeout, runner missing), when that happened. */
  error?: string;
}

/** A record as `aggregate` found it: the file it came from and how many of its result files are there. */
export interface FoundJob {
  /** The record file, as reports show paths (relative to the working directory). */
  path: string;
  record: JobRecord;
  /** Of `record.results`, the files that exist. */
  present: number;
}

/** The artifact a job uploads (DESIGN.md): one per job, the run attempt added when it is above 1. */
export function artifactName(record: Pick<JobRecord, 'suite' | 'shard' | 'shards'>, attempt = 1): string {
  const base = `parallel-tests-${record.suite}-${record.shard}-of-${record.shards}`;
  return attempt > 1 ? `${base}-attempt-${attempt}` : base;
}

export function stringifyJobRecord(record: JobRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

function isIso(value: unknown): value is string {
  return typeof value === 'string' && Number.isFinite(Date.parse(value));
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** A record from its file's text, or the reason it is not one (the caller names the file). */
export function parseJobRecord(text: string): { record: JobRecord } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { error: `not JSON: ${(err as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: 'expected a JSON object' };
  const r = value as Record<string, unknown>;
  if (r.version !== JOB_RECORD_VERSION) return { error: `expected "version": ${JOB_RECORD_VERSION}` };
  const problems: string[] = [];
  if (typeof r.suite !== 'string' || r.suite === '') problems.push('"suite" (a name)');
  for (const key of ['shard', 'shards', 'workers', 'cores'] as const)
    if (!isCount(r[key])) problems.push(`"${key}" (a whole number)`);
  if (typeof r.framework !== 'string') problems.push('"framework" (a string)');
  if (typeof r.runner !== 'string') problems.push('"runner" (a string)');
  for (const key of ['start', 'end'] as const) if (!isIso(r[key])) problems.push(`"${key}" (an ISO time)`);
  if (!(r.exit === null || (typeof r.exit === 'number' && Number.isInteger(r.exit))))
    problems.push('"exit" (a whole number or null)');
  if (!Array.isArray(r.command) || !r.command.every((a) => typeof a === 'string'))
    problems.push('"command" (a list of strings)');
  if (!Array.isArray(r.results) || !r.results.every((a) => typeof a === 'string'))
    problems.push('"results" (a list of paths)');
  if (r.cpus !== undefined && typeof r.cpus !== 'string') problems.push('"cpus" (a string)');
  if (r.error !== undefined && typeof r.error !== 'string') problems.push('"error" (a string)');
  if (r.cpuSeconds !== undefined && !(typeof r.cpuSeconds === 'number' && r.cpuSeconds >= 0))
    problems.push('"cpuSeconds" (seconds)');
  if (problems.length > 0) return { error: `expected ${problems.join(', ')}` };
  return { record: value as JobRecord };
}
