// `node bench/cli-throughput.mjs`: throughput (records/s) and peak memory of `dispatch-workorder
// migrate` on a large NDJSON file of realistic Job Offers, beside the plain loop an integrator
// would write without it (read a line → JSON.parse → JSON.stringify → write), and that loop with
// `migrateJobOffer` in it (the library's own cost, one thread). Measures the built CLI (dist/cli/):
// run `npm run build` first.
//
//   node bench/cli-throughput.mjs                      # 1M records, generated once under /tmp
//   node bench/cli-throughput.mjs --records 100000 --rounds 3   # prints a Markdown table for docs/cli.md
//   node bench/cli-throughput.mjs --only cli-jobs-1
//
// Each case runs in its own child process, writing to a file under /tmp; peak RSS is the child's
// `process.resourceUsage().maxRSS`. Cases run interleaved, round after round, so a burst of load
// from another process hits them alike; each figure is the median of the rounds. The load average
// is printed: on a shared machine, compare ratios rather than absolute figures.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '1' },
    file: { type: 'string' },
    only: { type: 'string' },
    case: { type: 'string' }, // internal: run one loop case in this process
    input: { type: 'string' },
    output: { type: 'string' },
  },
});

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'index.js');
/** Preloaded into every child: prints its peak RSS (KiB) and CPU time (µs, all threads) on stderr as it exits. */
const PRELOAD = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('max-rss-kb: '+u.maxRSS+' cpu-us: '+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

if (args.case !== undefined) {
  await runLoop(args.case, args.input, args.output);
} else {
  await main();
}

/** The plain loops, run inside a child: line by line, with backpressure, in input order. */
async function runLoop(name, input, output) {
  const migrate = name === 'loop-migrate' ? (await import(join(root, 'dist', 'index.js'))).migrateJobOffer : undefined;
  const out = createWriteStream(output);
  const lines = createInterface({ input: createReadStream(input), crlfDelay: Infinity });
  let buffer = '';
  for await (const line of lines) {
    if (line === '') continue;
    const value = JSON.parse(line);
    if (migrate === undefined) {
      buffer += `${JSON.stringify(value)}\n`;
    } else {
      const result = migrate(value);
      if (result.success) buffer += `${JSON.stringify(result.workOrder)}\n`;
    }
    if (buffer.length >= 65536) {
      if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
      buffer = '';
    }
  }
  out.end(buffer);
  await new Promise((resolve) => out.once('finish', resolve));
}

async function main() {
  const records = Number(args.records);
  const rounds = Number(args.rounds);
  const file = args.file ?? join(tmpdir(), `dispatch-workorder-bench-${records}-distinct-phones.ndjson`);
  if (!existsSync(file)) await generate(file, records);
  const size = statSync(file).size;
  const output = join(tmpdir(), `dispatch-workorder-bench-out-${process.pid}.ndjson`);
  const cases = {
    'plain-loop': ['node', [PRELOAD_ARG(), fileURLToPath(import.meta.url), '--case', 'plain-loop', '--input', file, '--output', output]],
    'loop-migrate': ['node', [PRELOAD_ARG(), fileURLToPath(import.meta.url), '--case', 'loop-migrate', '--input', file, '--output', output]],
    'cli-jobs-1': ['node', [PRELOAD_ARG(), cli, 'migrate', file, '--out', output, '--quiet', '--jobs', '1']],
    'cli-jobs-2': ['node', [PRELOAD_ARG(), cli, 'migrate', file, '--out', output, '--quiet', '--jobs', '2']],
  };
  const names = Object.keys(cases).filter((name) => args.only === undefined || args.only.split(',').includes(name));
  console.log(`${new Date().toISOString().slice(0, 10)}: ${records} records, ${(size / 2 ** 20).toFixed(0)} MB (${file}); node ${process.version}, ${availableParallelism()} cores; ${rounds} round(s)`);
  const results = new Map(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const name of names) {
      const [command, argv] = cases[name];
      const load = loadavg()[0];
      const run = await time(command === 'node' ? process.execPath : command, argv);
      results.get(name).push({ ...run, load });
      console.log(`  round ${round + 1} ${name.padEnd(13)} ${run.seconds.toFixed(1)} s, CPU ${run.cpuSeconds.toFixed(1)} s, peak RSS ${run.rssMb.toFixed(0)} MB, exit ${run.code}, load ${load.toFixed(1)}`);
    }
  }
  rmSync(output, { force: true });
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const range = (values, digits = 0) => {
    const [low, high] = [Math.min(...values), Math.max(...values)].map((v) => v.toFixed(digits));
    return low === high ? low : `${low}–${high}`;
  };
  const loads = [...results.values()].flat().map((r) => r.load);
  console.log(`\n\`node bench/cli-throughput.mjs --records ${records} --rounds ${rounds}\`, ${new Date().toISOString().slice(0, 10)}, Node.js ${process.version}, ${availableParallelism()} cores, load average ${range(loads, 1)}; median (range of the rounds):\n`);
  console.log('| Case | Records/s (wall clock) | CPU µs per record (all threads) | Peak RSS |\n| --- | ---: | ---: | ---: |');
  for (const [name, runs] of results) {
    const rate = runs.map((r) => records / r.seconds);
    const cpu = runs.map((r) => (r.cpuSeconds * 1e6) / records);
    console.log(`| ${name} | ${Math.round(median(rate))} (${range(rate)}) | ${median(cpu).toFixed(0)} (${range(cpu)}) | ${range(runs.map((r) => r.rssMb))} MB |`);
  }
}

function PRELOAD_ARG() {
  return `--import=${PRELOAD}`;
}

/** Runs a child to completion: wall time, exit code and its peak RSS. */
function time(command, argv) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let tail = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (tail = (tail + chunk).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const usage = /max-rss-kb: (\d+) cpu-us: (\d+)/.exec(tail);
      if (usage === null) reject(new Error(`no resource usage from ${argv.join(' ')}: ${tail}`));
      else resolve({ seconds, code, rssMb: Number(usage[1]) / 1024, cpuSeconds: Number(usage[2]) / 1e6 });
    });
  });
}

/** Writes `count` realistic Job Offers as NDJSON: the bench corpus, in which no phone number repeats. */
async function generate(file, count) {
  const { jobOfferStream } = await import('./corpus.mjs');
  const stream = jobOfferStream();
  const out = createWriteStream(file);
  for (let written = 0; written < count; written += 1000) {
    const buffer = `${stream.texts(Math.min(1000, count - written)).join('\n')}\n`;
    if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
  }
  out.end();
  await new Promise((resolve) => out.once('finish', resolve));
  console.log(`generated ${file}`);
}
