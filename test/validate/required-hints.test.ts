import { expect, test } from 'vitest';
import { migrateJobOffer, validateWorkOrder } from '../../src';
import { FIXTURES, readJson } from '../support/fixtures';

// A missing required field is reported with what to give, by field name (src/validate/messages.ts).
const required = (issues: readonly { code: string; path: readonly unknown[]; message: string }[]) => issues.filter((i) => i.code === 'required').map((i) => [i.path, i.message]);

test('in a Work Order', () => {
  const workOrder = { orchestration: 'round_robin', service_providers: [{ name: 'N' }], location: {}, contacts: [{ primary: true, contact_methods: [{}] }], appointment_windows: [{}] };
  expect(required(validateWorkOrder(workOrder).issues)).toEqual([
    [['title'], '"title" is required: give the job a short title, e.g. "Fix the sink".'],
    [['location', 'street_1'], '"location.street_1" is required: give the first line of the street address.'],
    [['location', 'city'], '"location.city" is required: give the city.'],
    [['appointment_windows', 0, 'start_time'], '"appointment_windows[0].start_time" is required: give the window start as ISO 8601 with an offset, e.g. "2017-01-01T05:00:00Z".'],
    [['appointment_windows', 0, 'end_time'], '"appointment_windows[0].end_time" is required: give the window end as ISO 8601 with an offset, e.g. "2017-01-01T07:00:00Z".'],
    [['contacts', 0, 'contact_methods', 0, 'method'], '"contacts[0].contact_methods[0].method" is required: say whether this is a "phone" or an "email".'],
    [['contacts', 0, 'contact_methods', 0, 'value'], '"contacts[0].contact_methods[0].value" is required: give the phone number or email address.'],
  ]);
  expect(required(validateWorkOrder({}).issues)).toEqual([
    [['title'], '"title" is required: give the job a short title, e.g. "Fix the sink".'],
    [['location'], '"location" is required: give the address where the work is done.'],
    [['contacts'], '"contacts" is required: give at least one contact, the customer with "primary": true (who logs in to the portal).'],
  ]);
});

test('in a Job Offer', () => {
  expect(required(migrateJobOffer({}).issues)).toEqual([
    [['job'], '"job" is required: give the job: its title and address.'],
    [['customer'], '"customer" is required: give the customer, who becomes the primary contact.'],
  ]);
  expect(required(migrateJobOffer({ job: {}, customer: { phone_numbers: [{}] } }).issues)).toEqual([
    [['job', 'title'], '"job.title" is required: give the job a short title, e.g. "Fix the sink".'],
    [['job', 'address'], '"job.address" is required: give the address where the work is done.'],
    [['customer', 'phone_numbers', 0, 'number'], '"customer.phone_numbers[0].number" is required: give the phone number.'],
  ]);
});

test('a hole in an array is required at its index, with the hint of the array it is in', () => {
  const workOrder = readJson(`${FIXTURES}pairs/guide-example.work-order.json`) as { contacts: unknown[] };
  expect(required(validateWorkOrder({ ...workOrder, contacts: [workOrder.contacts[0], ,] }).issues)).toEqual([
    [['contacts', 1], '"contacts[1]" is required: give at least one contact, the customer with "primary": true (who logs in to the portal).'],
  ]);
});

test('no payload at all (undefined) is one required issue at the root, in both functions', () => {
  const missing = [{ code: 'required', severity: 'error', path: [], message: 'The payload is missing (undefined): pass an object, such as the result of JSON.parse.' }];
  expect(migrateJobOffer(undefined).issues).toEqual(missing);
  expect(validateWorkOrder(undefined).issues).toEqual(missing);
});
