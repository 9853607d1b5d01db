import { expect, test } from 'vitest';
import { toJobOfferPath } from '../../src/migrate/job-offer-paths';

test.each([
  [['title'], false, ['job', 'title']],
  [['description'], false, ['job', 'description']],
  [['external_ids', 0], false, ['job', 'external_id']],
  [['location', 'postal_code'], false, ['job', 'address', 'postal_code']],
  [['orchestration'], false, ['offer_strategy']],
  [['appointment_windows'], false, ['appointment']],
  [['appointment_windows', 2], false, ['appointment', 'window_start_time', 2]],
  [['appointment_windows', 2, 'end_time'], false, ['appointment', 'window_end_time', 2]],
  [['contacts', 0, 'first_name'], false, ['customer', 'first_name']],
  [['contacts', 0, 'external_ids', 0], false, ['customer', 'external_id']],
  [['contacts', 0, 'billing_address', 'city'], false, ['customer', 'billing_address', 'city']],
  [['contacts', 0, 'contact_methods', 0, 'value'], true, ['customer', 'email']],
  [['contacts', 0, 'contact_methods', 1, 'value'], true, ['customer', 'phone_numbers', 0, 'number']],
  [['contacts', 0, 'contact_methods', 1, 'value'], false, ['customer', 'phone_numbers', 1, 'number']],
  [['contacts', 0, 'contact_methods', 0, 'preferred'], false, ['customer', 'phone_numbers', 0, 'primary']],
  [['contacts', 0, 'contact_methods', 0], false, ['customer', 'phone_numbers', 0]],
  [['contacts'], false, ['customer']],
  [['service_providers'], false, ['entities']],
  [['service_providers', 1], false, ['entities', 1]],
  [['service_providers', 1, 'id'], false, ['entities', 1, 'id']],
  [['service_providers', 1, 'external_ids', 0], false, ['entities', 1, 'external_id']],
  [['service_providers', 1, 'address', 'state'], false, ['entities', 1, 'data', 'address', 'state']],
  [['service_providers', 1, 'phone_number'], false, ['entities', 1, 'data', 'phone_number']],
  [[], false, []],
] as const)('%j (email: %s) → %j', (path, hasEmail, expected) => {
  expect(toJobOfferPath(path, hasEmail)).toEqual(expected);
});
