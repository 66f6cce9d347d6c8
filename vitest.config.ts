import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores here and on CI: more workers only add start-up time.
    maxWorkers: 2,
    testTimeout: 60_000,
    // The console keeps the default reporter; JUnit goes to a file that .ci/run reads with our
    // own aggregate (dogfooding: the project's tests reported by the product).
    reporters: ['default', 'junit'],
    outputFile: { junit: '.parallel-tests/vitest-junit.xml' },
  },
});
