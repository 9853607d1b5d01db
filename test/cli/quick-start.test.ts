import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Options } from 'tsup';
import { afterEach, describe, expect, it, vi } from 'vitest';

// `npm start` (the README's quick start) runs `npm run build --silent` before the CLI: the build
// must print nothing, so the quick start shows the Work Order and its issues, not the build. npm
// passes `--silent` on as npm_config_loglevel=silent; tsup.config.ts reads it.

/** tsup.config.ts as loaded with this npm log level, and what building its library configs printed. */
async function buildLibrary(loglevel: string | undefined): Promise<{ configs: Options[]; printed: string[]; testing: string[] }> {
  vi.stubEnv('npm_config_loglevel', loglevel);
  vi.resetModules();
  const { build } = await import('tsup');
  const { default: configs } = (await import('../../tsup.config')) as { default: Options[] };
  const printed: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  const outDir = mkdtempSync(join(tmpdir(), 'dwo-quiet-build-'));
  try {
    // The library's configs (the CLI's is built by global-setup), ESM only, into a folder of its own.
    for (const config of configs.filter((c) => c.outDir === undefined)) {
      await build({ ...config, outDir, format: ['esm'], dts: false, sourcemap: false, clean: false, config: false });
    }
    return { configs, printed, testing: readdirSync(join(outDir, 'testing')).sort() };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('the quick start build', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('is silent under npm --silent', async () => {
    const { configs, printed, testing } = await buildLibrary('silent');
    expect(configs.map((config) => config.silent)).toEqual([true, true, true]);
    expect(printed).toEqual([]);
    expect(testing).toEqual(['index.js', 'jest.js', 'vitest.js']);
  }, 60_000);

  it('warns of no empty chunk when it is not silent (the type-only modules are not tree-shaken)', async () => {
    const { configs, printed } = await buildLibrary(undefined);
    expect(configs.map((config) => config.silent)).toEqual([false, false, false]);
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.filter((text) => /empty chunk/i.test(text))).toEqual([]);
  }, 60_000);
});
