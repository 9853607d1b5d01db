import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { postalCodeRegions, PROVINCES_BY_LETTER } from '../../src/normalize/postal-regions';
// @ts-expect-error: a plain .mjs build script without types
import { target, zipPrefixStates } from '../../scripts/build-zip-states.mjs';

const require = createRequire(import.meta.url);
const { codes } = require('zipcodes') as { codes: Record<string, { state: string }> };

test('the committed ZIP prefix table is the installed ZIP database, summarized (npm run zip-states)', () => {
  expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(zipPrefixStates(codes));
});

test('every ZIP code of the database is a code of its own state', () => {
  let checked = 0;
  for (const [zip, { state }] of Object.entries(codes)) {
    if (!/^\d{5}$/.test(zip)) continue;
    expect(postalCodeRegions(zip), zip).toContain(state);
    checked++;
  }
  expect(checked).toBeGreaterThan(40_000);
});

test("the first letters of Canadian postal codes name the provinces the database gives their areas", () => {
  const PROVINCE: Record<string, string> = {
    Alberta: 'AB', 'British Columbia': 'BC', Manitoba: 'MB', 'New Brunswick': 'NB', 'Newfoundland and Labrador': 'NL', 'Nova Scotia': 'NS',
    'Northwest Territory': 'NT', 'Nunavut Territory': 'NU', Ontario: 'ON', 'Prince Edward Island': 'PE', Quebec: 'QC', Saskatchewan: 'SK', Yukon: 'YT',
  };
  const seen = new Map<string, Set<string>>();
  for (const [fsa, { state }] of Object.entries(codes)) {
    const code = PROVINCE[state];
    if (/^\d/.test(fsa) || code === undefined) continue; // a few areas are named by county instead
    seen.set(fsa[0]!, (seen.get(fsa[0]!) ?? new Set()).add(code));
  }
  expect(Object.fromEntries([...seen].map(([letter, provinces]) => [letter, [...provinces].sort()]))).toEqual(PROVINCES_BY_LETTER);
});

test.each([
  ['02115', ['MA']],
  ['90210', ['CA']],
  ['00601', ['PR']],
  ['00802', ['VI']],
  ['96910', ['FM', 'GU', 'MH', 'MP', 'PW']],
  ['20500', ['DC', 'MD', 'VA']],
  ['00000', undefined],
  ['K1A0B1', ['ON']],
  ['V5K0A1', ['BC']],
  ['X0A0H0', ['NT', 'NU']],
])('%s is a postal code of %j', (code, regions) => {
  expect(postalCodeRegions(code)).toEqual(regions);
});
