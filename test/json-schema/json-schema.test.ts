import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { JobOfferSchema, LocationSchema, validateWorkOrder, WorkOrderSchema } from '../../src';
import { normalizePostalCode } from '../../src/normalize/postal-code';
import { normalizeState } from '../../src/normalize/state';
import { readInstant, TIMESTAMP_PATTERN } from '../../src/normalize/timestamp';
import * as z from 'zod';
import { jsonSchemas, propertiesWithout } from '../../scripts/build-json-schemas.mjs';
import { FIXTURES, fixtureNames, readJson } from '../support/fixtures';

// The JSON Schemas shipped as dispatch-workorder/work-order.schema.json and job-offer.schema.json,
// generated from the source schemas exactly as `npm run build` generates them from the built ones,
// and checked with ajv (a real JSON Schema validator) against the fixtures.
const schemas = jsonSchemas({ WorkOrderSchema, JobOfferSchema, LocationSchema }, '0.0.0-test');
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const workOrder = ajv.compile(schemas['work-order.schema.json']);
const jobOffer = ajv.compile(schemas['job-offer.schema.json']);

const pairs = fixtureNames('pairs', '.job-offer.json');
const valid = fixtureNames('valid-work-orders', '.json').map((name) => [name, readJson(join(FIXTURES, 'valid-work-orders', `${name}.json`))] as [string, { input: unknown; output: unknown }]);
const guide = readJson(join(FIXTURES, 'pairs', 'guide-example.work-order.json')) as Record<string, unknown>;

function errorsOf(validate: typeof workOrder, value: unknown): string {
  validate(value);
  return ajv.errorsText(validate.errors);
}

test('the files are JSON Schema 2020-12 and say what they are', () => {
  for (const [name, title] of [['work-order.schema.json', 'WorkOrder'], ['job-offer.schema.json', 'JobOffer']] as const) {
    expect(schemas[name]).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title, type: 'object' });
  }
  expect((schemas['work-order.schema.json'] as { required: string[] }).required).toEqual(['title', 'location', 'contacts']);
  expect((schemas['job-offer.schema.json'] as { required: string[] }).required).toEqual(['job', 'customer']);
});

describe('every property has a description, from the zod metadata that the TypeScript doc comments come from', () => {
  test.each(['work-order.schema.json', 'job-offer.schema.json'] as const)('%s', (name) => {
    expect(propertiesWithout('description', schemas[name], '')).toEqual([]);
  });

  test('the descriptions are the metadata\'s, lenient forms included', () => {
    const properties = (schemas['work-order.schema.json'] as { properties: Record<string, { description: string; properties: Record<string, { description: string }> }> }).properties;
    expect(properties['title']!.description).toBe(z.globalRegistry.get(WorkOrderSchema.shape.title)?.description);
    expect(properties['title']!.description).toBe('Short title of the job, e.g. `"PLB 123: Fix the Toilet"`. Required.');
    expect(properties['location']!.properties['state']!.description).toContain('in any case; returned uppercased');
    expect(properties['contacts']).toMatchObject({ type: 'array', minItems: 1, description: expect.stringContaining('at least one') });
  });

  test('a field without a description fails the build', () => {
    const undocumented = z.object({ title: z.string().meta({ description: 'Title.' }), location: z.object({ city: z.string() }).meta({ description: 'Place.' }) });
    expect(() => jsonSchemas({ WorkOrderSchema: undocumented, JobOfferSchema, LocationSchema }, '0')).toThrow('no description (zod .meta({ description })) for /location/city');
  });
});

describe('the Work Order schema accepts the guide and its fixtures', () => {
  test.each(pairs)('pairs/%s.work-order.json', (name) => {
    const value = readJson(join(FIXTURES, 'pairs', `${name}.work-order.json`));
    expect(errorsOf(workOrder, value)).toBe('No errors');
  });
  test.each(valid)('valid-work-orders/%s.json, input and canonical output', (_, fixture) => {
    expect(errorsOf(workOrder, fixture.input)).toBe('No errors');
    expect(errorsOf(workOrder, fixture.output)).toBe('No errors');
  });
});

test.each(pairs)('the Job Offer schema accepts pairs/%s.job-offer.json', (name) => {
  expect(errorsOf(jobOffer, readJson(join(FIXTURES, 'pairs', `${name}.job-offer.json`)))).toBe('No errors');
});

