import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
    // Builds the CLI once per run (tests run it as a child process): `npm test` works on a clean clone.
    globalSetup: ['test/cli/global-setup.ts'],
  },
});
