// Measures what hostile payloads cost one call of migrateJobOffer or validateWorkOrder: memory held
// by the library's caches after long phone numbers, and time, issues and issue bytes for an
// unknown-key flood. A script, not a timed test (figures vary with the machine); it prints the
// figures docs/reliability.md quotes and exits 1 past budgets far above them.
//   npm run build && node --expose-gc scripts/hostile-input.mjs
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { migrateJobOffer, validateWorkOrder } from '../dist/index.js';

if (typeof globalThis.gc !== 'function') {
  console.error('run with node --expose-gc (npm run check:hostile does)');
  process.exit(2);
}
const guide = (name) => JSON.parse(readFileSync(new URL(`../fixtures/pairs/guide-example.${name}.json`, import.meta.url), 'utf8'));
const MB = 1024 * 1024;
const heapAfterGc = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const failures = [];
const budget = (what, value, limit, unit = '') => {
  const figure = (n) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(1)) + (unit === '' ? '' : ` ${unit}`);
  console.log(`  ${what}: ${figure(value)} (budget ${figure(limit)})`);
  if (value > limit) failures.push(what);
};

// 1. Long distinct phone numbers: nothing longer than a real number is remembered.
{
  const offer = guide('job-offer');
  const base = heapAfterGc();
  const optionPairs = [{}, { phoneFormat: 'RFC3966' }, { defaultCountry: 'CA' }, { phoneFormat: 'RFC3966', defaultCountry: 'CA' }];
  const count = 16_384;
  const length = 65_536;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    // Built per call and dropped after it: only what the library keeps survives the GC below.
    const phone = `+1617${String(i).padStart(7, '0')}${'0'.repeat(length - 12)}`;
    const input = { ...offer, customer: { ...offer.customer, phone_numbers: [{ ...offer.customer.phone_numbers[0], number: phone }] } };
    migrateJobOffer(input, optionPairs[i % optionPairs.length]);
  }
  const ms = performance.now() - start;
  console.log(`${count.toLocaleString('en-US')} distinct ${length.toLocaleString('en-US')}-character phone numbers, 4 option pairs, migrateJobOffer (${(ms / 1000).toFixed(1)} s):`);
  budget('heap held after GC', (heapAfterGc() - base) / MB, 32, 'MB');
}

// 1b. The same through validateWorkOrder, whose phones are Work Order contact methods.
{
  const order = guide('work-order');
  const base = heapAfterGc();
  const count = 8_000;
  const length = 65_536;
  for (let i = 0; i < count; i++) {
    const phone = `+1617${String(i).padStart(7, '0')}${'0'.repeat(length - 12)}`;
    const contacts = order.contacts.map((contact, c) => (c === 0 ? { ...contact, contact_methods: [{ method: 'phone', type: 'mobile', value: phone }] } : contact));
    validateWorkOrder({ ...order, contacts });
  }
  console.log(`${count.toLocaleString('en-US')} distinct ${length.toLocaleString('en-US')}-character phone numbers, validateWorkOrder:`);
  budget('heap held after GC', (heapAfterGc() - base) / MB, 32, 'MB');
}

// 2. Unknown-key floods: issues capped per call, cost proportional to the size. One object with
// 199,500 keys is over the per-object limit (one too_large); the same number of keys spread over
// 1,050 objects, each under the limit, is what the per-call cap of unknown-key issues is for.
const key = (i) => `unknown_${String(i).padStart(56, '0')}`;
const withKeys = (object, from, n) => {
  const copy = { ...object };
  for (let i = from; i < from + n; i++) copy[key(i)] = 1;
  return copy;
};
const order = guide('work-order');
const method = order.contacts[0].contact_methods[0];
let next = 0;
const take = (n) => ((next += n), next - n);
const spread = {
  ...order,
  contacts: Array.from({ length: 50 }, (_, c) => ({
    ...withKeys({ ...order.contacts[0], primary: c === 0 }, take(180), 180),
    contact_methods: Array.from({ length: 20 }, () => withKeys({ ...method, preferred: false }, take(180), 180)),
  })),
};
for (const [what, flood] of [
  ['one object with 199,500 unknown 64-character keys', withKeys(order, 0, 199_500)],
  [`${next.toLocaleString('en-US')} unknown 64-character keys spread over 1,050 objects of 180`, spread],
]) {
  const bytes = JSON.stringify(flood).length;
  let best = Infinity;
  let result;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    result = validateWorkOrder(flood);
    best = Math.min(best, performance.now() - start);
  }
  const issueBytes = JSON.stringify(result.issues).length;
  const counts = new Map();
  for (const issue of result.issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  const codes = [...counts].map(([code, n]) => `${code} ×${n}`);
  console.log(`A ${(bytes / MB).toFixed(1)} MB Work Order, ${what}, validateWorkOrder (best of 3):`);
  budget('time', best, 1000, 'ms');
  budget('issues returned', result.issues.length, 200);
  budget('issue bytes', issueBytes / 1024, 256, 'KiB');
  console.log(`  codes: ${codes.join(', ')}`);
}

if (failures.length > 0) {
  console.error(`over budget: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('all within budget');
