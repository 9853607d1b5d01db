import { describe, expect, test } from 'vitest';
import { migrateJobOffer, validateWorkOrder } from '../../src';
import { LIMITS } from '../../src/schemas/limits';
import { FIXTURES, readJson } from '../support/fixtures';

const workOrder = readJson(`${FIXTURES}pairs/guide-example.work-order.json`) as Record<string, unknown>;
const jobOffer = readJson(`${FIXTURES}pairs/guide-example.job-offer.json`) as Record<string, unknown>;

describe('size limits', () => {
  test('a string over the limit is too_large at its path, and the payload is checked no further', () => {
    const result = validateWorkOrder({ ...workOrder, description: 'x'.repeat(LIMITS.maxStringLength + 1), title: 5 });
    expect(result).toEqual({
      success: false,
      issues: [{ code: 'too_large', severity: 'error', path: ['description'], message: `"description" is ${LIMITS.maxStringLength + 1} characters long; at most ${LIMITS.maxStringLength} are accepted: split the payload or shorten the value.` }],
    });
  });

  test('a string at the limit is fine', () => {
    expect(validateWorkOrder({ ...workOrder, description: 'x'.repeat(LIMITS.maxStringLength) }).success).toBe(true);
  });

  test('an array over its limit is too_large, at the limit it is checked as usual', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `ID${i}`);
    expect(validateWorkOrder({ ...workOrder, external_ids: ids(LIMITS.maxExternalIds) }).success).toBe(true);
    expect(validateWorkOrder({ ...workOrder, external_ids: ids(LIMITS.maxExternalIds + 1) }).issues).toEqual([
      expect.objectContaining({ code: 'too_large', path: ['external_ids'], message: expect.stringContaining(`has ${LIMITS.maxExternalIds + 1} entries; at most ${LIMITS.maxExternalIds}`) }),
    ]);
  });

  test('a string inside an array (external_ids) over the limit is too_large at its element; every such element is reported', () => {
    const long = 'x'.repeat(LIMITS.maxStringLength + 1);
    const message = (path: string) => `"${path}" is ${LIMITS.maxStringLength + 1} characters long; at most ${LIMITS.maxStringLength} are accepted: split the payload or shorten the value.`;
    expect(validateWorkOrder({ ...workOrder, external_ids: ['AAA123', long, long], title: 5 })).toEqual({
      success: false,
      issues: [
        { code: 'too_large', severity: 'error', path: ['external_ids', 1], message: message('external_ids[1]') },
        { code: 'too_large', severity: 'error', path: ['external_ids', 2], message: message('external_ids[2]') },
      ],
    });
    expect(validateWorkOrder({ ...workOrder, external_ids: ['x'.repeat(LIMITS.maxStringLength)] }).success).toBe(true);
  });

  test(`an object of ${LIMITS.maxObjectKeys} keys is read (each unknown key a warning), one more is too_large`, () => {
    const location = workOrder['location'] as Record<string, unknown>;
    const padded = (n: number) => ({ ...location, ...Object.fromEntries(Array.from({ length: n - Object.keys(location).length }, (_, i) => [`k${i}`, i])) });
    const atLimit = validateWorkOrder({ ...workOrder, location: padded(LIMITS.maxObjectKeys) });
    expect(atLimit.success).toBe(true);
    expect(atLimit.issues).toHaveLength(101);
    expect(validateWorkOrder({ ...workOrder, location: padded(LIMITS.maxObjectKeys + 1) }).issues).toEqual([
      {
        code: 'too_large',
        severity: 'error',
        path: ['location'],
        message: `"location" has ${LIMITS.maxObjectKeys + 1} keys; at most ${LIMITS.maxObjectKeys} are accepted: split the payload or shorten the value.`,
      },
    ]);
  });

  test('an object with too many keys is too_large instead of thousands of unknown_field warnings', () => {
    const location = { ...(workOrder['location'] as object), ...Object.fromEntries(Array.from({ length: LIMITS.maxObjectKeys }, (_, i) => [`k${i}`, i])) };
    expect(validateWorkOrder({ ...workOrder, location }).issues).toEqual([expect.objectContaining({ code: 'too_large', path: ['location'] })]);
  });

  test('a hostile Job Offer fails fast at every oversized place', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const input = { ...jobOffer, job: { ...(jobOffer['job'] as object), description: huge }, entities: Array.from({ length: 1_000_000 }, () => ({ id: 1 })) };
    const started = process.hrtime.bigint();
    const result = migrateJobOffer(input);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(result.issues.filter((i) => i.code === 'too_large').map((i) => i.path)).toEqual([['job', 'description'], ['entities']]);
    // Not a timing assertion: a bound so loose only a walk over a million entries could break it.
    expect(ms).toBeLessThan(2_000);
  });

  test.each([
    ['job.external_ids', LIMITS.maxExternalIds],
    ['job.address.external_ids', LIMITS.maxExternalIds],
    ['customer.phone_numbers', LIMITS.maxContactMethods],
    ['customer.external_ids', LIMITS.maxExternalIds],
    ['customer.billing_address.external_ids', LIMITS.maxExternalIds],
    ['entities', LIMITS.maxServiceProviders],
    ['entities.0.data.external_ids', LIMITS.maxExternalIds],
    ['entities.0.data.address.external_ids', LIMITS.maxExternalIds],
  ] as const)('a Job Offer whose %s is over its limit (%i) is too_large there, and is checked no further', (where, limit) => {
    const input = structuredClone(jobOffer) as Record<string, Record<string, unknown>>;
    (input['job'] as Record<string, unknown>)['title'] = 5;
    const customer = input['customer'] as Record<string, unknown>;
    customer['email'] = undefined; // the email counts among the customer's phones
    customer['billing_address'] = { street_1: '1 Main St', city: 'Boston' };
    input['entities'] = [{ id: 1, data: { name: 'N', address: { street_1: '1 Main St', city: 'Boston' } } }] as never;
    const path = where.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    let at: Record<string | number, unknown> = input;
    for (const segment of path.slice(0, -1)) at = at[segment] as Record<string | number, unknown>;
    at[path.at(-1)!] = Array.from({ length: limit + 1 }, (_, i) => (where.endsWith('phone_numbers') ? { number: '+15551234567' } : where === 'entities' ? { id: i } : `ID${i}`));
    expect(migrateJobOffer(input).issues.filter((i) => i.severity === 'error')).toEqual([
      {
        code: 'too_large',
        severity: 'error',
        path,
        message: `"${where.replace(/\.(\d+)/g, '[$1]')}" has ${limit + 1} entries; at most ${limit} are accepted: split the payload or shorten the value.`,
      },
    ]);
  });

  test('limits are documented in LIMITS and enforced on both payloads', () => {
    expect(LIMITS).toEqual({
      maxStringLength: 65_536,
      maxObjectKeys: 200,
      maxContacts: 50,
      maxContactMethods: 20,
      maxAppointmentWindows: 50,
      maxServiceProviders: 50,
      maxExternalIds: 20,
    });
    const windows = Array.from({ length: LIMITS.maxAppointmentWindows + 1 }, () => '2017-01-01T05:00:00Z');
    expect(migrateJobOffer({ ...jobOffer, appointment: { window_start_time: windows, window_end_time: windows } }).issues.map((i) => [i.code, i.path])).toEqual([
      ['too_large', ['appointment', 'window_start_time']],
      ['too_large', ['appointment', 'window_end_time']],
      ['dropped_field', ['duration']],
    ]);
  });
});
