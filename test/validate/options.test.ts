import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { migrateJobOffer, validateWorkOrder } from '../../src';
import { checkOptions } from '../../src/validate/options';
import { FIXTURES, readJson } from '../support/fixtures';

const jobOffer = readJson(`${FIXTURES}pairs/guide-example.job-offer.json`);
const workOrder = readJson(`${FIXTURES}pairs/guide-example.work-order.json`);

describe('options are checked with zod: a caller mistake is a TypeError that names it', () => {
  test('an unknown option names itself, the nearest known one, and the list', () => {
    expect(() => migrateJobOffer(jobOffer, { statu: 'offered' } as never)).toThrow(
      new TypeError(
        'dispatch-workorder: unknown option "statu" (did you mean "status"?); the options are "defaultCountry", "phoneFormat", "now", "status", "inferTimezone", "localTimes".',
      ),
    );
    expect(() => validateWorkOrder(workOrder, { phone_format: 'E.164' } as never)).toThrow(
      new TypeError('dispatch-workorder: unknown option "phone_format" (did you mean "phoneFormat"?); the options are "defaultCountry", "phoneFormat", "now".'),
    );
    expect(() => validateWorkOrder(workOrder, { status: 'offered' } as never)).toThrow(/unknown option "status"; the options are/);
  });

  test('a value outside an option\'s list names the list', () => {
    expect(() => migrateJobOffer(jobOffer, { localTimes: 'utc' as 'reject' })).toThrow(
      new TypeError('dispatch-workorder: option "localTimes" must be one of "reject", "location", got "utc".'),
    );
  });

  test('options that are not an object', () => {
    expect(() => validateWorkOrder(workOrder, null as never)).toThrow(new TypeError('dispatch-workorder: options must be an object, got null.'));
    expect(() => migrateJobOffer(jobOffer, 5 as never)).toThrow(new TypeError('dispatch-workorder: options must be an object, got number.'));
  });

  test('undefined values are the defaults', () => {
    expect(validateWorkOrder(workOrder, { defaultCountry: undefined, phoneFormat: undefined, now: undefined })).toEqual(validateWorkOrder(workOrder));
    expect(migrateJobOffer(jobOffer, { status: undefined, localTimes: undefined, inferTimezone: undefined })).toEqual(migrateJobOffer(jobOffer));
  });
});

describe('now', () => {
  const inPast = (now: unknown) => validateWorkOrder(workOrder, { now: now as string }).issues.filter((i) => i.code === 'window_in_past').length;
  test.each([
    ['a Date', new Date('2017-01-01T08:00:00Z'), 1],
    ['milliseconds', Date.parse('2017-01-01T14:00:00Z'), 2],
    ['a timestamp without seconds', '2017-01-01T14:00Z', 2],
    ['a timestamp with an offset', '2017-01-01T02:00:00-05:00', 1],
    ['a timestamp in lowercase', '2016-12-31t00:00:00z', 0],
  ])('%s', (_, now, count) => {
    expect(inPast(now)).toBe(count);
  });
  test.each([
    ['an invalid Date', new Date('nope'), 'Invalid Date'],
    ['NaN', Number.NaN, 'NaN'],
    ['a time without offset', '2017-01-01T08:00:00', '"2017-01-01T08:00:00"'],
    ['a day that does not exist', '2017-02-30T08:00:00Z', '"2017-02-30T08:00:00Z"'],
    ['true', true, 'true'],
    ['an object that prints as a timestamp', { toString: () => '2017-01-01T08:00:00Z' }, '2017-01-01T08:00:00Z'],
  ])('%s is a TypeError', (_, now, shown) => {
    expect(() => inPast(now)).toThrow(
      new TypeError(
        `dispatch-workorder: option "now" must be a valid Date, a number of milliseconds, or an ISO 8601 string with an offset (e.g. "2017-01-01T00:00:00Z"), got ${shown}.`,
      ),
    );
  });
});

test('an option problem of another kind still names the option', () => {
  expect(() => checkOptions(z.strictObject({ limit: z.number() }), { limit: 'ten' })).toThrow(
    new TypeError('dispatch-workorder: option "limit" is not valid: Invalid input: expected number, received string.'),
  );
});
