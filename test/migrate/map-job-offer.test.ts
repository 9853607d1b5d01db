import { describe, expect, test } from 'vitest';
import { migrateJobOffer } from '../../src';
import { mapJobOffer } from '../../src/migrate/map-job-offer';

// The engine alone: the candidate Work Order it builds from the attribute table, section by
// section, and the issues it finds in the Job Offer itself. (Formats and rules are the Work Order
// check's: see test/fixtures.test.ts.)

const address = { street_1: '1 Main St', city: 'Boston' };
const job = { title: 'T', address };

function candidate(offer: object): Record<string, unknown> {
  const mapped = mapJobOffer(offer);
  expect(mapped.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return mapped.candidate!;
}

describe('offer_strategy → orchestration', () => {
  test('a missing strategy is direct, as every Job Offer was', () => {
    const mapped = mapJobOffer({ job, customer: {} });
    expect(mapped.candidate).toMatchObject({ workflow: 'service', orchestration: 'direct' });
    expect(mapped.issues).toEqual([]);
  });
  test.each(['direct', 'round_robin', 'jump_ball'])('%s is kept', (strategy) => {
    expect(candidate({ offer_strategy: strategy, job, customer: {} })['orchestration']).toBe(strategy);
  });
  test('anything else is an invalid_value at offer_strategy, and no orchestration is written', () => {
    const mapped = mapJobOffer({ offer_strategy: 'Direct', job, customer: {} });
    expect(mapped.candidate).not.toHaveProperty('orchestration');
    expect(mapped.issues).toEqual([{ code: 'invalid_value', severity: 'error', path: ['offer_strategy'], message: expect.stringContaining('"Direct" is not an orchestration') }]);
  });
  test('a strategy that is not a string is an invalid_type', () => {
    expect(mapJobOffer({ offer_strategy: 3, job, customer: {} }).issues).toEqual([
      { code: 'invalid_type', severity: 'error', path: ['offer_strategy'], message: '"offer_strategy" must be a string, not 3: change its type.' },
    ]);
  });
});

describe('job → the top level', () => {
  test('copies only the fields given', () => {
    const out = candidate({ job, customer: {} });
    expect(out).toStrictEqual({ workflow: 'service', orchestration: 'direct', title: 'T', location: address, contacts: [{ primary: true }] });
  });
  test('wraps external_id and keeps the description verbatim', () => {
    const out = candidate({ job: { title: 'T', description: ' x. ', service_type: 'PLB', external_id: 'A1', address }, customer: {} });
    expect(out).toMatchObject({ title: 'T', description: ' x. ', service_type: 'PLB', external_ids: ['A1'], location: address });
  });
  test('does not share the address object with the input', () => {
    expect(candidate({ job, customer: {} })['location']).not.toBe(address);
  });
  test('a missing job or customer is required; nothing below it is reported again', () => {
    expect(mapJobOffer({}).issues.map((i) => [i.code, i.path])).toEqual([
      ['required', ['job']],
      ['required', ['customer']],
    ]);
  });
});

describe('customer → the primary contact', () => {
  test('the customer becomes the primary contact, email first and preferred', () => {
    const out = candidate({ job, customer: { first_name: 'Joe', email: 'joe@example.com', external_id: 'B1', phone_numbers: [{ number: '+15551234567', type: 'home', primary: true }] } });
    expect(out['contacts']).toStrictEqual([
      {
        primary: true,
        first_name: 'Joe',
        contact_methods: [
          { method: 'email', preferred: true, value: 'joe@example.com' },
          { method: 'phone', value: '+15551234567', type: 'home', preferred: true },
        ],
        external_ids: ['B1'],
      },
    ]);
  });
  test('20 phones and an email are too_large; the customer is not built, and its fields are still checked', () => {
    const phone_numbers = Array.from({ length: 20 }, (_, i) => ({ number: `+1617555${1000 + i}`, primary: i === 3 ? 4 : undefined }));
    const customer = { first_name: 7, email: 'joe@example.com', phone_numbers, billing_address: true, external_ids: 3, external_id: ['B1'] };
    const mapped = mapJobOffer({ job, customer });
    expect(mapped.candidate).toBeUndefined();
    expect(mapped.issues).toEqual([
      {
        code: 'too_large',
        severity: 'error',
        path: ['customer', 'phone_numbers'],
        message: '"customer.phone_numbers" has 20 entries and the customer an email: a contact has at most 20 phones and emails together; leave out a phone or the email.',
      },
      { code: 'invalid_type', severity: 'error', path: ['customer', 'first_name'], message: '"customer.first_name" must be a string, not 7: change its type.' },
      { code: 'invalid_type', severity: 'error', path: ['customer', 'phone_numbers', 3, 'primary'], message: '"customer.phone_numbers[3].primary" must be true or false, not 4: change its type.' },
      { code: 'invalid_type', severity: 'error', path: ['customer', 'external_id'], message: '"customer.external_id" must be a string, not an array: change its type.' },
      { code: 'invalid_type', severity: 'error', path: ['customer', 'external_ids'], message: '"customer.external_ids" must be an array, not 3: change its type.' },
      { code: 'invalid_type', severity: 'error', path: ['customer', 'billing_address'], message: '"customer.billing_address" must be an object, not true: change its type.' },
    ]);
  });
  test('a value with a length in a text field of a customer not built is invalid_type only, never measured as text', () => {
    const phone_numbers = Array.from({ length: 20 }, (_, i) => ({ number: `+1617555${1000 + i}` }));
    const mapped = mapJobOffer({ job, customer: { first_name: new Array(65_537), email: 'joe@example.com', phone_numbers } });
    expect(mapped.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['too_large', ['customer', 'phone_numbers'], expect.stringContaining('has 20 entries and the customer an email')],
      ['invalid_type', ['customer', 'first_name'], '"customer.first_name" must be a string, not an array: change its type.'],
    ]);
  });
  test('19 phones and an email, or 20 phones and no email, are built', () => {
    const phones = (n: number) => Array.from({ length: n }, (_, i) => ({ number: `+1617555${1000 + i}` }));
    const methods = (customer: object) => (candidate({ job, customer })['contacts'] as { contact_methods: unknown[] }[])[0]!.contact_methods.length;
    expect(methods({ email: 'joe@example.com', phone_numbers: phones(19) })).toBe(20);
    expect(methods({ phone_numbers: phones(20) })).toBe(20);
  });
  test('a customer with no email and no phone has no contact_methods key', () => {
    expect(candidate({ job, customer: { last_name: 'Shmo' } })['contacts']).toStrictEqual([{ primary: true, last_name: 'Shmo' }]);
  });
  test('primary maps to preferred, absent stays absent', () => {
    const [contact] = candidate({ job, customer: { phone_numbers: [{ number: '1', primary: false }, { number: '2' }] } })['contacts'] as { contact_methods: unknown }[];
    expect(contact!.contact_methods).toStrictEqual([
      { method: 'phone', value: '1', preferred: false },
      { method: 'phone', value: '2' },
    ]);
  });
  test('later primaries are demoted with a warning each', () => {
    const mapped = mapJobOffer({ job, customer: { phone_numbers: [{ number: '1' }, { number: '2', primary: true }, { number: '3', primary: true }] } });
    const [contact] = mapped.candidate!['contacts'] as { contact_methods: { preferred?: boolean }[] }[];
    expect(contact!.contact_methods.map((m) => m.preferred)).toEqual([undefined, true, false]);
    expect(mapped.issues).toEqual([
      { code: 'preferred_demoted', severity: 'warning', path: ['customer', 'phone_numbers', 2, 'primary'], message: expect.stringContaining('"customer.phone_numbers[1]" is already primary') },
    ]);
  });
});

