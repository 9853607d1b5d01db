// Writes src/normalize/phone-metadata.json: libphonenumber-js's "min" metadata cut down to the
// countries the Dispatch platform serves (the US and Canada). Run after upgrading
// libphonenumber-js: `npm run phone-metadata`. A test checks the file is up to date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const COUNTRIES = ['US', 'CA'];

/** Keeps only `countries` from a libphonenumber-js metadata object. */
export function restrictMetadata(metadata, countries = COUNTRIES) {
  const keep = new Set(countries);
  const country_calling_codes = {};
  for (const [code, list] of Object.entries(metadata.country_calling_codes)) {
    const kept = list.filter((c) => keep.has(c));
    if (kept.length > 0) country_calling_codes[code] = kept;
  }
  const out = { version: metadata.version, country_calling_codes, countries: {} };
  for (const c of countries) out.countries[c] = metadata.countries[c];
  return out;
}

const require = createRequire(import.meta.url);
export const target = fileURLToPath(new URL('../src/normalize/phone-metadata.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8'));
  writeFileSync(target, JSON.stringify(restrictMetadata(source)) + '\n');
  console.log(`wrote ${target}`);
}
