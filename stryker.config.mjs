// @ts-check
// `npm run mutate`: mutation testing of the core (docs/reliability.md, "Mutation testing").
//
//   npm run mutate                                   every core folder (hours on 2 cores)
//   MUTATE=rules npm run mutate                      one folder (minutes); MUTATE=rules,time for two
//   npm run mutate -- --mutate 'src/rules/run-rules.ts'   any glob of Stryker's own
//
// Each scope keeps its own incremental file (reports/mutation/<scope>.incremental.json), so a
// rerun only tests the mutants whose code or tests changed since that scope last ran.

/** The core: the layers below the API client, the CLI and the testing kit (.dependency-cruiser.cjs). */
const CORE = ['_lib', 'issues', 'normalize', 'time', 'schemas', 'rules', 'validate', 'migrate', 'requests'];

const folders = (process.env['MUTATE'] ?? '').split(',').map((f) => f.trim()).filter(Boolean);
const unknown = folders.filter((f) => !CORE.includes(f));
if (unknown.length > 0) throw new Error(`MUTATE=${process.env['MUTATE']}: ${unknown.join(', ')} is not a core folder (${CORE.join(', ')}).`);

// A `--mutate <glob>` on the command line replaces `mutate` below; it gets an incremental file of its own.
const flag = process.argv.findIndex((arg) => arg === '--mutate' || arg === '-m');
const glob = flag === -1 ? undefined : process.argv[flag + 1];
const scope = glob !== undefined ? glob.replace(/[^\w.-]+/g, '_') : folders.length > 0 ? folders.join('+') : 'core';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: (folders.length > 0 ? folders : CORE).map((folder) => `src/${folder}/**/*.ts`),
  ignorePatterns: ['dist', 'coverage', 'docs/api', 'reports', '*.tgz'],
  incremental: true,
  incrementalFile: `reports/mutation/${scope}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 95, low: 90, break: 90 },
  // Vitest strips types without checking them: no `// @ts-nocheck` needed (a test compares
  // src/validate/types.generated.ts with what the schemas render, byte for byte).
  disableTypeChecks: false,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

export default config;
