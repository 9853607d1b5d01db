import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// `npm start` (the README's quick start) runs `npm run build --silent` before the CLI: the build
// must print nothing, so the quick start shows the Work Order and its issues, not the build. npm
// passes `--silent` on as npm_config_loglevel=silent; tsup.config.ts reads it.

describe('the quick start build', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('is silent under npm --silent, and bundles no declaration-only module (no "empty chunk" warnings)', async () => {
    vi.stubEnv('npm_config_loglevel', 'silent');
    vi.resetModules();
    const { build } = await import('tsup');
    const { default: configs } = (await import('../../tsup.config')) as { default: import('tsup').Options[] };
    const printed: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
    const outDir = mkdtempSync(join(tmpdir(), 'dwo-quiet-build-'));
    try {
      expect(configs.map((config) => config.silent)).toEqual([true, true]);
      const [library] = configs;
      await build({ ...library, outDir, dts: false, sourcemap: false, clean: false, config: false, format: ['esm'] });
      expect(printed).toEqual([]);
      expect(readdirSync(join(outDir, 'testing')).sort()).toEqual(['index.js']);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
