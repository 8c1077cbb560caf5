import { defineConfig } from 'vitest/config';

// Benchmarks run on demand (`npm run perf`), not in the test suite: they print figures.
export default defineConfig({
  test: {
    include: ['perf/**/*.perf.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
