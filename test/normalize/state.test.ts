import { expect, test } from 'vitest';
import { normalizeState } from '../../src/normalize/state';

test.each([
  ['MA', 'MA', 'US'],
  ['ma', 'MA', 'US'],
  [' tx ', 'TX', 'US'],
  ['DC', 'DC', 'US'],
  ['PR', 'PR', 'US'],
  ['GU', 'GU', 'US'],
  ['on', 'ON', 'CA'],
  ['QC', 'QC', 'CA'],
  ['NU', 'NU', 'CA'],
])('%j → %s (%s)', (input, value, country) => {
  expect(normalizeState(input)).toEqual({ ok: true, value, country });
});

test.each(['ZZ', 'Massachusetts', 'M', '', 'XX'])('%j is not a state', (input) => {
  expect(normalizeState(input)).toEqual({ ok: false, message: expect.stringContaining('two-letter code') });
});

test('a state written out in full is told to use its code, not that it is no state', () => {
  expect(normalizeState('Massachusetts')).toEqual({ ok: false, message: '"Massachusetts" is not the two-letter code of a US state or Canadian province: write the code, e.g. "MA" or "ON".' });
});

// Every code, each with its country: the lists are data, and a code lost or moved is a behaviour change.
const US_CODES =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI';
const CANADA_CODES = 'AB BC MB NB NL NS NT NU ON PE QC SK YT';

test.each([
  ...US_CODES.split(' ').map((code) => [code, 'US'] as const),
  ...CANADA_CODES.split(' ').map((code) => [code, 'CA'] as const),
])('%s is a code of %s', (code, country) => {
  expect(normalizeState(code.toLowerCase())).toEqual({ ok: true, value: code, country });
});

test('the lists hold 56 US and 13 Canadian codes', () => {
  expect([US_CODES.split(' ').length, CANADA_CODES.split(' ').length]).toEqual([56, 13]);
});
