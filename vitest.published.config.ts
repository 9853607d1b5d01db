import { defineConfig } from 'vitest/config';

/**
 * `npm run test:published`: the published package's types, through the TypeScript language service
 * of a temporary project that installs the packed tarball (test/published). Needs a fresh
 * `npm run build`; .ci/run runs it after the build.
 */
export default defineConfig({
  test: {
    include: ['test/published/**/*.test.ts'],
    globalSetup: ['test/setup/temp-dir.ts'],
    testTimeout: 60_000,
  },
});
