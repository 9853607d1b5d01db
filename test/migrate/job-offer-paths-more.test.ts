import { expect, test } from 'vitest';
import { toJobOfferPath } from '../../src/migrate/job-offer-paths';

// The rest of the attribute table read backwards: paths the mappers never build today, answered
// with the nearest Job Offer field rather than a wrong one.
test.each([
  [['service_providers', 1, 'type'], false, ['entities', 1]],
  [['status'], false, ['status']],
  [['workflow'], true, ['workflow']],
  [['contacts', 0, 'contact_methods'], false, ['customer']],
  [['contacts', 0, 'contact_methods', 'x'], true, ['customer']],
  [['contacts', 0, 'contact_methods', 2, 'method'], true, ['customer', 'phone_numbers', 1, 'method']],
  [['contacts', 0, 'contact_methods', 0, 'type'], false, ['customer', 'phone_numbers', 0, 'type']],
  [['contacts', 0, 'primary'], false, ['customer']],
] as const)('%j (email: %s) → %j', (path, hasEmail, expected) => {
  expect(toJobOfferPath(path, hasEmail)).toEqual(expected);
});
