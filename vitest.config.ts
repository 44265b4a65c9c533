import { defineConfig } from 'vitest/config';
import { SummaryLineReporter } from './test/support/summary-reporter.js';

// Browser tests start Chromium per file; two workers match the two cores CI machines here have.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/fixtures/**', 'node_modules/**'],
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default', new SummaryLineReporter()],
  },
});
