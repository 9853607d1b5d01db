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
