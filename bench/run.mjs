// `npm run bench`: per-record cost of migrateJobOffer and validateWorkOrder on a seeded corpus of
// realistic Job Offers, beside two floors measured in the same run (a JSON parse + stringify round
// trip, and a hand-written mapping with no checks) and an ajv-compiled JSON Schema check of the
// same Work Orders as the peer of validateWorkOrder.
//
// The built library (dist/) is measured twice, because the two ways integrators run it differ:
//   installed  dist/index.js importing zod, libphonenumber-js and date-fns-tz from node_modules,
//              as a Node.js service or script without a bundler runs it;
//   bundled    dist/index.js and its dependencies in one file (what esbuild, webpack or Vite emit
//              for an application), built here with tsup.
// zod 4 is published as many small modules; unbundled, V8 inlines less across them, and the same
// parse costs about twice as much. See docs/benchmarks.md.
//
//   npm run bench                          # 2000 records, 7 rounds, median of the rounds
//   npm run bench -- --records 500 --rounds 3
//   npm run bench -- --only migrate        # one case, e.g. under `node --cpu-prof bench/run.mjs`
//   npm run bench -- --variant installed   # one variant: installed or bundled (default both)
//   npm run bench -- --dist /path/to/dist  # another build, e.g. to compare before and after a change
//
// Each variant runs in a process of its own (two copies of the library in one process slow each
// other down), with the floors measured again beside it, so that its ratios come from one process.
// Times are CPU time of the process (user + system), not wall-clock time, so that waiting for a
// core another process holds is not counted. Cases run interleaved, round after round, so that a
// burst of load on a shared machine hits every case alike; each figure is the median of the rounds.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { jobOffers } from './corpus.mjs';
import { handMap } from './hand-map.mjs';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '7' },
    seed: { type: 'string', default: '20170101' },
    only: { type: 'string' },
    variant: { type: 'string', default: 'both' },
    'min-ms': { type: 'string', default: '250' },
    dist: { type: 'string', default: new URL('../dist/', import.meta.url).pathname },
  },
});
const RECORDS = Number(args.records);
const ROUNDS = Number(args.rounds);
const MIN_MS = Number(args['min-ms']);
if (!['both', 'installed', 'bundled'].includes(args.variant)) {
  console.error(`bench: --variant must be installed, bundled or both, got ${args.variant}`);
  process.exit(2);
}

// Both variants: run this script once for each, one after the other.
if (args.variant === 'both') {
  const rest = process.argv.slice(2).filter((arg, i, all) => arg !== '--variant' && all[i - 1] !== '--variant' && !arg.startsWith('--variant='));
  for (const variant of ['installed', 'bundled']) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], ...rest, '--variant', variant], { stdio: 'inherit' });
    if (child.status !== 0) process.exit(child.status ?? 1);
    if (variant === 'installed') console.log('');
  }
  process.exit(0);
}

// The library, as installed or as bundled.
const dist = resolve(args.dist);
const variants = [];
if (args.variant === 'installed') variants.push({ name: 'installed', module: await import(pathToFileURL(join(dist, 'index.js')).href) });
if (args.variant === 'bundled') {
  // Built by tsup in a child process: loading tsup (esbuild, rollup, …) into this process slows
  // the measured code down by half. Under node_modules, so that nothing here is taken for project
  // files; removed afterwards.
  const outDir = join(dist, '..', 'node_modules', '.cache', 'dispatch-workorder-bench', String(process.pid));
  const options = { entry: { index: join(dist, 'index.js') }, outDir, format: ['esm'], platform: 'node', target: 'node20', noExternal: ['*'], splitting: false, sourcemap: false, dts: false, silent: true, config: false };
  const script = `const { build } = await import('tsup'); const o = ${JSON.stringify(options)}; await build({ ...o, noExternal: [/.*/] });`;
  const built = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit', cwd: new URL('..', import.meta.url).pathname });
  if (built.status !== 0) process.exit(built.status ?? 1);
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
  variants.push({ name: 'bundled', module: await import(pathToFileURL(join(outDir, 'index.js')).href) });
}

// The corpus, and what each case reads: Job Offer text for the round trip, parsed Job Offers for
// the mappings, and the migrated Work Orders for the validators.
const { migrateJobOffer, validateWorkOrder } = variants[0].module;
const offers = jobOffers(RECORDS, Number(args.seed));
const offerTexts = offers.map((o) => JSON.stringify(o));
const migrated = offers.map((o) => migrateJobOffer(o));
const failed = migrated.findIndex((r) => !r.success);
if (failed !== -1) {
  console.error(`bench: corpus record ${failed} does not migrate:`, JSON.stringify(migrated[failed].issues, null, 2));
  process.exit(1);
}
const workOrders = migrated.map((r) => r.workOrder);
const workOrderTexts = workOrders.map((w) => JSON.stringify(w));

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const ajvValidate = ajv.compile(JSON.parse(readFileSync(join(dist, 'work-order.schema.json'), 'utf8')));
const rejected = workOrders.findIndex((w) => !ajvValidate(w));
if (rejected !== -1) {
  console.error(`bench: ajv rejects Work Order ${rejected}:`, ajvValidate.errors);
  process.exit(1);
}
for (const { name, module } of variants) {
  const bad = workOrders.findIndex((w) => !module.validateWorkOrder(w).success);
  if (bad !== -1) {
    console.error(`bench: Work Order ${bad} does not validate (${name}):`, module.validateWorkOrder(workOrders[bad]).issues);
    process.exit(1);
  }
}

