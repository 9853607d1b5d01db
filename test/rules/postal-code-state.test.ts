import { expect, test } from 'vitest';
import { postalCodeState as rule } from '../../src/rules/postal-code-state';
import { CONTEXT } from './support';

const check = (location: unknown) => rule.check(location, CONTEXT, ['location']);

test('a ZIP code of another state: a warning naming the state its first three digits serve', () => {
  expect(check({ state: 'ny', postal_code: '02114' })).toEqual([
    {
      code: 'postal_code_state_mismatch',
      path: ['postal_code'],
      message:
        'In "location.postal_code", "02114" is a postal code of MA (its first three digits, 021), but the state is "NY": correct the postal code or the state (the platform derives the time zone from the postal code).',
    },
  ]);
});

test('a ZIP prefix that serves two states names both; either state is fine', () => {
  expect(check({ state: 'MA', postal_code: '06390' })).toEqual([
    {
      code: 'postal_code_state_mismatch',
      path: ['postal_code'],
      message:
        'In "location.postal_code", "06390" is a postal code of CT or NY (its first three digits, 063), but the state is "MA": correct the postal code or the state (the platform derives the time zone from the postal code).',
    },
  ]);
  expect(check({ state: 'NY', postal_code: '06390' })).toEqual([]);
  expect(check({ state: 'CT', postal_code: '06390' })).toEqual([]);
});

test('a Canadian code names its first letter', () => {
  expect(check({ state: 'BC', postal_code: 'K1A 0B1' })[0]?.message).toContain('"K1A 0B1" is a postal code of ON (its first letter, K), but the state is "BC"');
});

test('nothing to compare: an unknown state, an invalid code, or a code of the other country (postal_code_country says so)', () => {
  expect(check({ state: 'XX', postal_code: '02114' })).toEqual([]);
  expect(check({ state: 'ZZ', postal_code: 'abc' })).toEqual([]);
  expect(check({ state: 'MA', postal_code: '0211' })).toEqual([]);
  expect(check({ state: 'ON', postal_code: '02114' })).toEqual([]);
  expect(check({ state: 'MA', postal_code: 'K1A 0B1' })).toEqual([]);
  expect(check({ state: 'MA' })).toEqual([]);
  expect(check({ postal_code: '02114' })).toEqual([]);
});
