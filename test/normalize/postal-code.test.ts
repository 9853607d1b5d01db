import { expect, test } from 'vitest';
import { normalizePostalCode } from '../../src/normalize/postal-code';

test.each([
  ['02115', { value: '02115', country: 'US', truncated: false }],
  [' 02115 ', { value: '02115', country: 'US', truncated: false }],
  ['02115-1234', { value: '02115', country: 'US', truncated: true }],
  ['021151234', { value: '02115', country: 'US', truncated: true }],
  ['K1A0B1', { value: 'K1A0B1', country: 'CA', truncated: false }],
  ['k1a 0b1', { value: 'K1A0B1', country: 'CA', truncated: false }],
  ['M5V-3L9', { value: 'M5V3L9', country: 'CA', truncated: false }],
  ['02115 1234', { value: '02115', country: 'US', truncated: true }],
  [' K1A 0B1 ', { value: 'K1A0B1', country: 'CA', truncated: false }],
])('%j is read as %j', (input, expected) => {
  expect(normalizePostalCode(input)).toEqual({ ok: true, ...expected });
});

// Anchored at both ends: text before or after a valid code makes it invalid.
test.each(['2115', '021156', 'ABCDE', 'D1A 0B1', 'K1A 0B', 'W1A0B1', '', '02115-12', 'X02115', '02115X', 'XXK1A 0B1', 'K1A 0B1X', 'K1A  0B1'])('%j is not a postal code', (input) => {
  const result = normalizePostalCode(input);
  expect(result).toEqual({
    ok: false,
    message: `${JSON.stringify(input)} is not a postal code: write a 5-digit US ZIP code (e.g. "02115") or a 6-character Canadian postal code (e.g. "K1A0B1").`,
  });
});