// Each case does one record's work; `sink` keeps results alive so none is optimized away.
let sink = 0;
const floors = [
  { name: 'json', label: 'JSON parse + stringify (Job Offer)', inputs: offerTexts, run: (t) => JSON.stringify(JSON.parse(t)).length },
  { name: 'json-wo', label: 'JSON parse + stringify (Work Order)', inputs: workOrderTexts, run: (t) => JSON.stringify(JSON.parse(t)).length },
  { name: 'hand', label: 'hand-written mapping, no checks', inputs: offers, run: (o) => handMap(o).contacts.length },
  { name: 'ajv', label: 'ajv-compiled JSON Schema check', inputs: workOrders, run: (w) => (ajvValidate(w) ? 1 : 0) },
];
const library = variants.flatMap(({ name: variant, module }) => [
  { name: 'migrate', variant, label: 'migrateJobOffer', inputs: offers, run: (o) => module.migrateJobOffer(o).issues.length },
  {
    name: 'migrate+validate',
    variant,
    label: 'migrateJobOffer, then validateWorkOrder',
    inputs: offers,
    run: (o) => {
      const r = module.migrateJobOffer(o);
      return r.success ? module.validateWorkOrder(r.workOrder).issues.length : 0;
    },
  },
  { name: 'validate', variant, label: 'validateWorkOrder', inputs: workOrders, run: (w) => module.validateWorkOrder(w).issues.length },
]);
const cases = [...floors, ...library].filter((c) => args.only === undefined || c.name === args.only);
if (cases.length === 0) {
  console.error(`bench: no case named "${args.only}"`);
  process.exit(2);
}
const keyOf = (c) => (c.variant === undefined ? c.name : `${c.variant}:${c.name}`);

/**
 * Nanoseconds of CPU time per record: whole passes over the inputs until at least MIN_MS of CPU
 * time have gone by.
 */
function measure({ inputs, run }) {
  let passes = 0;
  const start = process.cpuUsage();
  let micros = 0;
  do {
    for (let i = 0; i < inputs.length; i++) sink += run(inputs[i]);
    passes++;
    const used = process.cpuUsage(start);
    micros = used.user + used.system;
  } while (micros < MIN_MS * 1000);
  return (micros * 1000) / (passes * inputs.length);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// Warm up every case (JIT tiers, caches, zod's compiled parsers), then the measured rounds.
for (const c of cases) measure(c);
const samples = new Map(cases.map((c) => [keyOf(c), []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) samples.get(keyOf(c)).push(measure(c));
}
const ns = new Map([...samples].map(([key, s]) => [key, median(s)]));

const bytes = (texts) => Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
console.log(`dispatch-workorder bench, library ${variants[0].name}: ${RECORDS} Job Offers (seed ${args.seed}, mean ${bytes(offerTexts)} B as JSON; Work Orders mean ${bytes(workOrderTexts)} B)`);
console.log(`${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`CPU time per record, median of ${ROUNDS} rounds (each ≥ ${MIN_MS} ms of CPU time); spread = slowest / fastest round\n`);
const labelOf = (c) => (c.variant === undefined ? c.label : `${c.label} (${c.variant})`);
const width = Math.max(...cases.map((c) => labelOf(c).length));
for (const c of cases) {
  const s = samples.get(keyOf(c));
  const perRecord = ns.get(keyOf(c));
  console.log(
    `${labelOf(c).padEnd(width)}  ${(perRecord / 1000).toFixed(2).padStart(8)} µs/record  ${Math.round(1e9 / perRecord).toLocaleString('en-US').padStart(10)} records/s  spread ${(Math.max(...s) / Math.min(...s)).toFixed(2)}`,
  );
}

const ratio = (a, b) => (ns.has(a) && ns.has(b) ? ns.get(a) / ns.get(b) : undefined);
const lines = variants.flatMap(({ name: v }) => [
  [`migrateJobOffer / JSON round trip (${v})`, ratio(`${v}:migrate`, 'json'), 3],
  [`migrateJobOffer + validateWorkOrder / JSON round trip (${v})`, ratio(`${v}:migrate+validate`, 'json'), 3],
  [`validateWorkOrder / ajv (${v})`, ratio(`${v}:validate`, 'ajv'), 3],
  [`migrateJobOffer / hand-written mapping (${v})`, ratio(`${v}:migrate`, 'hand')],
  [`validateWorkOrder / JSON round trip of the Work Order (${v})`, ratio(`${v}:validate`, 'json-wo')],
]).filter(([, value]) => value !== undefined);
if (lines.length > 0) console.log('\nratios (target in brackets)');
const labelWidth = Math.max(0, ...lines.map(([label]) => label.length));
for (const [label, value, target] of lines) {
  const verdict = target === undefined ? '' : value <= target ? `  [≤ ${target}×: met]` : `  [≤ ${target}×: missed]`;
  console.log(`${label.padEnd(labelWidth)} ${value.toFixed(2).padStart(7)}×${verdict}`);
}
if (sink === 42) console.log(''); // keeps `sink` observable
