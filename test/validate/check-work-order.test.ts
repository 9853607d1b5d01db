import { expect, test } from 'vitest';
import { migrateJobOffer, validateWorkOrder } from '../../src';
import { FIXTURES, readJson } from '../support/fixtures';

// A contact method is a union on `method`: zod reports a missing `method` alone, and the Work Order
// check adds each field that every kind of contact method requires (`value`) when it is missing too.

const workOrder = readJson(`${FIXTURES}pairs/guide-example.work-order.json`) as { contacts: Record<string, unknown>[] };
const methodIssues = (method: object) =>
  validateWorkOrder({ ...workOrder, contacts: [{ ...workOrder.contacts[0], contact_methods: [method] }] }).issues.map((i) => [i.code, i.path.slice(3).join('.'), i.message]);
const METHOD_REQUIRED = ['required', '0.method', '"contacts[0].contact_methods[0].method" is required: say whether this is a "phone" or an "email".'];
const VALUE_REQUIRED = ['required', '0.value', '"contacts[0].contact_methods[0].value" is required: give the phone number or email address.'];

test('no method and no value: both are required', () => {
  expect(methodIssues({ type: 'home' })).toEqual([METHOD_REQUIRED, VALUE_REQUIRED]);
});

test('no method, a value: the method alone is required', () => {
  expect(methodIssues({ value: '+15551234567' })).toEqual([METHOD_REQUIRED]);
});

test('a method that is null is absent, as any null field is: required, as when the key is left out', () => {
  expect(methodIssues({ method: null, value: '+15551234567' })).toEqual([METHOD_REQUIRED]);
  expect(methodIssues({ method: null, value: null })).toEqual([METHOD_REQUIRED, VALUE_REQUIRED]);
  expect(methodIssues({ method: null, type: 'home' })).toEqual(methodIssues({ type: 'home' }));
});

test('a method of no known kind and no value: the method alone is reported (which fields a kind requires is not known)', () => {
  expect(methodIssues({ method: 'fax' })).toEqual([['invalid_value', '0.method', '"fax" is not allowed for "contacts[0].contact_methods[0].method": use one of "phone", "email".']]);
});

test('a known method without its value: the value is required, once', () => {
  expect(methodIssues({ method: 'phone' })).toEqual([VALUE_REQUIRED]);
  expect(methodIssues({ method: 'email', type: 5 })).toEqual([
    ['invalid_type', '0.type', '"contacts[0].contact_methods[0].type" must be a string, not 5: change its type.'],
    VALUE_REQUIRED,
  ]);
});

test('a field whose value is undefined is absent: not in the canonical Work Order', () => {
  const location = (workOrder as unknown as { location: object }).location;
  const result = validateWorkOrder({ ...workOrder, description: undefined, location: { ...location, street_2: undefined } });
  expect(result.success).toBe(true);
  expect(result.workOrder).not.toHaveProperty('description');
  expect(result.workOrder?.location).toStrictEqual({ street_1: '1234 Test Avenue', city: 'Boston', state: 'MA', postal_code: '02114' });
});

test('a contact method that is an array is an invalid_type, not a method without its fields', () => {
  expect(methodIssues([1])).toEqual([['invalid_type', '0', '"contacts[0].contact_methods[0]" must be an object, not an array: change its type.']]);
});

test('a contact method of no known kind is checked no further: its other keys are not reported', () => {
  expect(methodIssues({ method: 'fax', foo: 1 })).toEqual([['invalid_value', '0.method', '"fax" is not allowed for "contacts[0].contact_methods[0].method": use one of "phone", "email".']]);
});

// zod runs a field's length checks on a value of the wrong type that has a length; the type is the
// problem, and is reported alone.
test.each([
  [{ title: [] }, ['title'], '"title" must be a string, not an array: change its type.'],
  [{ title: [1] }, ['title'], '"title" must be a string, not an array: change its type.'],
  [{ external_ids: 'x'.repeat(25) }, ['external_ids'], '"external_ids" must be an array, not the string "xxxxxxxxxxxxxxxxxxxxxxxxx": change its type.'],
  [{ contacts: '' }, ['contacts'], '"contacts" must be an array, not the string "": change its type.'],
])('a value of the wrong type with a length (%j) is an invalid_type alone', (fields, path, message) => {
  expect(validateWorkOrder({ ...workOrder, ...fields }).issues).toEqual([{ code: 'invalid_type', severity: 'error', path, message }]);
});

test('and so in a Job Offer, at its own path', () => {
  const jobOffer = readJson(`${FIXTURES}pairs/guide-example.job-offer.json`) as { job: object };
  expect(migrateJobOffer({ ...jobOffer, job: { ...jobOffer.job, title: [] } }).issues.filter((i) => i.severity === 'error')).toEqual([
    { code: 'invalid_type', severity: 'error', path: ['job', 'title'], message: '"job.title" must be a string, not an array: change its type.' },
  ]);
});

test('only the issues at the very path of a type issue are left out', () => {
  const location = { street_1: [], city: '' };
  expect(validateWorkOrder({ ...workOrder, title: [], location, contacts: [] }).issues.map((i) => [i.code, i.path])).toEqual([
    ['invalid_type', ['title']],
    ['invalid_type', ['location', 'street_1']],
    ['invalid_value', ['location', 'city']],
    ['invalid_value', ['contacts']],
  ]);
});
