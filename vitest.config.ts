import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The published package's types need a fresh build: `npm run test:published` (vitest.published.config.ts).
    exclude: [...configDefaults.exclude, 'test/published/**'],
    setupFiles: ['test/setup/fast-check.ts'],
    // Builds the CLI once per run (tests run it as a child process): `npm test` works on a clean clone.
    globalSetup: ['test/setup/temp-dir.ts', 'test/cli/global-setup.ts'],
    // `npm test` runs with --coverage, so these thresholds gate every run of it (README, "Tests").
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The CLI's entry shims: they only hand process.argv, signals and a worker thread to code that
      // is tested in-process.
      exclude: ['src/cli/index.ts', 'src/cli/worker.ts'],
      reporter: [['text', { skipFull: true }], 'text-summary'],
      // A folder per run: runs started at the same time in one checkout do not share temporary files.
      reportsDirectory: `coverage/${process.pid}`,
      // A point or so below what the suite reaches (README, "Tests"), so timing cannot fail a run.
      thresholds: { lines: 98.5, branches: 96, functions: 98, statements: 98 },
    },
  },
});
