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
    // What the player says after an answer waits on the learning system: it sends 0.6 s after the
    // change, and says "recorded" once confirmed. Vitest's default poll of 1 s leaves a busy
    // machine too little (a CI run once failed the cmi5 mastery-score test so).
    expect: { poll: { timeout: 5000 } },
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default', new SummaryLineReporter()],
  },
});
