// `npm run bench`: what the library costs per record, beside what the same work costs without it,
// measured in one run:
//
//   json              JSON parse + stringify of a Job Offer: the floor of any pipeline on JSON;
//   hand              the guide's attribute table written by hand (bench/hand-map.mjs), no checks;
//   ajv               an ajv-compiled check of the Work Orders against dist/work-order.schema.json;
//   pipeline          JSON parse + migrateJobOffer + stringify of the Work Order (the headline:
//                     target ≤ 3× json);
//   migrate           migrateJobOffer alone;
//   migrate+validate  migrateJobOffer, then validateWorkOrder on its result;
//   validate          validateWorkOrder on migrated Work Orders (target ≤ 3× ajv).
//
// Two corpora (bench/corpus.mjs), each measured in a process of its own:
//   non-repeating  the headline: no phone number is ever given to the library twice in the
//                  process (not across rounds, cases or warm-up), as in a batch of real customers.
//                  Records are generated in chunks outside the timed region; each pass of a
//                  library case reads a chunk of its own, and validate reads Work Orders migrated
//                  from fresh offers, never validated before. The floors read what the library
//                  read (ajv the Work Orders validate checked, json the texts of pipeline).
//   repeating      the same records pass after pass: after the first pass every phone spelling is
//                  in the library's phone memo (16,384 entries), so this shows the memo warm.
// and two variants of the built library (dist/), because integrators run it in these two ways:
//   installed  dist/index.js importing zod and libphonenumber-js from node_modules, as a Node.js
//              service or script without a bundler runs it;
//   bundled    dist/index.js and its dependencies in one file (what esbuild, webpack or Vite emit
//              for an application), built here once with tsup.
// The floors are measured again in every process, so each ratio comes from one process. Times are
// CPU time of the process (user + system), not wall-clock time, so that waiting for a core another
// process holds is not counted. Cases run interleaved, round after round, so that a burst of load on
// a shared machine hits every case alike; each figure is the median of the rounds, the spread the
// slowest round over the fastest. Import time (bench/import-time.mjs) is measured last.
//
//   npm run bench                                  # all of it: 4 processes, then import time
//   npm run bench -- --rounds 3 --min-ms 150       # quicker, noisier
//   npm run bench -- --variant installed --corpus non-repeating --only json,pipeline
//   npm run bench -- --dist /path/to/dist          # another build, e.g. before and after a change
//   npm run bench -- --json run1.json              # results as JSON; bench/summarize.mjs tabulates runs
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/run.mjs --skip-import \
//     --variant installed --corpus non-repeating --only pipeline   # then bench/profile-summary.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { jobOfferStream } from './corpus.mjs';
import { handMap } from './hand-map.mjs';
import { median } from './stats.mjs';

const CASES = ['json', 'hand', 'ajv', 'pipeline', 'migrate', 'migrate+validate', 'validate'];
const VARIANTS = ['installed', 'bundled'];
const CORPORA = ['non-repeating', 'repeating'];

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '2000' },
    chunk: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '7' },
    'min-ms': { type: 'string', default: '250' },
    seed: { type: 'string', default: '20170101' },
    only: { type: 'string' },
    variant: { type: 'string', default: 'both' },
    corpus: { type: 'string', default: 'both' },
    dist: { type: 'string', default: fileURLToPath(new URL('../dist/', import.meta.url)) },
    json: { type: 'string' },
    'skip-import': { type: 'boolean', default: false },
    'import-runs': { type: 'string', default: '15' },
    // Internal, set by the parent process for each measuring child.
    module: { type: 'string' },
    result: { type: 'string' },
  },
});

function usage(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}
const integer = (name) => {
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n < 1) usage(`--${name} must be a positive integer, got ${args[name]}`);
  return n;
};
const RECORDS = integer('records');
const CHUNK = integer('chunk');
const ROUNDS = integer('rounds');
const MIN_MS = integer('min-ms');
const SEED = integer('seed');
const only = args.only?.split(',');
const unknownCase = only?.find((name) => !CASES.includes(name));
if (unknownCase !== undefined) usage(`no case named "${unknownCase}"; the cases are ${CASES.join(', ')}`);
const pick = (name, known) => {
  if (args[name] === 'both') return known;
  if (!known.includes(args[name])) usage(`--${name} must be ${known.join(', ')} or both, got ${args[name]}`);
  return [args[name]];
};
const variants = pick('variant', VARIANTS);
const corpora = pick('corpus', CORPORA);
const dist = resolve(args.dist);