test('a primary: false phone before the primary one neither is demoted nor demotes it', () => {
  const mapped = mapJobOffer({ job, customer: { phone_numbers: [{ number: '1', primary: false }, { number: '2', primary: true }, { number: '3', primary: true }] } });
  const [contact] = mapped.candidate!['contacts'] as { contact_methods: { preferred?: boolean }[] }[];
  expect(contact!.contact_methods.map((m) => m.preferred)).toEqual([false, true, false]);
  expect(mapped.issues).toEqual([
    {
      code: 'preferred_demoted',
      severity: 'warning',
      path: ['customer', 'phone_numbers', 2, 'primary'],
      message:
        '"customer.phone_numbers[2].primary" is true, but "customer.phone_numbers[1]" is already primary and a contact may have one preferred phone, so this one became "preferred": false: mark one phone primary to choose.',
    },
  ]);
});

describe('entities → service providers', () => {
  test('entity fields become provider fields', () => {
    const out = candidate({ job, customer: {}, entities: [{ type: 'organization', id: 7, external_id: 'C1', data: { name: 'N', email: 'e@x.co', phone_number: '+15558887777', address } }] });
    expect(out['service_providers']).toStrictEqual([{ id: 7, external_ids: ['C1'], name: 'N', email: 'e@x.co', phone_number: '+15558887777', address }]);
  });
  test('an entity of another type is an error at its type', () => {
    const mapped = mapJobOffer({ job, customer: {}, entities: [{ id: 1 }, { type: 'user', id: 2 }] });
    expect(mapped.issues).toEqual([{ code: 'unsupported_entity_type', severity: 'error', path: ['entities', 1, 'type'], message: expect.stringContaining('"user" entities') }]);
  });
  test('no entities, or none, give no service_providers key', () => {
    expect(candidate({ job, customer: {} })).not.toHaveProperty('service_providers');
    expect(candidate({ job, customer: {}, entities: [] })).not.toHaveProperty('service_providers');
  });
  test('an entity with nothing in it still becomes a provider (the check says it cannot be found)', () => {
    expect(candidate({ job, customer: {}, entities: [{}] })['service_providers']).toStrictEqual([{}]);
  });
});

