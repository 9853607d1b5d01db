import { describe, expect, test } from 'vitest';
import {
  isWorkOrderError,
  migrateJobOffer,
  migrateJobOfferOrThrow,
  parseWorkOrder,
  validateWorkOrder,
  WorkOrderError,
  WorkOrderSchema,
} from '../src';
import { deepFreeze } from './support/deep-freeze';
import { FIXTURES, readJson } from './support/fixtures';

const jobOffer = readJson(`${FIXTURES}pairs/guide-example.job-offer.json`);
const workOrder = readJson(`${FIXTURES}pairs/guide-example.work-order.json`);
const document = (readJson(`${FIXTURES}valid-work-orders/guide-document.json`) as { input: unknown }).input;

// Inputs a caller might pass by mistake or malice; none may make either function throw.
const hostile: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['a string', 'job offer'],
  ['a boolean', true],
  ['an array', [jobOffer]],
  ['an empty object', {}],
  ['a function', () => jobOffer],
  ['a Date', new Date(0)],
  ['a Map', new Map([['job', {}]])],
  ['an object without prototype', Object.assign(Object.create(null), { job: { title: 'x' } })],
  ['__proto__ keys', JSON.parse('{"__proto__":{"admin":true},"job":{"__proto__":{"x":1},"title":"t"},"customer":{"constructor":{"prototype":{"y":1}}}}')],
  ['wrong types everywhere', { job: 1, customer: [], entities: {}, appointment: 'x', offer_strategy: 3, contacts: 'x', location: [], title: {} }],
  ['sparse arrays', { job: { title: 't', address: { street_1: 's', city: 'c' } }, customer: { phone_numbers: [, , { number: '1' }] }, entities: [, {}] }],
  ['null members', { job: { title: null, address: null }, customer: { phone_numbers: [null] }, entities: [null], contacts: [null], service_providers: [null], appointment_windows: [null] }],
  ['deep nesting', JSON.parse('{"job":'.repeat(2000) + '1' + '}'.repeat(2000))],
];

describe.each([
  ['migrateJobOffer', migrateJobOffer],
  ['validateWorkOrder', validateWorkOrder],
] as const)('%s never throws on data', (_, fn) => {
  test.each(hostile)('%s', (__, input) => {
    const result = fn(input);
    expect(result.success).toBe(false);
    expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
    for (const issue of result.issues) expect(issue.message).toMatch(/\S/);
  });
});

test('no prototype is polluted by __proto__ and constructor keys', () => {
  const input = JSON.parse(
    '{"job":{"title":"t","address":{"street_1":"s","city":"c"},"__proto__":{"polluted":1}},"customer":{"constructor":{"prototype":{"polluted":1}}},"entities":[{"id":1}],"__proto__":{"polluted":1}}',
  );
  const result = migrateJobOffer(input);
  expect(result.success).toBe(true);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf(result.workOrder)).toBe(Object.prototype);
  expect(JSON.stringify(result.workOrder)).not.toMatch(/__proto__|constructor|polluted/);
});

describe('inputs are never mutated', () => {
  test('deep-frozen inputs work and give the same result', () => {
    const frozenOffer = deepFreeze(structuredClone(jobOffer));
    expect(migrateJobOffer(frozenOffer)).toEqual(migrateJobOffer(jobOffer));
    const frozenDocument = deepFreeze(structuredClone(document));
    expect(validateWorkOrder(frozenDocument)).toEqual(validateWorkOrder(document));
  });
  test('the input is structurally unchanged and shares nothing with the output', () => {
    const offer = structuredClone(jobOffer) as { job: { address: object } };
    const before = structuredClone(offer);
    const result = migrateJobOffer(offer);
    expect(offer).toEqual(before);
    expect(result.success && result.workOrder.location).not.toBe(offer.job.address);
  });
});

test('the same input gives byte-identical results', () => {
  const broken = { ...(jobOffer as object), offer_strategy: 'nope', extra: [1, 2] };
  for (const input of [jobOffer, broken, document, null]) {
    expect(JSON.stringify(migrateJobOffer(input))).toBe(JSON.stringify(migrateJobOffer(structuredClone(input))));
    expect(JSON.stringify(validateWorkOrder(input))).toBe(JSON.stringify(validateWorkOrder(structuredClone(input))));
  }
});

test('a successful migration validates, and validating the result changes nothing', () => {
  const migrated = migrateJobOffer(jobOffer);
  expect(migrated.success).toBe(true);
  const validated = validateWorkOrder(migrated.workOrder);
  expect(validated).toEqual({ success: true, workOrder: migrated.workOrder, issues: [] });
  expect(validateWorkOrder(validated.workOrder)).toEqual(validated);
});

