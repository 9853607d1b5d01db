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
])('%j is read as %j', (input, expected) => {
  expect(normalizePostalCode(input)).toEqual({ ok: true, ...expected });
});

test.each(['2115', '021156', 'ABCDE', 'D1A 0B1', 'K1A 0B', 'W1A0B1', '', '02115-12'])('%j is not a postal code', (input) => {
  const result = normalizePostalCode(input);
  expect(result).toEqual({ ok: false, message: expect.stringContaining('is not a postal code') });
});