// Broken variants of the guide's Work Order: each is rejected by the JSON Schema at the stated
// place, and by validateWorkOrder too.
const broken: [string, (wo: Record<string, any>) => void, string][] = [
  ['title missing', (wo) => delete wo.title, "must have required property 'title'"],
  ['title empty', (wo) => (wo.title = ''), '/title must match pattern "\\S"'],
  ['title blank', (wo) => (wo.title = ' \t '), '/title must match pattern "\\S"'],
  ['title a number', (wo) => (wo.title = 42), '/title must be string'],
  ['location missing', (wo) => delete wo.location, "must have required property 'location'"],
  ['city missing', (wo) => delete wo.location.city, "/location must have required property 'city'"],
  ['street empty', (wo) => (wo.location.street_1 = ''), '/location/street_1 must match pattern "\\S"'],
  ['city blank', (wo) => (wo.location.city = '   '), '/location/city must match pattern "\\S"'],
  ['state spelled out', (wo) => (wo.location.state = 'Massachusetts'), '/location/state must match pattern'],
  ['ZIP code of four digits', (wo) => (wo.location.postal_code = '2114'), '/location/postal_code must match pattern'],
  ['unknown workflow', (wo) => (wo.workflow = 'repair'), '/workflow must be equal to one of the allowed values'],
  ['later orchestration name', (wo) => (wo.orchestration = 'direct_offer'), '/orchestration must be equal to one of the allowed values'],
  ['status rejected', (wo) => (wo.status = 'rejected'), '/status must be equal to one of the allowed values'],
  ['brand id a fraction', (wo) => (wo.brand_id = 1.5), '/brand_id must be integer'],
  ['empty external id', (wo) => (wo.external_ids = ['']), '/external_ids/0 must NOT have fewer than 1 characters'],
  ['window without offset', (wo) => (wo.appointment_windows[0].start_time = '2017-01-01T05:00:00'), `/appointment_windows/0/start_time must match pattern "${TIMESTAMP_PATTERN}"`],
  ['window end missing', (wo) => delete wo.appointment_windows[1].end_time, "/appointment_windows/1 must have required property 'end_time'"],
  ['bad email', (wo) => (wo.contacts[0].contact_methods[0].value = 'joe.shmo'), '/contacts/0/contact_methods/0'],
  ['contact method fax', (wo) => (wo.contacts[0].contact_methods[1].method = 'fax'), '/contacts/0/contact_methods/1'],
  ['provider id a string', (wo) => (wo.service_providers[0].id = '123'), '/service_providers/0/id must be integer'],
  ['contacts an object', (wo) => (wo.contacts = {}), '/contacts must be array'],
  ['contacts missing', (wo) => delete wo.contacts, "must have required property 'contacts'"],
  ['contacts empty', (wo) => (wo.contacts = []), '/contacts must NOT have fewer than 1 items'],
];

describe('the Work Order schema rejects broken Work Orders', () => {
  test.each(broken)('%s', (_, breakIt, error) => {
    const wo = structuredClone(guide);
    breakIt(wo);
    expect(workOrder(wo)).toBe(false);
    expect(ajv.errorsText(workOrder.errors)).toContain(error);
    expect(validateWorkOrder(wo).success).toBe(false);
  });
});

// What JSON Schema cannot say: phone numbers, time zone names, and the rules that span fields.
const BEYOND_JSON_SCHEMA = new Set([
  'invalid_phone',
  'invalid_timezone',
  'primary_contact_count',
  'preferred_method_conflict',
  'direct_single_provider',
  'no_service_provider',
  'window_order',
  'provider_unidentifiable',
  'invalid_postal_code', // a valid code in the other country than the state's
]);

test('of the invalid Work Order fixtures, the JSON Schema rejects exactly those with a structural or format error', () => {
  const rejected: string[] = [];
  for (const name of fixtureNames('invalid-work-orders', '.json')) {
    const fixture = readJson(join(FIXTURES, 'invalid-work-orders', `${name}.json`)) as { input: unknown; issues: { code: string }[] };
    if (workOrder(fixture.input)) {
      const codes = fixture.issues.map((i) => i.code).filter((code) => !BEYOND_JSON_SCHEMA.has(code));
      expect(codes, `${name} is accepted by the JSON Schema`).toEqual([]);
    } else rejected.push(name);
  }
  expect(rejected).toEqual([
    'blank-strings',
    'contact-method-empty',
    'contact-method-kind',
    'contacts-empty',
    'emails-invalid',
    'empty-strings',
    'enum-values',
    'integer-ids',
    'location-missing',
    'location-street-city-missing',
    'many-problems-at-once',
    'nested-locations-incomplete',
    'no-contacts',
    'not-an-object',
    'nulls-in-required-fields',
    'postal-codes-invalid',
    'state-and-timezone-invalid',
    'status-unknown',
    'timestamps-invalid',
    'title-missing',
    'title-wrong-type',
    'too-many-contacts',
  ]);
});

