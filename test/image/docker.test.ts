import { describe, expect, it } from 'vitest';
import { buildCommand, KEY_LABEL } from '../../src/image/docker.js';

const spec = {
  tag: 'honua:test-cached',
  dockerfile: '/r/docker/Dockerfile.test-cached',
  context: '/r/examples/honua',
  buildArgs: { Z: '1', BASE_IMAGE: 'parallel-tests/python-base:offline' },
  key: 'parallel-tests-image-v1-honua-abc',
};

describe('docker build command lines', () => {
  it.each([
    [
      'classic builder (this machine)',
      'classic' as const,
      {},
      [
        'build',
        '--file',
        spec.dockerfile,
        '--tag',
        spec.tag,
        '--label',
        `${KEY_LABEL}=${spec.key}`,
        '--build-arg',
        'BASE_IMAGE=parallel-tests/python-base:offline',
        '--build-arg',
        'Z=1',
        spec.context,
      ],
    ],
    [
      'buildx (GitHub runners) loads the result into the engine',
      'buildx' as const,
      { target: 'test', platform: 'linux/amd64' },
      [
        'buildx',
        'build',
        '--load',
        '--file',
        spec.dockerfile,
        '--tag',
        spec.tag,
        '--label',
        `${KEY_LABEL}=${spec.key}`,
        '--build-arg',
        'BASE_IMAGE=parallel-tests/python-base:offline',
        '--build-arg',
        'Z=1',
        '--target',
        'test',
        '--platform',
        'linux/amd64',
        spec.context,
      ],
    ],
  ])('%s', (_, builder, extra, args) => {
    expect(buildCommand({ ...spec, ...extra }, builder)).toEqual(args);
  });
});
