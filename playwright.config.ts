import { defineConfig } from '@playwright/test';

/**
 * `npm run test:browser`: the playground page (docs/playground, built into docs/api/playground by
 * scripts/build-playground.mjs first) in a real Chromium, through Playwright. The browser is the
 * system's (Debian's `chromium` package; .ci/run installs it): Playwright's own download is not
 * used. Set CHROMIUM_PATH to use another Chromium or Chrome.
 */
export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  // Screenshots and failure traces; gitignored.
  outputDir: 'test-results/browser',
  fullyParallel: false,
  workers: 1, // one browser at a time on a shared 2-core machine
  forbidOnly: process.env['CI'] !== undefined,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      // Playwright adds --headless, --no-sandbox and a fresh --user-data-dir itself.
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
});
