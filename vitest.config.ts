import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores here and on CI: more workers only add start-up time.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
