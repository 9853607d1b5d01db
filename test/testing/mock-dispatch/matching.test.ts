import { describe, expect, test } from 'vitest';
import type { ServiceProviderInput } from '../../../src/index';
import { adapters, useMock } from './support/adapters';
import { workOrder } from './support/payloads';

// Matching, as the guide describes it: a service provider by Dispatch `id`, then `external_ids`,
// then name + address + email + phone together; a customer (the primary contact) by `external_ids`.

const joe = {
  name: "Joe's Plumbing",
  address: { street_1: '5555 Test Street', city: 'Boston', state: 'MA', postal_code: '02114' },
  email: 'joe@joesplumbing.com',
  phone_number: '+15558889999',
} satisfies ServiceProviderInput;

describe.each(adapters)('$name', (adapter) => {
  const h = useMock(adapter);

  /** Posts a Work Order for `provider` (and a primary contact with `contactIds`) and returns the answer's ids. */
  async function post(provider: ServiceProviderInput, contactIds?: string[]): Promise<{ service_provider_id: number; primary_contact_id: number }> {
    const contact = { first_name: 'Testy', primary: true, ...(contactIds === undefined ? {} : { external_ids: contactIds }) };
    const answer = await h.call('POST', '/v3/workorder', { body: workOrder({ service_providers: [provider], contacts: [contact] }) });
    expect(answer.status).toBe(201);
    return answer.body as { service_provider_id: number; primary_contact_id: number };
  }

  test('a second Work Order for the same provider (same external id) gets the same id; the record is not changed', async () => {
    const first = await post({ ...joe, external_ids: ['CCC789'] });
    const second = await post({ name: 'Renamed', external_ids: ['XXX', 'CCC789'] });
    expect(second.service_provider_id).toBe(first.service_provider_id);
    expect(h.mock.records.serviceProviders).toEqual([{ id: first.service_provider_id, ...joe, external_ids: ['CCC789'] }]);
  });

  test('by Dispatch id first: a known id matches even when the external ids differ', async () => {
    const { service_provider_id: id } = await post({ ...joe, external_ids: ['A'] });
    await post({ name: 'Other', external_ids: ['B'] });
    expect((await post({ id, external_ids: ['B'] })).service_provider_id).toBe(id);
  });

  test('an id Dispatch does not know is not kept: the provider is matched by its other data or created with a new id', async () => {
    const created = await post({ id: 123, ...joe });
    expect(created.service_provider_id).toBe(1);
    expect(h.mock.records.serviceProviders[0]).toEqual({ id: 1, ...joe });
    expect((await post({ id: 456, ...joe })).service_provider_id).toBe(1); // matched by name, address, email and phone
  });

  test('by name, address, email and phone together, compared in canonical form', async () => {
    const { service_provider_id: id } = await post(joe);
    const sameSpelledOtherwise = { ...joe, address: { ...joe.address, state: 'ma' }, phone_number: '(555) 888-9999' };
    expect((await post(sameSpelledOtherwise)).service_provider_id).toBe(id);
    expect(h.mock.records.serviceProviders).toHaveLength(1);
  });

  test.each([
    ['name', { name: "Jim's Plumbing" }],
    ['email', { email: 'jim@joesplumbing.com' }],
    ['phone', { phone_number: '+15558880000' }],
    ['street', { address: { ...joe.address, street_1: '5557 Test Street' } }],
    ['second street line', { address: { ...joe.address, street_2: 'Suite 2' } }],
  ])('a provider that differs in its %s is another provider', async (_, change) => {
    const first = await post(joe);
    const second = await post({ ...joe, ...change });
    expect(second.service_provider_id).not.toBe(first.service_provider_id);
    expect(h.mock.records.serviceProviders).toHaveLength(2);
  });

  test('name alone, or name with some of the details, matches nothing', async () => {
    const first = await post(joe);
    const { phone_number: _phone, ...withoutPhone } = joe;
    expect((await post(withoutPhone)).service_provider_id).not.toBe(first.service_provider_id);
    expect((await post({ name: joe.name })).service_provider_id).not.toBe(first.service_provider_id);
    expect(h.mock.records.serviceProviders).toHaveLength(3);
  });

  test('customers are matched by external id; without one each Work Order creates a customer', async () => {
    const first = await post(joe, ['BBB456']);
    const again = await post(joe, ['ZZZ', 'BBB456']);
    expect(again.primary_contact_id).toBe(first.primary_contact_id);
    const other = await post(joe, ['CCC']);
    const noIds = await post(joe);
    const noIdsAgain = await post(joe);
    expect(new Set([first.primary_contact_id, other.primary_contact_id, noIds.primary_contact_id, noIdsAgain.primary_contact_id]).size).toBe(4);
    expect(h.mock.records.customers.map((c) => c.external_ids)).toEqual([['BBB456'], ['CCC'], undefined, undefined]);
  });

  test('a customer record is the primary contact without "primary"; other contacts stay on the job only', async () => {
    const contacts = [
      { first_name: 'Other', primary: false, external_ids: ['O1'] },
      { first_name: 'Main', primary: true, external_ids: ['M1'], notes: 'Really nice' },
    ];
    await h.call('POST', '/v3/workorder', { body: workOrder({ contacts }) });
    expect(h.mock.records.customers).toEqual([{ id: 2, first_name: 'Main', external_ids: ['M1'], notes: 'Really nice' }]);
    expect(h.mock.records.jobs[0]?.contacts).toEqual(contacts);
  });
});
