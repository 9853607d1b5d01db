import { defineConfig, type Options } from 'tsup';

/** `npm run build --silent` (as `npm start` runs it) builds without a word: npm passes its log level on. */
const silent = process.env['npm_config_loglevel'] === 'silent';

/**
 * The `dispatch-workorder` CLI (package.json `bin`): `dist/cli/index.js`, its worker thread and
 * their shared chunks, all in `dist/cli/`, ESM only. Never imported by the library entry, so the
 * library keeps `sideEffects: false`.
 */
export const cli: Options = {
  entry: { index: 'src/cli/index.ts', worker: 'src/cli/worker.ts' },
  outDir: 'dist/cli',
  format: ['esm'],
  silent,
  dts: false,
  clean: true, // dist/cli/ only; the library's clean leaves it alone
  sourcemap: true,
  target: 'node20',
  treeshake: true,
  // Shared chunks for the CLI and its worker; `--help` and `--version` load no more than they need.
  splitting: true,
};

export default defineConfig([{
  entry: {
    index: 'src/index.ts',
    timezone: 'src/time/timezone.ts', // the dispatch-workorder/timezone subpath
    // dispatch-workorder/testing and its type augmentations for vitest and jest
    'testing/index': 'src/testing/index.ts',
  },
  // dispatch-workorder/testing/vitest and /jest only augment the runners' types: there is no code to
  // bundle (tsup would warn of empty chunks), so scripts/build-testing-types.mjs writes their empty
  // modules and their declarations.
  dts: { entry: { index: 'src/index.ts', timezone: 'src/time/timezone.ts', 'testing/index': 'src/testing/index.ts' } },
  format: ['esm', 'cjs'],
  silent,
  clean: ['!cli/**'], // the CLI config below builds dist/cli/ in parallel
  sourcemap: true,
  target: 'node20',
  treeshake: true,
  splitting: false,
}, cli]);
