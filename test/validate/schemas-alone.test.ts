import { describe, expect, test } from 'vitest';
import type * as z from 'zod';
import { AppointmentWindowSchema, ContactMethodSchema, ContactSchema, LocationSchema, ServiceProviderSchema, WorkOrderSchema } from '../../src';

// Each exported schema used on its own: it returns the canonical form, and enforces the business
// rules of what it holds as zod issues with the library's code in `params.code`; warnings are not
// zod issues (they come from validateWorkOrder and migrateJobOffer).

const parsed = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? { data: result.data } : { issues: result.error.issues.map((i) => [(i as { params?: { code?: string } }).params?.code ?? i.code, i.path, i.message]) };

describe('LocationSchema', () => {
  test('normalizes state, postal code and time zone; a ZIP+4 is cut with no issue (a warning elsewhere)', () => {
    expect(parsed(LocationSchema.safeParse({ street_1: '1 Main', city: 'Boston', state: 'ma', postal_code: '02115-1234', timezone: 'america/new_york' }))).toEqual({
      data: { street_1: '1 Main', city: 'Boston', state: 'MA', postal_code: '02115', timezone: 'America/New_York' },
    });
  });
  test('a postal code of the other country is an error; a code of another state or a zone abroad, warnings, are not issues', () => {
    expect(parsed(LocationSchema.safeParse({ street_1: '1 Main', city: 'Boston', state: 'ON', postal_code: '02115' }))).toEqual({
      issues: [['invalid_postal_code', ['postal_code'], 'In "postal_code", "02115" is a US ZIP code but "ON" is a Canadian province: correct the postal code or the state so that both are in one country.']],
    });
    expect(LocationSchema.safeParse({ street_1: '1 Main', city: 'Boston', state: 'MA', postal_code: '90210', timezone: 'Europe/London' }).success).toBe(true);
  });
});

test('AppointmentWindowSchema: canonical timestamps; a window that ends before it starts is window_order', () => {
  expect(parsed(AppointmentWindowSchema.safeParse({ start_time: '2017-01-01T05:00:00.000Z', end_time: '2017-01-01T07:00:00+00:00' }))).toEqual({
    data: { start_time: '2017-01-01T05:00:00Z', end_time: '2017-01-01T07:00:00+00:00' },
  });
  expect(parsed(AppointmentWindowSchema.safeParse({ start_time: '2017-01-01T07:00:00Z', end_time: '2017-01-01T05:00:00Z' }))).toEqual({
    issues: [['window_order', [], 'This window starts at 2017-01-01T07:00:00Z and ends at 2017-01-01T05:00:00Z: make "start_time" earlier than "end_time".']],
  });
});

test('ContactSchema: phones normalized; two preferred phones is preferred_method_conflict; an empty contact (a warning elsewhere) passes', () => {
  const contact = { first_name: 'A', contact_methods: [{ method: 'phone', value: '(617) 253-1000', preferred: true }, { method: 'phone', value: '617-253-1001', preferred: true }] };
  expect(parsed(ContactSchema.safeParse(contact))).toEqual({
    issues: [['preferred_method_conflict', ['contact_methods', 1, 'preferred'], '"contact_methods[0]" is already the preferred phone, and a contact may have only one: set "preferred": false here.']],
  });
  expect(parsed(ContactSchema.safeParse({ ...contact, contact_methods: contact.contact_methods.slice(0, 1) }))).toEqual({
    data: { first_name: 'A', contact_methods: [{ method: 'phone', value: '+16172531000', preferred: true }] },
  });
  expect(parsed(ContactSchema.safeParse({}))).toEqual({ data: {} });
});

test('ServiceProviderSchema: a provider with nothing to match it by is provider_unidentifiable', () => {
  expect(parsed(ServiceProviderSchema.safeParse({}))).toEqual({
    issues: [['provider_unidentifiable', [], 'The service provider at "(root)" can be neither matched nor created: give its Dispatch "id", its "external_ids", or at least its "name" (with address, email and phone).']],
  });
  expect(parsed(ServiceProviderSchema.safeParse({ name: 'N', phone_number: '(617) 253-1000' }))).toEqual({ data: { name: 'N', phone_number: '+16172531000' } });
});

test('ContactMethodSchema: a US national number in E.164, its extension dropped', () => {
  expect(parsed(ContactMethodSchema.safeParse({ method: 'phone', value: '(617) 253-1000 x5' }))).toEqual({ data: { method: 'phone', value: '+16172531000' } });
});

describe('a schema used alone on null where an entity goes', () => {
  // The schemas take JSON as it is: null is an invalid_type there (the two functions read it as
  // absent), and the rule pass beside the parse skips it instead of throwing.
  test('LocationSchema given null: invalid_type, no throw', () => {
    const result = LocationSchema.safeParse(null);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.code, i.path])).toEqual([['invalid_type', []]]);
  });

  test('WorkOrderSchema given a null location: invalid_type at location, no throw', () => {
    const result = WorkOrderSchema.safeParse({ title: 'Fix', location: null, contacts: [{ first_name: 'Joe', primary: true }] });
    expect(result.error?.issues.map((i) => [i.code, i.path])).toEqual([['invalid_type', ['location']]]);
  });
});