describe('results', () => {
  test('success carries the Work Order and warnings only', () => {
    const result = migrateJobOffer(jobOffer);
    expect(result).toEqual({
      success: true,
      workOrder,
      issues: [{ code: 'dropped_field', severity: 'warning', path: ['duration'], message: '"duration" was dropped: Work Orders do not expire, so offer expiry is no longer supported.' }],
    });
  });
  test('failure carries no Work Order and lists errors before warnings', () => {
    const result = migrateJobOffer({ ...(jobOffer as object), offer_strategy: 'nope' });
    expect(result.success).toBe(false);
    expect('workOrder' in result).toBe(false);
    expect(result.issues.map((i) => [i.severity, i.code])).toEqual([
      ['error', 'invalid_value'],
      ['warning', 'dropped_field'],
    ]);
  });
  test('the exported schema parses to the same canonical form', () => {
    expect(WorkOrderSchema.parse(document)).toEqual(parseWorkOrder(document));
    expect(WorkOrderSchema.safeParse({ ...(document as object), contacts: [] }).success).toBe(false);
  });
});

describe('throwing variants', () => {
  test('return the Work Order on success', () => {
    expect(migrateJobOfferOrThrow(jobOffer)).toEqual(workOrder);
    expect(parseWorkOrder(document)).toEqual(document);
  });
  test('throw a WorkOrderError with every issue on failure', () => {
    const input = { title: 5 };
    let caught: unknown;
    try {
      parseWorkOrder(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WorkOrderError);
    expect(isWorkOrderError(caught)).toBe(true);
    const error = caught as WorkOrderError;
    expect(error.name).toBe('WorkOrderError');
    expect(error.issues).toEqual((validateWorkOrder(input) as { issues: unknown }).issues);
    expect(error.message).toBe(
      [
        'Invalid payload: 3 errors',
        '  error /title invalid_type: "title" must be a string, not 5: change its type.',
        '  error /location required: "location" is required: give the address where the work is done.',
        '  error /contacts required: "contacts" is required: give at least one contact, the customer with "primary": true (who logs in to the portal).',
      ].join('\n'),
    );
  });
  test('a payload given to the wrong throwing function: the message shows the warning that says so', () => {
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as Error).message.split('\n');
      }
      throw new Error('did not throw');
    };
    expect(thrown(() => parseWorkOrder(jobOffer))).toEqual([
      'Invalid payload: 3 errors, 6 warnings',
      expect.stringMatching(/^  error \/title required: /),
      expect.stringMatching(/^  error \/location required: /),
      expect.stringMatching(/^  error \/contacts required: /),
      '  warning /offer_strategy unknown_field: "offer_strategy" is not a Work Order field and was left out of the result: it is a Job Offer field; if this is a Job Offer, migrate it to a Work Order first (migrateJobOffer, or the CLI\'s migrate command).',
      '  … and 5 more warnings (every issue is in error.issues)',
    ]);
    expect(thrown(() => migrateJobOfferOrThrow(document))).toContain(
      '  warning /title dropped_field: "title" is not a Job Offer field and was dropped (the attribute table has no Work Order field for it): it is a Work Order field; if this is a Work Order already, check it with validateWorkOrder (or the CLI\'s validate command) instead of migrating it.',
    );
  });
  test('agree with the safe variants', () => {
    expect(() => migrateJobOfferOrThrow(null)).toThrow(WorkOrderError);
    expect(() => migrateJobOfferOrThrow({ ...(jobOffer as object), entities: [] })).toThrow(/error \/entities direct_single_provider: /);
  });
  test('isWorkOrderError tells other errors apart', () => {
    expect(isWorkOrderError(new Error('x'))).toBe(false);
    expect(isWorkOrderError({ name: 'WorkOrderError', issues: [] })).toBe(false);
    expect(isWorkOrderError(Object.assign(new Error('x'), { name: 'WorkOrderError', issues: [] }))).toBe(true);
  });
});

describe('options', () => {
  test('an invalid option is a caller mistake and throws a TypeError', () => {
    expect(() => migrateJobOffer(jobOffer, { defaultCountry: 'MX' as 'US' })).toThrow(new TypeError('dispatch-workorder: option "defaultCountry" must be one of "US", "CA", got "MX".'));
    expect(() => validateWorkOrder(document, { phoneFormat: 'national' as 'E.164' })).toThrow(TypeError);
    expect(() => migrateJobOffer(jobOffer, { status: 'done' as 'offered' })).toThrow(/option "status"/);
    expect(() => validateWorkOrder(document, 'US' as unknown as object)).toThrow(/options must be an object/);
  });
  test('status is emitted only when asked for', () => {
    expect(migrateJobOfferOrThrow(jobOffer)).not.toHaveProperty('status');
    expect(migrateJobOfferOrThrow(jobOffer, { status: 'unscheduled' })).toHaveProperty('status', 'unscheduled');
  });
});
