// `npm run bench:time`: what the time options of migrateJobOffer add per record, on the guide's
// example Job Offer (its phone numbers repeat from call to call, so the library's phone memo is
// warm and the differences stand out), measured on the build in dist/ (`npm run bench:time` builds
// first). Cases, each a migrateJobOffer call:
//
//   default      no time option;
//   now+infer    `now` and `inferTimezone` (the time zone inferred from the ZIP code and checked);
//   local-times  `localTimes: 'location'`, the four window times written without an offset.
//
// Times are CPU time of the process (user + system). The cases run interleaved, round after round
// (a warm-up round first), so a burst of load on a shared machine hits them alike; each figure is
// the median of the rounds, with the range of the rounds beside it. Prints a Markdown table headed
// by the command, the date, Node.js and the load average, ready for docs/time.md.
//
//   npm run bench:time                      # 7 rounds of 20,000 calls per case
//   npm run bench:time -- --rounds 3 --calls 5000
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    calls: { type: 'string', default: '20000' },
  },
});
const rounds = Number(args.rounds);
const calls = Number(args.calls);
if (!(rounds >= 1 && calls >= 1)) throw new TypeError('--rounds and --calls take positive numbers');

const { migrateJobOffer } = await import('../dist/index.js');
const { inferTimezone } = await import('../dist/timezone.js');
const guide = JSON.parse(readFileSync(new URL('../fixtures/pairs/guide-example.job-offer.json', import.meta.url), 'utf8'));
// The same offer with its windows as wall-clock times in the location's zone.
const local = structuredClone(guide);
local.job.address.timezone = 'America/New_York';
local.appointment.window_start_time = ['2017-01-01T00:00:00', '2017-01-01T06:00:00'];
local.appointment.window_end_time = ['2017-01-01T02:00:00', '2017-01-01T08:00:00'];

const CASES = {
  default: () => migrateJobOffer(guide),
  'now+infer': () => migrateJobOffer(guide, { now: '2016-12-31T00:00:00Z', inferTimezone }),
  'local-times': () => migrateJobOffer(local, { localTimes: 'location' }),
};
for (const [name, run] of Object.entries(CASES)) {
  if (!run().success) throw new Error(`bench:time: the case ${name} does not migrate`);
}

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const samples = new Map(Object.keys(CASES).map((name) => [name, []]));
const loads = [];
for (let round = 0; round <= rounds; round += 1) {
  loads.push(loadavg()[0]);
  for (const [name, run] of Object.entries(CASES)) {
    const start = cpu();
    for (let i = 0; i < calls; i += 1) run();
    // Round 0 warms up (JIT tiers, the phone memo, the zones' formatters).
    if (round > 0) samples.get(name).push((cpu() - start) / calls);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (us) => us.toFixed(1);
const base = median(samples.get('default'));
console.log(
  `\`npm run bench:time -- --rounds ${rounds} --calls ${calls}\`, ${new Date().toISOString().slice(0, 10)}, Node.js ${process.version}, ` +
    `${availableParallelism()} cores, load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}:\n`,
);
console.log('| Options | µs of CPU per record: median (range of the rounds) | Added to the default |');
console.log('| --- | ---: | ---: |');
const LABELS = { default: 'none', 'now+infer': '`now` and `inferTimezone`', 'local-times': "`localTimes: 'location'`, four wall-clock times" };
for (const [name, values] of samples) {
  const m = median(values);
  console.log(`| ${LABELS[name]} | ${fmt(m)} (${fmt(Math.min(...values))}–${fmt(Math.max(...values))}) | ${name === 'default' ? '' : `${fmt(m - base)}`} |`);
}
