import { describe, expect, test } from 'vitest';
import { migrateJobOffer } from '../../src';
import { mapJobOffer } from '../../src/migrate/map-job-offer';
import { Provenance } from '../../src/migrate/provenance';

// Where a Work Order path of a migration came from in the Job Offer: the provenance the engine
// records while mapping, read for the paths a check can report.

const address = { street_1: '1 Main St', city: 'Boston', postal_code: '02114' };
const phones = [
  { number: '+15551234567', type: 'mobile', primary: true },
  { number: '+15559876543', type: 'home', primary: false },
];
const entity = { id: 1, external_id: 'C1', data: { name: 'N', phone_number: '+15558887777', address } };
const withEmail = {
  job: { title: 'T', description: 'D', external_id: 'A1', address },
  appointment: { window_start_time: ['a', 'b', 'c'], window_end_time: ['d', 'e', 'f'] },
  customer: { first_name: 'Joe', email: 'joe@example.com', external_id: 'B1', billing_address: address, phone_numbers: phones },
  entities: [entity, entity],
};
const withoutEmail = { ...withEmail, customer: { ...withEmail.customer, email: undefined } };

function jobOfferPath(offer: object, path: readonly (string | number)[]): (string | number)[] {
  const mapped = mapJobOffer(offer);
  return mapped.provenance.toJobOfferPath(mapped.candidate!, path);
}

describe.each([
  ['with an email', withEmail],
  ['without an email', withoutEmail],
])('the table read through provenance (%s)', (_, offer) => {
  const hasEmail = offer === withEmail;
  const method = (phone: number): number => (hasEmail ? phone + 1 : phone);
  test.each([
    [['title'], ['job', 'title']],
    [['description'], ['job', 'description']],
    [['service_type'], ['job', 'service_type']],
    [['external_ids', 0], ['job', 'external_id']],
    [['location', 'postal_code'], ['job', 'address', 'postal_code']],
    [['location', 'state'], ['job', 'address', 'state']],
    [['orchestration'], ['offer_strategy']],
    [['appointment_windows'], ['appointment']],
    [['appointment_windows', 2], ['appointment', 'window_start_time', 2]],
    [['appointment_windows', 2, 'start_time'], ['appointment', 'window_start_time', 2]],
    [['appointment_windows', 2, 'end_time'], ['appointment', 'window_end_time', 2]],
    [['contacts'], ['customer']],
    [['contacts', 0], ['customer']],
    [['contacts', 0, 'primary'], ['customer']],
    [['contacts', 0, 'first_name'], ['customer', 'first_name']],
    [['contacts', 0, 'last_name'], ['customer', 'last_name']],
    [['contacts', 0, 'external_ids', 0], ['customer', 'external_id']],
    [['contacts', 0, 'billing_address', 'city'], ['customer', 'billing_address', 'city']],
    [['service_providers'], ['entities']],
    [['service_providers', 1], ['entities', 1]],
    [['service_providers', 1, 'type'], ['entities', 1]],
    [['service_providers', 1, 'id'], ['entities', 1, 'id']],
    [['service_providers', 1, 'external_ids', 0], ['entities', 1, 'external_id']],
    [['service_providers', 1, 'name'], ['entities', 1, 'data', 'name']],
    [['service_providers', 1, 'email'], ['entities', 1, 'data', 'email']],
    [['service_providers', 1, 'address', 'state'], ['entities', 1, 'data', 'address', 'state']],
    [['service_providers', 1, 'phone_number'], ['entities', 1, 'data', 'phone_number']],
    [['status'], []],
    [['workflow'], []],
    [[], []],
  ] as const)('%j → %j', (path, expected) => {
    expect(jobOfferPath(offer, path)).toEqual(expected);
  });
  test.each([
    [0, 'value', 'number'],
    [1, 'value', 'number'],
    [0, 'type', 'type'],
    [1, 'preferred', 'primary'],
  ] as const)('phone %i: contact method %s → %s', (phone, field, source) => {
    expect(jobOfferPath(offer, ['contacts', 0, 'contact_methods', method(phone), field])).toEqual(['customer', 'phone_numbers', phone, source]);
    expect(jobOfferPath(offer, ['contacts', 0, 'contact_methods', method(phone)])).toEqual(['customer', 'phone_numbers', phone]);
    expect(jobOfferPath(offer, ['contacts', 0, 'contact_methods', method(phone), 'method'])).toEqual(['customer', 'phone_numbers', phone]);
  });
});

