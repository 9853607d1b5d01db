// Times migrateJobOffer and validateWorkOrder on adversarial strings in every string field, to show
// that no regular expression backtracks catastrophically. A script, not a timed test: it prints the
// slowest calls and exits 1 only past a budget far above normal (a backtracking regex takes
// seconds to hours on these inputs, a linear one well under a millisecond).
//   npm run build && node scripts/adversarial-timing.mjs [length]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { migrateJobOffer, validateWorkOrder } from '../dist/index.js';

const n = Number(process.argv[2] ?? 50_000);
const BUDGET_MS = 250;

const ADVERSARIAL = {
  'letters then !': 'a'.repeat(n) + '!',
  digits: '1'.repeat(n),
  'digits then x': '1'.repeat(n) + 'x',
  'spaces then x': ' '.repeat(n) + 'x',
  'at signs': '@'.repeat(n),
  'email-like labels': 'a@' + 'a.'.repeat(n / 2) + '!',
  'email-like local part': 'a.'.repeat(n / 2) + '@',
  'dashed labels': 'a@' + 'a-'.repeat(n / 2) + '.',
  'timestamp prefix': '2017-01-01T' + '0'.repeat(n),
  'timestamp with long fraction': '2017-01-01T05:00:00.' + '1'.repeat(n) + 'Q',
  'plus and digits': '+' + '1'.repeat(n),
  'tel with separators': 'tel:+1' + '-1'.repeat(n / 2),
  'zone-like segments': 'A/'.repeat(n / 2),
  'zone-like name': 'America/' + 'a'.repeat(n),
  'postal-like': '0'.repeat(n) + '-',
  'canadian-like': 'K1A '.repeat(n / 4),
  'unicode combining': 'e\u0301'.repeat(n / 2),
};

const guide = (name) => JSON.parse(readFileSync(new URL(`../fixtures/pairs/guide-example.${name}.json`, import.meta.url), 'utf8'));

function stringPaths(value, path = []) {
  if (typeof value === 'string') return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, Array.isArray(value) ? Number(k) : k]));
}

function setAt(root, path, value) {
  const copy = structuredClone(root);
  let target = copy;
  for (const segment of path.slice(0, -1)) target = target[segment];
  target[path.at(-1)] = value;
  return copy;
}

const rows = [];
for (const [call, fn, base] of [
  ['migrateJobOffer', migrateJobOffer, guide('job-offer')],
  ['validateWorkOrder', validateWorkOrder, guide('work-order')],
]) {
  for (const path of stringPaths(base)) {
    for (const [name, text] of Object.entries(ADVERSARIAL)) {
      const input = setAt(base, path, text);
      // Best of three, so that a garbage collection or a busy neighbour does not count.
      let ms = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        fn(input);
        ms = Math.min(ms, performance.now() - start);
      }
      rows.push({ call, field: path.join('.'), input: name, ms });
    }
  }
}

rows.sort((a, b) => b.ms - a.ms);
const total = rows.reduce((sum, r) => sum + r.ms, 0);
console.log(`${rows.length} calls with ${n}-character adversarial strings; total ${total.toFixed(0)} ms, median ${rows[Math.floor(rows.length / 2)].ms.toFixed(2)} ms`);
console.log('slowest:');
for (const r of rows.slice(0, 8)) console.log(`  ${r.ms.toFixed(2).padStart(8)} ms  ${r.call} ${r.field} ← ${r.input}`);
const over = rows.filter((r) => r.ms > BUDGET_MS);
if (over.length > 0) {
  console.error(`${over.length} call(s) over the ${BUDGET_MS} ms budget: a regular expression may backtrack`);
  process.exit(1);
}
console.log(`all under the ${BUDGET_MS} ms budget`);
