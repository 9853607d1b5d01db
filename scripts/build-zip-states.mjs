// Writes src/normalize/zip-prefix-states.json: the states (and territories, and military and
// freely associated addresses) whose ZIP codes start with each three-digit prefix, as USPS assigns
// them, from the ZIP database of the `zipcodes` package (a dev dependency), in runs of consecutive
// prefixes that share their states: `[["010", "027", ["MA"]], …]`. Run after upgrading it:
// `npm run zip-states`. A test checks the file is up to date.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Runs of consecutive ZIP prefixes with the same states, from `{ zip: { state } }` records. */
export function zipPrefixStates(codes) {
  const byPrefix = new Map();
  for (const [zip, { state }] of Object.entries(codes)) {
    if (!/^\d{5}$/.test(zip)) continue; // Canadian forward sortation areas are in the same database
    const prefix = zip.slice(0, 3);
    if (!byPrefix.has(prefix)) byPrefix.set(prefix, new Set());
    byPrefix.get(prefix).add(state);
  }
  const runs = [];
  for (const prefix of [...byPrefix.keys()].sort()) {
    const states = [...byPrefix.get(prefix)].sort();
    const last = runs.at(-1);
    const next = String(Number(last?.[1]) + 1).padStart(3, '0');
    if (last !== undefined && last[1] !== undefined && next === prefix && last[2].join() === states.join()) last[1] = prefix;
    else runs.push([prefix, prefix, states]);
  }
  return runs;
}

export const target = fileURLToPath(new URL('../src/normalize/zip-prefix-states.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = zipPrefixStates(require('zipcodes').codes);
  writeFileSync(target, `[\n${runs.map((run) => JSON.stringify(run)).join(',\n')}\n]\n`);
  console.log(`wrote ${target}: ${runs.length} runs`);
}