test('the contact methods point to the customer when they hold the email, else to the phones', () => {
  expect(jobOfferPath(withEmail, ['contacts', 0, 'contact_methods'])).toEqual(['customer']);
  expect(jobOfferPath(withEmail, ['contacts', 0, 'contact_methods', 'x'])).toEqual(['customer']);
  expect(jobOfferPath(withoutEmail, ['contacts', 0, 'contact_methods'])).toEqual(['customer', 'phone_numbers']);
});

test("the email's contact method points to customer.email", () => {
  expect(jobOfferPath(withEmail, ['contacts', 0, 'contact_methods', 0, 'value'])).toEqual(['customer', 'email']);
  expect(jobOfferPath(withEmail, ['contacts', 0, 'contact_methods', 0, 'preferred'])).toEqual(['customer', 'email']);
  expect(jobOfferPath(withEmail, ['contacts', 0, 'contact_methods', 0])).toEqual(['customer', 'email']);
});

test('a missing field points to where it belongs, in the object that lacks it', () => {
  const offer = { job: { address: { city: 'Boston' } }, customer: { phone_numbers: [{ type: 'mobile' }] } };
  expect(jobOfferPath(offer, ['title'])).toEqual(['job', 'title']);
  expect(jobOfferPath(offer, ['location', 'street_1'])).toEqual(['job', 'address', 'street_1']);
  expect(jobOfferPath(offer, ['contacts', 0, 'contact_methods', 0, 'value'])).toEqual(['customer', 'phone_numbers', 0, 'number']);
  expect(jobOfferPath(offer, ['service_providers'])).toEqual(['entities']);
});

test('a bad phone of a customer with no email is reported at the phone, never at customer.email', () => {
  const customer = { first_name: 'Joe', phone_numbers: [{ number: '555-12', type: 'mobile' }, { number: '+15551234567' }] };
  expect(migrateJobOffer({ job: { title: 'T', address }, customer, entities: [entity] }).issues).toEqual([
    {
      code: 'invalid_phone',
      severity: 'error',
      path: ['customer', 'phone_numbers', 0, 'number'],
      message: 'In "customer.phone_numbers[0].number", "555-12" has the wrong number of digits for a US or Canadian number: write ten digits after +1, e.g. "+16175551234".',
    },
  ]);
});

describe('a hole in a window array is reported once, at the hole', () => {
  const offer = (appointment: object) => ({ job: { title: 'T', address }, customer: { first_name: 'Joe', email: 'joe@example.com' }, entities: [entity], appointment });
  const start = ['2030-01-01T05:00:00Z', '2030-01-01T11:00:00Z'];
  const end = ['2030-01-01T07:00:00Z', '2030-01-01T13:00:00Z'];
  const required = (path: (string | number)[], name: string) => ({ code: 'required', severity: 'error', path, message: `"${name}" is required: add it.` });
  test('a missing start whose end is there: the window its end creates does not report the start again, nor at the end', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(migrateJobOffer(offer({ window_start_time: [, start[1]], window_end_time: end })).issues).toEqual([required(['appointment', 'window_start_time', 0], 'appointment.window_start_time[0]')]);
  });
  test('a missing end whose start is there', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(migrateJobOffer(offer({ window_start_time: start, window_end_time: [end[0], ,] })).issues).toEqual([required(['appointment', 'window_end_time', 1], 'appointment.window_end_time[1]')]);
  });
  test('both missing: each reported, no window built', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(migrateJobOffer(offer({ window_start_time: [, start[1]], window_end_time: [, end[1]] })).issues).toEqual([
      required(['appointment', 'window_start_time', 0], 'appointment.window_start_time[0]'),
      required(['appointment', 'window_end_time', 0], 'appointment.window_end_time[0]'),
    ]);
  });
});

