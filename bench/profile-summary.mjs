// Summarizes a `node --cpu-prof` profile: self time by function and by file (or package), and
// inclusive time by function, so the hot spots of `npm run bench` can be read without a browser.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/run.mjs --skip-import \
//     --variant installed --corpus non-repeating --only pipeline
//   node bench/profile-summary.mjs /tmp/prof/*.cpuprofile             # the largest profile: the measuring child
//   node bench/profile-summary.mjs FILE.cpuprofile --top 40 --under 'run bench/run.mjs'
//
// --under FUNCTION keeps only the samples with that function on their stack, named as this summary
// names functions (`name file:line`, or a prefix of it): `run bench/run.mjs` is the body of the
// measured cases, so the import, the corpus generation and ajv's compilation drop out. Garbage collection has no stack: its samples are counted apart, as a share of
// all samples, and left out of the percentages.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args, positionals: files } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, under: { type: 'string' } },
});
if (files.length === 0) {
  console.error('usage: node bench/profile-summary.mjs FILE.cpuprofile… [--top N] [--under FUNCTION]');
  process.exit(2);
}
// Several files (a glob over the profile directory): the largest is the measuring child's.
const file = files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
const top = Number(args.top);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);

function where(url) {
  if (url === '') return '(native)';
  if (url.includes('/dist/')) return url.replace(/^.*\/dist\//, 'dist/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg !== null) return pkg[1];
  return url.replace(/^.*\/(dist|bench|src)\//, '$1/');
}
const nameOf = ({ callFrame }) => `${callFrame.functionName || '(anonymous)'} ${where(callFrame.url)}:${callFrame.lineNumber + 1}`;
const stackOf = (id) => {
  const stack = [];
  for (let at = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at));
  return stack;
};

const selfMicros = new Map();
let all = 0;
let gc = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  const micros = profile.timeDeltas[i] ?? 0;
  all += micros;
  if (byId.get(id).callFrame.functionName === '(garbage collector)') gc += micros;
  else if (args.under === undefined || stackOf(id).some((n) => nameOf(n).startsWith(args.under))) selfMicros.set(id, (selfMicros.get(id) ?? 0) + micros);
}
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

const byFunction = new Map();
const byFile = new Map();
const inclusive = new Map(); // each sample counts once for every distinct function on its stack
for (const [id, micros] of selfMicros) {
  const node = byId.get(id);
  byFunction.set(nameOf(node), (byFunction.get(nameOf(node)) ?? 0) + micros);
  const place = where(node.callFrame.url);
  byFile.set(place, (byFile.get(place) ?? 0) + micros);
  for (const name of new Set(stackOf(id).map(nameOf))) inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
}
const show = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`);
};
console.log(`${file}: ${(all / 1000).toFixed(0)} ms sampled, garbage collection ${((100 * gc) / all).toFixed(1)}% of it`);
console.log(`${args.under === undefined ? 'all other samples' : `samples under ${args.under}`}: ${(total / 1000).toFixed(0)} ms, the 100% below`);
show('self time by file or package', byFile, 12);
show('self time by function', byFunction, top);
show('inclusive time by function', inclusive, top);
