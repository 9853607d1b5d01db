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
  // As in the library (below): the parts of libphonenumber-js the library uses are bundled in.
  noExternal: ['libphonenumber-js'],
  esbuildOptions(options) {
    options.legalComments = 'eof';
  },
};

export default defineConfig([{
  entry: {
    index: 'src/index.ts',
    timezone: 'src/time/timezone.ts', // the dispatch-workorder/timezone subpath
    // dispatch-workorder/testing and its type augmentations for vitest and jest
    'testing/index': 'src/testing/index.ts',
  },
  dts: { entry: { index: 'src/index.ts', timezone: 'src/time/timezone.ts', 'testing/index': 'src/testing/index.ts' } },
  format: ['esm', 'cjs'],
  // ky (the client's request loop) is ESM only: the CJS build bundles it, so that
  // `require('dispatch-workorder')` works; the ESM build imports it. Either way it is loaded with
  // the client's first request (a dynamic import), so an app that does not use the client never loads it.
  // The parts of libphonenumber-js the library uses (its parser core; the metadata is the library's
  // own cut, src/normalize/phone-metadata.json) are bundled into both builds: as installed, its
  // hundred-odd modules took Node as long to load as all the rest of the library (docs/benchmarks.md).
  noExternal: ['ky', 'libphonenumber-js'],
  esbuildOptions(options, { format }) {
    if (format === 'esm') options.external = [...(options.external ?? []), 'ky'];
    // The license notices (/*! comments in src/client/send.ts and src/normalize/phone.ts) go with
    // the code: ky's into the CJS build only.
    options.legalComments = 'eof';
  },
  silent,
  // The configs below build dist/cli/ and the testing type augmentations in parallel.
  clean: ['!cli/**', '!testing/vitest.*', '!testing/jest.*'],
  sourcemap: true,
  target: 'node20',
  treeshake: true,
  splitting: false,
}, {
  // dispatch-workorder/testing/vitest and /jest: modules that only augment the runners' `expect`
  // types, so their JavaScript is empty. Tree-shaking (Rollup) would warn "Generated an empty
  // chunk" for each; esbuild alone writes them quietly. Their declarations come from
  // scripts/build-testing-types.mjs.
  entry: { 'testing/vitest': 'src/testing/vitest.ts', 'testing/jest': 'src/testing/jest.ts' },
  format: ['esm', 'cjs'],
  silent,
  clean: false,
  sourcemap: true,
  target: 'node20',
  treeshake: false,
  splitting: false,
}, cli]);