test('window arrays of holes only: each hole reported, no window list built', () => {
  const offer = { job: { title: 'T', address }, customer: { first_name: 'Joe', email: 'joe@example.com' }, entities: [entity] };
  // eslint-disable-next-line no-sparse-arrays
  const result = migrateJobOffer({ ...offer, appointment: { window_start_time: [, ,], window_end_time: [, ,] } });
  expect(result.issues.map((i) => [i.code, i.path])).toEqual([
    ['required', ['appointment', 'window_start_time', 0]],
    ['required', ['appointment', 'window_start_time', 1]],
    ['required', ['appointment', 'window_end_time', 0]],
    ['required', ['appointment', 'window_end_time', 1]],
  ]);
});

test('a window array of the wrong type builds no window from the other: only its type is reported', () => {
  const offer = { job: { title: 'T', address }, customer: { first_name: 'Joe', email: 'joe@example.com' }, entities: [entity] };
  const times = ['2030-01-01T09:00:00Z'];
  expect(migrateJobOffer({ ...offer, appointment: { window_start_time: 'x', window_end_time: times } }).issues).toEqual([
    { code: 'invalid_type', severity: 'error', path: ['appointment', 'window_start_time'], message: '"appointment.window_start_time" must be an array, not the string "x": change its type.' },
  ]);
  expect(migrateJobOffer({ ...offer, appointment: { window_start_time: times, window_end_time: { at: 'y' } } }).issues).toEqual([
    { code: 'invalid_type', severity: 'error', path: ['appointment', 'window_end_time'], message: '"appointment.window_end_time" must be an array, not an object: change its type.' },
  ]);
});

describe('merged ids keep their own Job Offer places', () => {
  const migrate = (job: object, more: object = {}) => migrateJobOffer({ job: { title: 'T', address, ...job }, customer: { first_name: 'Joe', email: 'joe@example.com' }, entities: [entity], ...more });
  test('a member that is not a string is never merged away: each is an error at its own index', () => {
    expect(migrate({ external_id: 'A1', external_ids: ['A1', 5, 5, 'A2', 'A2'] }).issues).toEqual([
      { code: 'invalid_type', severity: 'error', path: ['job', 'external_ids', 1], message: '"job.external_ids[1]" must be a string, not 5: change its type.' },
      { code: 'invalid_type', severity: 'error', path: ['job', 'external_ids', 2], message: '"job.external_ids[2]" must be a string, not 5: change its type.' },
    ]);
  });
  test('external_ids that is not an array is invalid_type at it, and nothing is merged', () => {
    const result = migrate({ external_id: 'A1', external_ids: 'A2' });
    expect(result.issues).toEqual([
      { code: 'invalid_type', severity: 'error', path: ['job', 'external_ids'], message: '"job.external_ids" must be an array, not the string "A2": change its type.' },
    ]);
    expect(migrate({ external_ids: {} }).issues.map((i) => [i.path, i.message])).toEqual([[['job', 'external_ids'], '"job.external_ids" must be an array, not an object: change its type.']]);
  });
  test("an entity's external_id and its data's external_ids, each at its place", () => {
    const result = migrate({}, { entities: [{ id: 1, external_id: 5, data: { name: 'N', external_ids: [7] } }] });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['entities', 0, 'external_id']],
      ['invalid_type', ['entities', 0, 'data', 'external_ids', 0]],
    ]);
  });
  test('the merged list itself, and a member, through provenance', () => {
    const offer = { job: { title: 'T', address, external_id: 'A1', external_ids: ['A1', 'A2', 'A3'] }, customer: {} };
    expect(jobOfferPath(offer, ['external_ids'])).toEqual(['job', 'external_id']);
    expect(jobOfferPath(offer, ['external_ids', 0])).toEqual(['job', 'external_id']);
    expect(jobOfferPath(offer, ['external_ids', 1])).toEqual(['job', 'external_ids', 1]);
    expect(jobOfferPath(offer, ['external_ids', 2])).toEqual(['job', 'external_ids', 2]);
    expect(jobOfferPath(offer, ['external_ids', 2, 'x'])).toEqual(['job', 'external_ids', 2]);
    const legacyOnly = { job: { title: 'T', address, external_ids: ['A2'] }, customer: {} };
    expect(jobOfferPath(legacyOnly, ['external_ids'])).toEqual(['job', 'external_ids']);
  });
});

