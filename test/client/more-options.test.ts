import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createClient, type JobOfferInput } from '../../src';
import { parseRetryAfter } from '../../src/client/retry-after';
import { tokenSource } from '../../src/client/token-source';
import { FIXTURES, readJson } from '../support/fixtures';
import { clientCredentials, startFakeDispatch, type FakeDispatch } from './support/fake-dispatch';

// Options and edges the workflow tests do not reach.

const jobOffer = readJson<JobOfferInput>(`${FIXTURES}pairs/guide-example.job-offer.json`);

let server: FakeDispatch;
beforeEach(async () => {
  server = await startFakeDispatch();
});
afterEach(() => server.close());

describe('migrateAndCreate', () => {
  test('passes defaultCountry to the migration and a signal to the request', async () => {
    const client = createClient({ baseUrl: server.url, getToken: clientCredentials(server), backoff: () => 1 });
    // A number without +1: its country comes from defaultCountry.
    const offer = { ...jobOffer, customer: { ...jobOffer.customer, phone_numbers: [{ number: '(416) 555-0199', type: 'mobile', primary: true }] } };
    const controller = new AbortController();
    const { created } = await client.migrateAndCreate(offer, { defaultCountry: 'CA', phoneFormat: 'E.164', signal: controller.signal });
    expect(created).toMatchObject({ job_id: expect.any(Number) });
    const body = server.received.find((r) => r.path === '/v3/workorder')?.body as { contacts: { contact_methods: { value: string }[] }[] };
    expect(body.contacts[0]?.contact_methods.map((m) => m.value)).toStrictEqual(['joe.shmo@email.com', '+14165550199']);
  });

  test('with an aborted signal sends nothing and rejects with the reason', async () => {
    const client = createClient({ baseUrl: server.url, getToken: clientCredentials(server), backoff: () => 1 });
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    await expect(client.migrateAndCreate(jobOffer, { signal: controller.signal })).rejects.toThrow('user left');
    expect(server.received.filter((r) => r.path === '/v3/workorder')).toStrictEqual([]);
  });
});

describe('tokenSource', () => {
  test('without getToken and without a token, asking for one rejects with a TypeError', async () => {
    const source = tokenSource(undefined, undefined, 1000);
    expect(source.canRefresh).toBe(false);
    await expect(source.current()).rejects.toThrow(new TypeError('dispatch-workorder: no getToken to refresh the token with.'));
    await expect(tokenSource('t1', undefined, 1000).refresh('t1')).rejects.toThrow(TypeError);
  });
});

describe('parseRetryAfter', () => {
  test('a date with a weekday that does not parse is no Retry-After', () => {
    expect(parseRetryAfter('Wed, 99 Foo 2015 99:99:99 GMT', 0)).toBeUndefined();
  });
});