/** The parent: builds the bundle, runs one child per variant and corpus, then the import times. */
async function orchestrate() {
  const scratch = mkdtempSync(join(tmpdir(), 'dispatch-workorder-bench-'));
  const cleanups = [() => rmSync(scratch, { recursive: true, force: true })];
  process.on('exit', () => cleanups.forEach((clean) => clean()));
  process.on('SIGINT', () => process.exit(130)); // so that the cleanups run
  const pass = process.argv.slice(2).filter((arg, i, all) => !['--variant', '--corpus', '--json'].some((o) => arg === o || all[i - 1] === o || arg.startsWith(`${o}=`)));
  const results = [];
  for (const variant of variants) {
    const module = variant === 'installed' ? join(dist, 'index.js') : bundle(cleanups);
    for (const corpus of corpora) {
      const result = join(scratch, `${variant}-${corpus}.json`);
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...pass, '--variant', variant, '--corpus', corpus, '--module', module, '--result', result], {
        stdio: 'inherit',
      });
      if (child.status !== 0) process.exit(child.status ?? 1);
      results.push(JSON.parse(readFileSync(result, 'utf8')));
      console.log('');
    }
  }
  if (results.length > 1) printSummary(results);

  let imports;
  if (!args['skip-import']) {
    const file = join(scratch, 'import.json');
    const child = spawnSync(process.execPath, [fileURLToPath(new URL('import-time.mjs', import.meta.url)), '--dist', dist, '--runs', args['import-runs'], '--json', file], { stdio: 'inherit' });
    if (child.status !== 0) process.exit(child.status ?? 1);
    imports = JSON.parse(readFileSync(file, 'utf8'));
  }
  if (args.json !== undefined) writeFileSync(args.json, `${JSON.stringify({ dist, results, imports }, null, 2)}\n`);
}

/**
 * dist/index.js and its dependencies in one file, built by tsup in a child process (loading tsup's
 * esbuild and rollup into a measuring process slows the measured code down by half). Under
 * node_modules, so that nothing here is taken for project files; removed at exit.
 */
function bundle(cleanups) {
  const outDir = join(dist, '..', 'node_modules', '.cache', 'dispatch-workorder-bench', String(process.pid));
  const options = { entry: { index: join(dist, 'index.js') }, outDir, format: ['esm'], platform: 'node', target: 'node20', splitting: false, sourcemap: false, dts: false, silent: true, config: false };
  const script = `const { build } = await import('tsup'); await build({ ...${JSON.stringify(options)}, noExternal: [/.*/] });`;
  const built = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  if (built.status !== 0) process.exit(built.status ?? 1);
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  cleanups.push(() => rmSync(outDir, { recursive: true, force: true }));
  return join(outDir, 'index.js');
}