describe('Provenance on its own', () => {
  const row = (...pattern: string[]) => ({ pattern });
  test("each $ of a row's Job Offer path takes the next bound index", () => {
    const provenance = new Provenance();
    const candidate = { a: [{ b: [0, 0, 'x'] }] };
    provenance.record(candidate.a[0]!.b, 2, row('list', '$', 'items', '$'), [4, 7], true);
    expect(provenance.toJobOfferPath(candidate, ['a', 0, 'b', 2])).toEqual(['list', 4, 'items', 7]);
  });
  test('the deepest recorded place on the way names the path; a whole value adds the rest of the path, a container does not', () => {
    const provenance = new Provenance();
    const inner = { c: { d: 1 } };
    const candidate = { a: inner, e: { f: { g: 1 } } };
    provenance.record(candidate, 'a', row('x'), []);
    provenance.record(inner, 'c', row('x', 'y'), [], true);
    provenance.record(candidate, 'e', row('z'), []);
    expect(provenance.toJobOfferPath(candidate, ['a', 'c', 'd'])).toEqual(['x', 'y', 'd']);
    expect(provenance.toJobOfferPath(candidate, ['a', 'q'])).toEqual(['x']);
    expect(provenance.toJobOfferPath(candidate, ['e', 'f', 'g'])).toEqual(['z']);
    expect(provenance.toJobOfferPath(candidate, ['nothing', 'below', 'it'])).toEqual([]);
  });
  test('a path through a missing value or a null stops there', () => {
    const provenance = new Provenance();
    const candidate = { list: [null, 'text'] };
    provenance.record(candidate, 'list', row('ids'), [], true);
    expect(provenance.toJobOfferPath(candidate, ['list', 0, 'x', 'y'])).toEqual(['ids', 0, 'x', 'y']);
    expect(provenance.toJobOfferPath(candidate, ['missing', 'x', 'y'])).toEqual([]);
    expect(provenance.toJobOfferPath(candidate, ['list', 1, 'length', 'x'])).toEqual(['ids', 1, 'length', 'x']);
  });
  test('of the rows recorded for one place: the last with a value, else the first that lacked one', () => {
    const candidate = {};
    const provenance = new Provenance();
    provenance.record(candidate, 'k', row('first'), []);
    provenance.recordLacking(candidate, 'k', row('lacking'), []);
    expect(provenance.toJobOfferPath(candidate, ['k'])).toEqual(['first']);
    provenance.record(candidate, 'k', row('second'), []);
    expect(provenance.toJobOfferPath(candidate, ['k'])).toEqual(['second']);
    const lacking = new Provenance();
    lacking.recordLacking(candidate, 'k', row('guide'), []);
    lacking.recordLacking(candidate, 'k', row('legacy'), []);
    expect(lacking.toJobOfferPath(candidate, ['k'])).toEqual(['guide']);
    expect(lacking.toJobOfferPath(candidate, ['k', 'below'])).toEqual(['guide', 'below']);
  });
  test('a member appended from a Job Offer array names its index there', () => {
    const provenance = new Provenance();
    const ids = ['A1', 'A2'];
    provenance.record(ids, 1, row('job', 'external_ids'), [], false, 3);
    expect(provenance.toJobOfferPath({ ids }, ['ids', 1])).toEqual(['job', 'external_ids', 3]);
    provenance.record(ids, 0, row('job', 'external_id'), []);
    expect(provenance.toJobOfferPath({ ids }, ['ids', 0])).toEqual(['job', 'external_id']);
  });
});
