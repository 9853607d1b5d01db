import { expect, test } from 'vitest';
import { migrateJobOffer } from '../../src';
import { providerUnidentifiable as rule } from '../../src/rules/provider-unidentifiable';
import { CONTEXT } from './support';

const providerUnidentifiable = (value: unknown) => rule.check(value, CONTEXT, ['service_providers', 0]);

test.each([{ id: 1 }, { external_ids: ['X'] }, { name: "Jim's Plumbing" }, { id: 0 }])('%j can be identified', (provider) => {
  expect(providerUnidentifiable(provider)).toEqual([]);
});

test.each([{}, { external_ids: [] }, { name: '   ' }, { email: 'a@b.co', phone_number: '+15551234567' }])('%j cannot', (provider) => {
  expect(providerUnidentifiable(provider)).toEqual([{ code: 'provider_unidentifiable', path: [], message: 'The service provider at "service_providers[0]" can be neither matched nor created: give its Dispatch "id", its "external_ids", or at least its "name" (with address, email and phone).' }]);
});

test('a name of the wrong type identifies it as far as this rule goes: the type error is the issue', () => {
  expect(providerUnidentifiable({ name: 5 })).toEqual([]);
});

test('through migrateJobOffer, the message names the Job Offer fields, the guide\'s external_id rather than the legacy data.external_ids', () => {
  const job = { title: 'Fix', address: { street_1: '1 Main St', city: 'Boston', state: 'MA' } };
  const customer = { first_name: 'Joe', email: 'joe@example.com' };
  const unidentifiable = (entity: object) => migrateJobOffer({ offer_strategy: 'direct', job, customer, entities: [entity] }).issues.filter((i) => i.code === 'provider_unidentifiable');
  expect(unidentifiable({ type: 'organization', data: { email: 'jim@example.com' } })).toEqual([
    {
      code: 'provider_unidentifiable',
      severity: 'error',
      path: ['entities', 0],
      message: 'The service provider at "entities[0]" can be neither matched nor created: give its Dispatch "id", its "external_id", or at least its "data.name" (with address, email and phone).',
    },
  ]);
  expect(unidentifiable({ type: 'organization', external_id: 'CCC789', data: { email: 'jim@example.com' } })).toEqual([]);
});
