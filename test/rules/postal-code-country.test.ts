import { expect, test } from 'vitest';
import { postalCodeCountry as rule } from '../../src/rules/postal-code-country';
import { CONTEXT } from './support';

const postalCodeCountry = (value: unknown) => rule.check(value, CONTEXT, []);

test('a state and a postal code of one country pass', () => {
  expect(postalCodeCountry({ state: 'MA', postal_code: '02115' })).toEqual([]);
  expect(postalCodeCountry({ state: 'on', postal_code: 'k1a 0b1' })).toEqual([]);
});

test('a US state with a Canadian code, or the reverse, fails at the postal code', () => {
  expect(postalCodeCountry({ state: 'MA', postal_code: 'K1A0B1' })).toEqual([
    { code: 'invalid_postal_code', path: ['postal_code'], message: expect.stringContaining('is a Canadian postal code but "MA" is a US state') },
  ]);
  expect(postalCodeCountry({ state: 'QC', postal_code: '02115' })).toEqual([
    { code: 'invalid_postal_code', path: ['postal_code'], message: expect.stringContaining('is a US ZIP code but "QC" is a Canadian province') },
  ]);
});

test('nothing to compare when either is missing or invalid', () => {
  expect(postalCodeCountry({ state: 'MA' })).toEqual([]);
  expect(postalCodeCountry({ state: 'ZZ', postal_code: 'K1A0B1' })).toEqual([]);
  expect(postalCodeCountry({ state: 'MA', postal_code: 'nope' })).toEqual([]);
});
