import { describe, expect, it } from 'vitest';
import {
  artifactName,
  type JobRecord,
  parseJobRecord,
  stringifyJobRecord,
} from '../../src/results/job-record.js';

const record: JobRecord = {
  version: 1,
  suite: 'python',
  shard: 2,
  shards: 3,
  framework: 'pytest',
  workers: 5,
  cores: 5,
  cpus: '10-14',
  runner: 'host',
  start: '2026-12-01T10:00:00.000Z',
  end: '2026-12-01T10:02:00.000Z',
  exit: 1,
  command: ['/usr/bin/python3', '-m', 'pytest', '-n', '5'],
  results: ['junit.xml'],
};

describe('job record', () => {
  it('round-trips through its file text', () => {
    expect(parseJobRecord(stringifyJobRecord(record))).toEqual({ record });
  });

  it.each([
    ['{', /not JSON/],
    ['[]', /JSON object/],
    ['{"version":2}', /"version": 1/],
    [JSON.stringify({ ...record, shard: -1 }), /"shard"/],
    [JSON.stringify({ ...record, start: 'yesterday' }), /"start"/],
    [JSON.stringify({ ...record, exit: '1' }), /"exit"/],
    [JSON.stringify({ ...record, command: 'pytest -n 5' }), /"command"/],
  ])('refuses %s with the reason', (text, reason) => {
    const parsed = parseJobRecord(text);
    expect('error' in parsed && parsed.error).toMatch(reason);
  });

  it('names the artifact per job, with the attempt only above 1', () => {
    expect(artifactName(record)).toBe('parallel-tests-python-2-of-3');
    expect(artifactName(record, 2)).toBe('parallel-tests-python-2-of-3-attempt-2');
  });
});