/** The ratios each process reports: [key, label, numerator case, denominator case, target]. */
const RATIOS = [
  ['pipeline/json', 'parse + migrateJobOffer + stringify / JSON round trip', 'pipeline', 'json', 3],
  ['validate/ajv', 'validateWorkOrder / ajv', 'validate', 'ajv', 3],
  ['migrate/json', 'migrateJobOffer / JSON round trip', 'migrate', 'json'],
  ['migrate+validate/json', 'migrateJobOffer + validateWorkOrder / JSON round trip', 'migrate+validate', 'json'],
  ['migrate/hand', 'migrateJobOffer / hand-written mapping', 'migrate', 'hand'],
];
const verdict = (value, target) => (target === undefined ? '' : value <= target ? `[≤ ${target}×: met]` : `[≤ ${target}×: missed]`);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** One child: one variant of the library on one corpus. */
async function measureOne(modulePath, variant, corpus) {
  const { migrateJobOffer, validateWorkOrder } = await import(pathToFileURL(modulePath).href);
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const ajvValidate = ajv.compile(JSON.parse(readFileSync(join(dist, 'work-order.schema.json'), 'utf8')));
  const loadBefore = load();

  // A record the bench cannot use stops it: every record of the corpus must migrate and validate.
  const fail = (what, input, issues) => {
    console.error(`bench: ${what}:`, JSON.stringify(input), '\n', JSON.stringify(issues, null, 2));
    process.exit(1);
  };
  const migrated = (offer) => {
    const result = migrateJobOffer(offer);
    return result.success ? result.workOrder : fail('a corpus record does not migrate', offer, result.issues);
  };

  // What each case reads: Job Offer text, parsed Job Offers, or migrated Work Orders. The
  // repeating corpus is one set of records given pass after pass. On the non-repeating one, every
  // pass of a library case is a new chunk of the stream (made before its timing starts), and a
  // floor reads what the library case reading the same kind of input read in its latest
  // measurement (its phones mean nothing to JSON, ajv or the hand map): the JSON round trip the
  // texts of the parse + migrate + stringify case, ajv the Work Orders validateWorkOrder checked.
  const stream = jobOfferStream(SEED, RECORDS);
  const repeating = corpus === 'repeating';
  const fresh = { texts: () => stream.texts(CHUNK), offers: () => stream.offers(CHUNK), workOrders: () => stream.offers(CHUNK).map(migrated) };
  const latest = {};
  if (repeating) {
    const texts = stream.texts(RECORDS);
    const offers = texts.map((t) => JSON.parse(t));
    Object.assign(latest, { texts: [texts], offers: [offers], workOrders: [offers.map(migrated)] });
  } else {
    for (const kind of Object.keys(fresh)) latest[kind] = [fresh[kind]()];
  }
  const LATEST_CHUNKS = 8; // the floors' set: the latest chunks, at most this many

  const all = [
    { name: 'json', label: 'JSON parse + stringify (Job Offer)', floor: true, input: 'texts', run: (t) => JSON.stringify(JSON.parse(t)).length },
    { name: 'hand', label: 'hand-written mapping (bench/hand-map.mjs)', floor: true, input: 'offers', run: (o) => handMap(o).contacts.length },
    { name: 'ajv', label: 'ajv-compiled JSON Schema check', floor: true, input: 'workOrders', run: (w) => (ajvValidate(w) ? 1 : fail('ajv rejects a Work Order', w, ajvValidate.errors)) },
    {
      name: 'pipeline',
      label: 'JSON parse + migrateJobOffer + stringify',
      input: 'texts',
      run: (t) => {
        const r = migrateJobOffer(JSON.parse(t));
        return r.success ? JSON.stringify(r.workOrder).length : fail('a corpus record does not migrate', t, r.issues);
      },
    },
    {
      name: 'migrate',
      label: 'migrateJobOffer',
      input: 'offers',
      run: (o) => {
        const r = migrateJobOffer(o);
        return r.success ? r.issues.length : fail('a corpus record does not migrate', o, r.issues);
      },
    },
    {
      name: 'migrate+validate',
      label: 'migrateJobOffer, then validateWorkOrder',
      input: 'offers',
      run: (o) => {
        const r = migrateJobOffer(o);
        return r.success ? validateWorkOrder(r.workOrder).issues.length : fail('a corpus record does not migrate', o, r.issues);
      },
    },
    {
      name: 'validate',
      label: 'validateWorkOrder',
      input: 'workOrders',
      run: (w) => {
        const r = validateWorkOrder(w);
        return r.success ? r.issues.length : fail('a migrated Work Order does not validate', w, r.issues);
      },
    },
  ];
  const cases = all.filter((c) => only === undefined || only.includes(c.name));

  // Each case does one record's work; `sink` keeps results alive so none is optimized away.
  let sink = 0;
  /**
   * Nanoseconds of CPU time per record: timed passes over inputs until MIN_MS of CPU time have gone
   * by. A library case on the non-repeating corpus takes a fresh chunk for every pass; everything
   * else passes over the set it reads again.
   */
  function measure({ input, floor, run }) {
    const chunks = repeating || floor ? latest[input] : [];
    let micros = 0;
    let records = 0;
    for (let pass = 0; micros < MIN_MS * 1000; pass++) {
      let inputs;
      if (chunks === latest[input]) inputs = chunks[pass % chunks.length];
      else chunks.push((inputs = fresh[input]()));
      const start = process.cpuUsage();
      for (let i = 0; i < inputs.length; i++) sink += run(inputs[i]);
      const used = process.cpuUsage(start);
      micros += used.user + used.system;
      records += inputs.length;
    }
    if (chunks !== latest[input]) latest[input] = chunks.slice(-LATEST_CHUNKS);
    return (micros * 1000) / records;
  }

  // Warm up every case (JIT tiers, zod's compiled parsers), then the measured rounds.
  for (const c of cases) measure(c);
  const samples = Object.fromEntries(cases.map((c) => [c.name, []]));
  for (let round = 0; round < ROUNDS; round++) for (const c of cases) samples[c.name].push(measure(c));

  const perRecord = Object.fromEntries(cases.map((c) => [c.name, median(samples[c.name])]));
  const ratios = RATIOS.filter(([, , a, b]) => a in perRecord && b in perRecord).map(([key, label, a, b, target]) => {
    const rounds = samples[a].map((x, i) => x / samples[b][i]);
    return { key, label, value: perRecord[a] / perRecord[b], min: Math.min(...rounds), max: Math.max(...rounds), target };
  });
  const loadAfter = load();

  const heading = corpus === 'repeating' ? `repeating corpus (the same ${RECORDS} records every pass)` : `non-repeating corpus (${stream.phones.toLocaleString('en-US')} phone numbers, none given twice)`;
  console.log(`dispatch-workorder bench, library ${variant}, ${heading}`);
  console.log(`${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load ${loadBefore} before, ${loadAfter} after`);
  console.log(`CPU time per record, median of ${ROUNDS} rounds (each ≥ ${MIN_MS} ms of CPU time); spread = slowest / fastest round\n`);
  const width = Math.max(...cases.map((c) => c.label.length));
  for (const c of cases) {
    const s = samples[c.name];
    const ns = perRecord[c.name];
    console.log(
      `${c.label.padEnd(width)}  ${(ns / 1000).toFixed(2).padStart(8)} µs/record  ${Math.round(1e9 / ns).toLocaleString('en-US').padStart(10)} records/s  spread ${(Math.max(...s) / Math.min(...s)).toFixed(2)}`,
    );
  }
  if (ratios.length > 0) {
    console.log('\nratios of the medians (range of the per-round ratios), target in brackets');
    const labelWidth = Math.max(...ratios.map((r) => r.label.length));
    for (const r of ratios) console.log(`${r.label.padEnd(labelWidth)} ${r.value.toFixed(2).padStart(7)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})  ${verdict(r.value, r.target)}`);
  }
  if (sink === 42) console.log(''); // keeps `sink` observable

  const result = { variant, corpus, node: process.version, cpu: cpus()[0]?.model.trim(), load: { before: loadBefore, after: loadAfter }, rounds: ROUNDS, minMs: MIN_MS, records: RECORDS, chunk: CHUNK, phones: stream.phones, cases: Object.fromEntries(cases.map((c) => [c.name, { label: c.label, median: perRecord[c.name], samples: samples[c.name] }])), ratios };
  if (args.result !== undefined) writeFileSync(args.result, JSON.stringify(result));
}

/** The ratios with a target, per variant and corpus, in one table. */
function printSummary(results) {
  const columns = results.map((r) => `${r.variant}, ${r.corpus}`);
  const rows = RATIOS.filter(([, , , , target]) => target !== undefined);
  const labelWidth = Math.max(...rows.map(([, label]) => label.length));
  const cell = (ratio) => (ratio === undefined ? '–' : `${ratio.value.toFixed(2)}× ${ratio.value <= ratio.target ? 'met' : 'missed'}`);
  const widths = columns.map((c) => Math.max(c.length, 13));
  console.log('summary: targets (≤ 3×) per variant and corpus; the headline is the non-repeating corpus');
  console.log(`${''.padEnd(labelWidth)}  ${columns.map((c, i) => c.padStart(widths[i])).join('  ')}`);
  for (const [key, label] of rows) {
    console.log(`${label.padEnd(labelWidth)}  ${results.map((r, i) => cell(r.ratios.find((x) => x.key === key)).padStart(widths[i])).join('  ')}`);
  }
  console.log('');
}

if (args.module === undefined) await orchestrate();
else await measureOne(args.module, variants[0], corpora[0]);