describe('appointment → windows', () => {
  test('parallel arrays become windows in order', () => {
    expect(candidate({ job, customer: {}, appointment: { window_start_time: ['a', 'b'], window_end_time: ['c', 'd'] } })['appointment_windows']).toStrictEqual([
      { start_time: 'a', end_time: 'c' },
      { start_time: 'b', end_time: 'd' },
    ]);
  });
  test('arrays of different length are window_count_mismatch and build no window', () => {
    const mapped = mapJobOffer({ job, customer: {}, appointment: { window_start_time: ['a', 'b'] } });
    expect(mapped.candidate).not.toHaveProperty('appointment_windows');
    expect(mapped.issues).toEqual([
      { code: 'window_count_mismatch', severity: 'error', path: ['appointment'], message: expect.stringContaining('"appointment.window_start_time" has 2 entries and "appointment.window_end_time" has 0 entries') },
    ]);
  });
  test('the counts are named with their plural: 1 entry, 2 entries', () => {
    expect(mapJobOffer({ job, customer: {}, appointment: { window_start_time: ['a'], window_end_time: ['b', 'c'] } }).issues.map((i) => i.message)).toEqual([
      '"appointment.window_start_time" has 1 entry and "appointment.window_end_time" has 2 entries: give one end for each start, in the same order.',
    ]);
  });
  test('only window_end_time is window_count_mismatch too, with both counts', () => {
    const mapped = mapJobOffer({ job, customer: {}, appointment: { window_end_time: ['c'] } });
    expect(mapped.candidate).not.toHaveProperty('appointment_windows');
    expect(mapped.issues).toEqual([
      {
        code: 'window_count_mismatch',
        severity: 'error',
        path: ['appointment'],
        message: '"appointment.window_start_time" has 0 entries and "appointment.window_end_time" has 1 entry: give one end for each start, in the same order.',
      },
    ]);
  });
  test('the values of windows that are not built are still checked: type, length, holes', () => {
    const long = 'x'.repeat(65_537);
    // eslint-disable-next-line no-sparse-arrays
    const starts = ['2030-01-01T05:00:00Z', long, 5, , 'y'];
    expect(mapJobOffer({ job, customer: {}, appointment: { window_start_time: starts, window_end_time: [true] } }).issues).toEqual([
      {
        code: 'window_count_mismatch',
        severity: 'error',
        path: ['appointment'],
        message: '"appointment.window_start_time" has 5 entries and "appointment.window_end_time" has 1 entry: give one end for each start, in the same order.',
      },
      {
        code: 'too_large',
        severity: 'error',
        path: ['appointment', 'window_start_time', 1],
        message: '"appointment.window_start_time[1]" is 65537 characters long; at most 65536 are accepted: split the payload or shorten the value.',
      },
      { code: 'invalid_type', severity: 'error', path: ['appointment', 'window_start_time', 2], message: '"appointment.window_start_time[2]" must be a string, not 5: change its type.' },
      { code: 'required', severity: 'error', path: ['appointment', 'window_start_time', 3], message: '"appointment.window_start_time[3]" is required: add it.' },
      { code: 'invalid_type', severity: 'error', path: ['appointment', 'window_end_time', 0], message: '"appointment.window_end_time[0]" must be a string, not true: change its type.' },
    ]);
  });
  test('empty arrays give no appointment_windows key', () => {
    expect(candidate({ job, customer: {}, appointment: { window_start_time: [], window_end_time: [] } })).not.toHaveProperty('appointment_windows');
  });
});

