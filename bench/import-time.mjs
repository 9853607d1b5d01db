// `npm run bench:import` (also run at the end of `npm run bench`): how long loading the library
// takes, in fresh Node.js processes, as an integrator's service or CLI pays it at every start.
//
//   import('dispatch-workorder')   the ES module entry (target ≤ 100 ms);
//   import('zod')                  zod alone, the floor: the library's public schemas are zod
//                                  schemas, so it cannot load faster than zod;
//   require('dispatch-workorder')  the CommonJS entry, and require('zod') beside it.
//
// Each run starts a new process per case (cases interleaved, run after run, so that a burst of
// load hits them alike), which times only the import, from inside: wall-clock time (what a user
// waits) and CPU time of the process (user + system, all threads: what the import costs when no
// other process competes for the cores). The first run of each case is a warm-up (file system
// cache) and is not counted. The library is resolved as the package at --dist/.. resolves its own
// name, and zod from there, so another build is measured with its own dependencies.
//
//   npm run bench:import                       # 15 runs
//   npm run bench:import -- --runs 25
//   npm run bench:import -- --dist /path/to/dist --json import.json
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './stats.mjs';

const TARGET_MS = 100;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    dist: { type: 'string', default: fileURLToPath(new URL('../dist/', import.meta.url)) },
    json: { type: 'string' },
  },
});
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`bench:import: --runs must be a positive integer, got ${args.runs}`);
  process.exit(2);
}
const root = dirname(resolve(args.dist));

// Printed by the child: milliseconds of wall-clock and of CPU time spent in the import alone.
const timed = (load) =>
  `const t = performance.now(); const c = process.cpuUsage(); ${load}; const u = process.cpuUsage(c); ` +
  `console.log(JSON.stringify({ wall: performance.now() - t, cpu: (u.user + u.system) / 1000 }));`;
const CASES = [
  { name: 'esm', label: "import('dispatch-workorder')", args: ['--input-type=module', '-e', timed("await import('dispatch-workorder')")], target: TARGET_MS },
  { name: 'zod-esm', label: "import('zod')", args: ['--input-type=module', '-e', timed("await import('zod')")] },
  { name: 'cjs', label: "require('dispatch-workorder')", args: ['-e', timed("require('dispatch-workorder')")] },
  { name: 'zod-cjs', label: "require('zod')", args: ['-e', timed("require('zod')")] },
];

function once({ label, args: nodeArgs }) {
  const child = spawnSync(process.execPath, nodeArgs, { cwd: root, encoding: 'utf8' });
  if (child.status !== 0) {
    console.error(`bench:import: ${label} failed in ${root}:\n${child.stderr}`);
    process.exit(1);
  }
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

const loadBefore = loadavg();
for (const c of CASES) once(c);
const samples = Object.fromEntries(CASES.map((c) => [c.name, []]));
for (let run = 0; run < RUNS; run++) for (const c of CASES) samples[c.name].push(once(c));
const loadAfter = loadavg();

const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const results = CASES.map((c) => ({
  name: c.name,
  label: c.label,
  target: c.target,
  wall: stats(samples[c.name].map((s) => s.wall)),
  cpu: stats(samples[c.name].map((s) => s.cpu)),
}));

const fmt = ({ median: m, min, max }) => `${m.toFixed(0).padStart(5)} ms (${min.toFixed(0)}–${max.toFixed(0)})`;
const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
console.log(`import time of ${root}, ${RUNS} fresh processes per case (after one warm-up), Node ${process.version}`);
console.log(`load ${load(loadBefore)} before, ${load(loadAfter)} after; median (range)\n`);
const width = Math.max(...CASES.map((c) => c.label.length));
console.log(`${''.padEnd(width)}  ${'wall-clock'.padEnd(20)}  CPU time`);
for (const r of results) {
  const verdict = r.target === undefined ? '' : `  [≤ ${r.target} ms: ${r.wall.median <= r.target ? 'met' : 'missed'} (wall-clock), ${r.cpu.median <= r.target ? 'met' : 'missed'} (CPU)]`;
  console.log(`${r.label.padEnd(width)}  ${fmt(r.wall).padEnd(20)}  ${fmt(r.cpu)}${verdict}`);
}
if (args.json !== undefined) writeFileSync(args.json, `${JSON.stringify({ root, runs: RUNS, node: process.version, load: { before: loadBefore, after: loadAfter }, results }, null, 2)}\n`);