test('the Job Offer schema rejects structurally broken Job Offers and leaves the rest to the migration', () => {
  const rejected = fixtureNames('invalid-job-offers', '.json').filter(
    (name) => !jobOffer((readJson(join(FIXTURES, 'invalid-job-offers', `${name}.json`)) as { input: unknown }).input),
  );
  expect(rejected).toEqual(['customer-missing', 'job-title-missing', 'not-an-object', 'nulls-in-required-fields', 'too-many-phone-numbers', 'wrong-types']);
});

describe('the patterns agree with the normalizers on ASCII text', () => {
  type Property = { pattern?: string; anyOf?: { pattern?: string }[] };
  const location = (schemas['work-order.schema.json'] as { properties: { location: { properties: Record<string, Property> } } }).properties.location;
  const matches = (field: string) => {
    // Optional fields may be null: the string's schema is the first alternative.
    const property = location.properties[field]!;
    const check = ajv.compile({ type: 'string', pattern: (property.anyOf?.[0] ?? property).pattern });
    return (value: string) => check(value);
  };
  const text = (alphabet: string, maxLength: number) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength });

  test('postal_code', () => {
    const pattern = matches('postal_code');
    for (const code of ['02115', '02115-1234', '021151234', ' 02115 ', 'K1A 0B1', 'k1a0b1', 'K1A-0B1', 'D1A 0B1', 'K1A 0B', '0211']) {
      expect(pattern(code), code).toBe(normalizePostalCode(code).ok);
    }
    fc.assert(
      fc.property(text('0123456789ABCDEFGHIKLNOQUVWXYZabcdeiouwz -\t\n\u00a0', 12), (value) => pattern(value) === normalizePostalCode(value).ok),
      { numRuns: 3000, seed: 3 },
    );
  });

  test('state', () => {
    const pattern = matches('state');
    for (const code of ['MA', 'ma', ' on ', 'DC', 'PR', 'XX', 'M', 'MAS']) expect(pattern(code), code).toBe(normalizeState(code).ok);
    fc.assert(
      fc.property(text('ABCDEKLMNOTYZaceklmnoty \t', 4), (value) => pattern(value) === normalizeState(value).ok),
      { numRuns: 3000, seed: 4 },
    );
  });
});

test('window times: the JSON Schema pattern is the library\'s timestamp grammar (its shape; the calendar is checked by the library)', () => {
  const pattern = new RegExp(TIMESTAMP_PATTERN);
  const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
  const timestamp = fc
    .tuple(digits(4), digits(2), digits(2), fc.constantFrom('T', 't', ' '), digits(2), digits(2), fc.option(digits(2)), fc.option(digits(3)), fc.constantFrom('Z', 'z', '+05:30', '-0500', '', '+24:00'))
    .map(([y, mo, d, t, h, mi, s, f, o]) => `${y}-${mo}-${d}${t}${h}:${mi}${s === null ? '' : `:${s}`}${s !== null && f !== null ? `.${f}` : ''}${o}`);
  fc.assert(
    fc.property(fc.oneof(timestamp, fc.string()), (text) => {
      if (readInstant(text) !== undefined) expect(pattern.test(text)).toBe(true);
      if (!pattern.test(text)) expect(readInstant(text)).toBeUndefined();
    }),
  );
});

test('null is accepted in optional fields and rejected in required ones, as the library reads it', () => {
  const fixture = readJson(join(FIXTURES, 'valid-work-orders', 'nulls-are-absent.json')) as { input: unknown };
  expect(errorsOf(workOrder, fixture.input)).toBe('No errors');
  expect(errorsOf(jobOffer, readJson(join(FIXTURES, 'pairs', 'nulls-are-absent.job-offer.json')))).toBe('No errors');
  expect(errorsOf(workOrder, { ...guide, title: null })).toBe('data/title must be string');
});
