import { describe, expect, test } from 'vitest';
import { migrateJobOffer } from '../../src';
import { mapJobOffer } from '../../src/migrate/map-job-offer';

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
