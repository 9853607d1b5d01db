import fc from 'fast-check';

// Property runs: a fixed seed in CI so a run is reproducible; locally a fresh seed each run (the
// seed is printed on failure). Run thousands locally with `FC_NUM_RUNS=5000 npm test`.
const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 300);
const seed = process.env['FC_SEED'] !== undefined ? Number(process.env['FC_SEED']) : process.env['CI'] ? 20261127 : undefined;
fc.configureGlobal({ numRuns, ...(seed === undefined ? {} : { seed }) });
