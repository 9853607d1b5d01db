import { expect, test } from 'vitest';
import { providerUnidentifiable as rule } from '../../src/rules/provider-unidentifiable';

const providerUnidentifiable = (value: unknown) => rule.check(value, { now: undefined, defaultCountry: 'US', phoneFormat: 'E.164' });

test.each([{ id: 1 }, { external_ids: ['X'] }, { name: "Jim's Plumbing" }, { id: 0 }])('%j can be identified', (provider) => {
  expect(providerUnidentifiable(provider)).toEqual([]);
});

test.each([{}, { external_ids: [] }, { name: '   ' }, { email: 'a@b.co', phone_number: '+15551234567' }])('%j cannot', (provider) => {
  expect(providerUnidentifiable(provider)).toEqual([{ code: 'provider_unidentifiable', path: [], message: expect.stringContaining('cannot be matched or created') }]);
});
