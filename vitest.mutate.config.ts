import { configDefaults, defineConfig } from 'vitest/config';
import ShortestFirstSequencer from './test/setup/shortest-first-sequencer';

// The suite `npm run mutate` (stryker.config.mjs) runs against each mutant of the core. It leaves out
// what cannot see a mutant or tests nothing in the core: the CLI (its tests run a bundle built
// before the run, as a child process), the API client and the mock Dispatch API, the testing kit's
// own tests, the bench's helpers, the docs' client workflow, and the package and published-tarball
// checks. No coverage, no thresholds, no CLI build; the fast-check seed is fixed, so a mutant is
// killed or not the same way on every run, and each property runs 100 cases instead of 300 (a
// surviving mutant runs every test that covers it, and the property files are the longest).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      'test/cli/**',
      'test/client/**',
      'test/testing/**',
      'test/bench/**',
      'test/docs/**',
      'test/package/**',
      'test/published/**',
      // It switches process.env.TZ, which a worker thread cannot: Stryker's vitest runner uses threads.
      'test/time/machine-time-zone.test.ts',
    ],
    setupFiles: ['test/setup/fast-check.ts'],
    sequence: { sequencer: ShortestFirstSequencer },
    env: { FC_SEED: process.env['FC_SEED'] ?? '20261127', FC_NUM_RUNS: process.env['FC_NUM_RUNS'] ?? '100' },
  },
});