describe('what the Job Offer itself gets wrong', () => {
  test('containers of the wrong kind are invalid_type at their path, with the schema messages, in schema order', () => {
    expect(mapJobOffer({ job: [], customer: 'Joe', entities: {}, appointment: { window_start_time: 'x' } }).issues).toEqual([
      { code: 'invalid_type', severity: 'error', path: ['job'], message: '"job" must be an object, not an array: change its type.' },
      { code: 'invalid_type', severity: 'error', path: ['appointment', 'window_start_time'], message: '"appointment.window_start_time" must be an array, not the string "x": change its type.' },
      { code: 'invalid_type', severity: 'error', path: ['customer'], message: '"customer" must be an object, not the string "Joe": change its type.' },
      { code: 'invalid_type', severity: 'error', path: ['entities'], message: '"entities" must be an array, not an object: change its type.' },
    ]);
  });
  test('fields the table drops and fields it does not know are dropped_field warnings', () => {
    expect(mapJobOffer({ job, customer: { home_address: {} }, duration: -1, extra: 1 }).issues.map((i) => [i.code, i.path])).toEqual([
      ['dropped_field', ['extra']],
      ['dropped_field', ['duration']],
      ['dropped_field', ['customer', 'home_address']],
    ]);
  });
  test('the input is not read twice: a getter runs once', () => {
    let reads = 0;
    const offer = { job, customer: {} };
    Object.defineProperty(offer, 'offer_strategy', { enumerable: true, get: () => (++reads === 1 ? 'jump_ball' : 'direct') });
    expect(candidate(offer)['orchestration']).toBe('jump_ball');
    expect(reads).toBe(1);
  });
});

describe("an address's legacy country", () => {
  const mapAddress = (extra: object) => {
    const mapped = mapJobOffer({ job: { title: 'T', address: { ...address, ...extra } }, customer: {} });
    return { issues: mapped.issues, location: mapped.candidate!['location'] };
  };
  const at = ['job', 'address', 'country'];
  test.each([
    [{ country: ' usa ', state: 'MA' }, { ...address, state: 'MA' }],
    [{ country: 'Canada', postal_code: 'K1A 0B1' }, { ...address, postal_code: 'K1A 0B1' }],
    [{ country: 'us', state: 'XX', postal_code: '02114' }, { ...address, state: 'XX', postal_code: '02114' }],
    // Values of the wrong type are the Work Order check's to report; the country is not compared with them.
    [{ country: 'US', state: 7, postal_code: 5 }, { ...address, state: 7, postal_code: 5 }],
  ])('%j that agrees (or has nothing to agree with) is consumed', (extra, location) => {
    expect(mapAddress(extra)).toStrictEqual({ issues: [], location });
  });
  test('one that names another country than the state, or else the postal code, is invalid_country', () => {
    expect(mapAddress({ country: 'CA', state: 'MA', postal_code: 'K1A 0B1' }).issues).toEqual([
      {
        code: 'invalid_country',
        severity: 'error',
        path: at,
        message: 'In "job.address.country", "CA" is Canada, but the state "MA" is not: correct the country, the state or the postal code so that all three agree.',
      },
    ]);
    expect(mapAddress({ country: 'US', postal_code: 'K1A 0B1' }).issues).toEqual([
      {
        code: 'invalid_country',
        severity: 'error',
        path: at,
        message: 'In "job.address.country", "US" is the US, but the postal code "K1A0B1" is not: correct the country, the state or the postal code so that all three agree.',
      },
    ]);
  });
  test('a country the platform does not serve is invalid_country; one that is not a string invalid_type; neither is kept', () => {
    expect(mapAddress({ country: 'Mexico' })).toStrictEqual({
      issues: [
        {
          code: 'invalid_country',
          severity: 'error',
          path: at,
          message: 'In "job.address.country", "Mexico" is not a country the platform serves: Dispatch works in the US and Canada only; write "US" or "CA", or leave it out.',
        },
      ],
      location: address,
    });
    expect(mapAddress({ country: 5 })).toStrictEqual({
      issues: [{ code: 'invalid_type', severity: 'error', path: at, message: '"job.address.country" must be a string, not 5: change its type.' }],
      location: address,
    });
  });
});

test('past 100 unknown keys, the summary warning at the root hides none of the Work Order issues', () => {
  const junk = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`junk${i}`, 1]));
  const result = migrateJobOffer({ job: { title: '  ', address }, customer: { first_name: 'Joe' }, entities: [{ id: 1 }], ...junk });
  expect(result.success).toBe(false);
  expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path])).toEqual([['invalid_value', ['job', 'title']]]);
  expect(result.issues.filter((i) => i.path.length === 0).map((i) => i.message)).toEqual([
    '1 more key that is not a Job Offer field was dropped (the attribute table has no Work Order field for it) (only the first 100 are listed one by one): remove it.',
  ]);
});
