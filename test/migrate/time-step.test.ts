import { describe, expect, test } from 'vitest';
import { migrateJobOffer, migrateJobOfferOrThrow, validateWorkOrder, type MigrateOptions, type MigrationResult } from '../../src';
import { applyTimeOptions } from '../../src/migrate/time-step';
import { inferTimezone } from '../../src/time/timezone';
import { deepFreeze } from '../support/deep-freeze';

interface Address {
  state?: string;
  postal_code?: string;
  timezone?: string;
}

/** A Job Offer with one address and parallel window arrays. */
function jobOffer(address: Address, starts: string[] = [], ends: string[] = starts): Record<string, unknown> {
  return {
    job: { title: 'Fix the Sink', address: { street_1: '1234 Test Avenue', city: 'Somewhere', ...address } },
    ...(starts.length > 0 ? { appointment: { window_start_time: starts, window_end_time: ends } } : {}),
    customer: { first_name: 'Joe' },
    entities: [{ type: 'organization', id: 123 }],
  };
}

function summary(result: MigrationResult) {
  return {
    success: result.success,
    timezone: result.success ? result.workOrder.location.timezone : undefined,
    windows: result.success ? result.workOrder.appointment_windows : undefined,
    issues: result.issues.map((i) => [i.code, i.severity, i.path.join('.')]),
    notes: result.notes,
  };
}

describe('inferTimezone: fill in a missing zone, check a given one', () => {
  test('a missing zone is filled in from the postal code and reported as a note, not an issue', () => {
    const result = migrateJobOffer(jobOffer({ state: 'IN', postal_code: '46312' }), { inferTimezone });
    expect(summary(result)).toEqual({
      success: true,
      timezone: 'America/Chicago',
      windows: undefined,
      issues: [],
      notes: [{ code: 'timezone_inferred', path: ['job', 'address', 'timezone'], message: '"America/Chicago" was filled in as the time zone of postal code "46312".' }],
    });
  });

  test('from the state alone when it has one zone', () => {
    const result = migrateJobOffer(jobOffer({ state: 'MA' }), { inferTimezone });
    expect(result.success && result.workOrder.location.timezone).toBe('America/New_York');
    expect(result.notes?.[0]?.message).toBe('"America/New_York" was filled in as the time zone of state "MA".');
  });

  test('nothing to infer: no zone, no notes key, no issue', () => {
    const result = migrateJobOffer(jobOffer({ state: 'TX' }), { inferTimezone });
    expect(summary(result)).toEqual({ success: true, timezone: undefined, windows: undefined, issues: [], notes: undefined });
    expect('notes' in result).toBe(false);
  });

  test('without the option nothing changes: no zone, no notes key', () => {
    const result = migrateJobOffer(jobOffer({ state: 'IN', postal_code: '46312' }));
    expect(result.success && result.workOrder.location).toEqual({ street_1: '1234 Test Avenue', city: 'Somewhere', state: 'IN', postal_code: '46312' });
    expect('notes' in result).toBe(false);
  });

  test('a given zone that keeps other hours than the postal code is a timezone_mismatch warning, and is kept', () => {
    const result = migrateJobOffer(jobOffer({ state: 'IN', postal_code: '46312', timezone: 'America/New_York' }), { inferTimezone });
    expect(summary(result)).toEqual({
      success: true,
      timezone: 'America/New_York',
      windows: undefined,
      issues: [['timezone_mismatch', 'warning', 'job.address.timezone']],
      notes: undefined,
    });
    expect(result.issues[0]?.message).toBe(
      '"America/New_York" is not the time zone of postal code "46312", which is "America/Chicago" and keeps other hours: correct the time zone or the address, or leave the time zone out to have it derived from the postal code.',
    );
  });

  test.each([
    ['46204', 'America/New_York', 'Indianapolis: America/Indiana/Indianapolis keeps New York hours since 2006'],
    ['48201', 'America/New_York', 'Detroit: America/Detroit'],
    ['02115', 'america/new_york', 'a differently spelled name of the same zone'],
    ['02115', 'US/Eastern', 'an alias'],
    ['83702', 'America/Denver', 'Boise: America/Boise'],
  ])('%s with %s agrees (%s)', (postal_code, timezone) => {
    const result = migrateJobOffer(jobOffer({ postal_code, timezone }), { inferTimezone });
    expect(result.success).toBe(true);
    expect(result.issues).toEqual([]);
  });

  test('an invalid given zone is reported once, by the schema, and not compared', () => {
    const result = migrateJobOffer(jobOffer({ postal_code: '46312', timezone: 'Central' }), { inferTimezone });
    expect(summary(result).issues).toEqual([['invalid_timezone', 'error', 'job.address.timezone']]);
  });

  test('a given zone with an unknown postal code is left alone', () => {
    const result = migrateJobOffer(jobOffer({ state: 'TX', postal_code: '00000', timezone: 'America/Chicago' }), { inferTimezone });
    expect(summary(result).issues).toEqual([]);
  });

  test('a custom resolver works, and one that returns a non-zone is a caller mistake', () => {
    const result = migrateJobOffer(jobOffer({ postal_code: '02115' }), { inferTimezone: () => 'america/phoenix' });
    expect(result.success && result.workOrder.location.timezone).toBe('America/Phoenix');
    expect(() => migrateJobOffer(jobOffer({ postal_code: '02115' }), { inferTimezone: () => 'Eastern' })).toThrow(
      new TypeError('dispatch-workorder: the "inferTimezone" function must return an IANA time zone name or undefined, got "Eastern".'),
    );
    expect(() => migrateJobOffer(jobOffer({ postal_code: '02115' }), { inferTimezone: (() => 5) as never })).toThrow(/got number/);
  });
});

describe("localTimes: 'location'", () => {
  const ny: Address = { state: 'MA', postal_code: '02114', timezone: 'America/New_York' };

  test("by default a time without offset stays an invalid_timestamp error (the 'reject' mode)", () => {
    for (const options of [undefined, { localTimes: 'reject' } as const]) {
      const result = migrateJobOffer(jobOffer(ny, ['2017-01-01T09:00:00'], ['2017-01-01T11:00:00Z']), options);
      expect(summary(result).issues).toEqual([['invalid_timestamp', 'error', 'appointment.window_start_time.0']]);
      expect(result.issues[0]?.message).toBe('In "appointment.window_start_time[0]", "2017-01-01T09:00:00" has no offset, so the instant it means is unknown: add "Z" for UTC or the local offset, e.g. "2017-01-01T09:00:00-05:00".');
    }
  });

  test('wall-clock times are read in the location zone and written with its offset; times with an offset are kept', () => {
    const result = migrateJobOffer(
      jobOffer(ny, ['2017-01-01T09:00:00', '2017-07-01T09:00', '2017-01-02T14:00:00Z'], ['2017-01-01T11:00:00', '2017-07-01T11:00:00.5', '2017-01-02T16:00:00Z']),
      { localTimes: 'location' },
    );
    expect(summary(result)).toEqual({
      success: true,
      timezone: 'America/New_York',
      windows: [
        { start_time: '2017-01-01T09:00:00-05:00', end_time: '2017-01-01T11:00:00-05:00' },
        { start_time: '2017-07-01T09:00:00-04:00', end_time: '2017-07-01T11:00:00.5-04:00' },
        { start_time: '2017-01-02T14:00:00Z', end_time: '2017-01-02T16:00:00Z' },
      ],
      issues: [],
      notes: undefined,
    });
  });

  test('a time the clocks skip is a nonexistent_local_time error, reported once', () => {
    const result = migrateJobOffer(jobOffer(ny, ['2026-03-08T02:30:00'], ['2026-03-08T04:00:00']), { localTimes: 'location' });
    expect(summary(result).issues).toEqual([['nonexistent_local_time', 'error', 'appointment.window_start_time.0']]);
    expect(result.issues[0]?.message).toBe(
      'In "appointment.window_start_time[0]", "2026-03-08T02:30:00" never happens in America/New_York: the clocks skip it when daylight saving time starts (from -05:00 to -04:00). Give a time outside the skipped hour, or write the offset you mean.',
    );
  });

  test('a time the clocks pass twice reads as the earlier instant, with an ambiguous_local_time warning', () => {
    const result = migrateJobOffer(jobOffer(ny, ['2026-11-01T01:30:00'], ['2026-11-01T03:00:00']), { localTimes: 'location' });
    expect(summary(result)).toEqual({
      success: true,
      timezone: 'America/New_York',
      windows: [{ start_time: '2026-11-01T01:30:00-04:00', end_time: '2026-11-01T03:00:00-05:00' }],
      issues: [['ambiguous_local_time', 'warning', 'appointment.window_start_time.0']],
      notes: undefined,
    });
    expect(result.issues[0]?.message).toBe(
      'In "appointment.window_start_time[0]", "2026-11-01T01:30:00" happens twice in America/New_York (the clocks fall back): it was read as the first, "2026-11-01T01:30:00-04:00"; write "2026-11-01T01:30:00-05:00" if you meant the second.',
    );
  });

  test('window order is checked on the instants: 01:30 EDT to 01:15 EST is 45 minutes, not negative', () => {
    const result = migrateJobOffer(jobOffer(ny, ['2026-11-01T01:30:00'], ['2026-11-01T01:15:00-05:00']), { localTimes: 'location' });
    expect(summary(result).issues).toEqual([['ambiguous_local_time', 'warning', 'appointment.window_start_time.0']]);
    expect(result.success).toBe(true);
  });

  test('without a zone to read them in, wall-clock times are invalid_timestamp errors that say so, once each', () => {
    const result = migrateJobOffer(jobOffer({ state: 'TX' }, ['2017-01-01T09:00:00'], ['2017-01-01T11:00:00']), { localTimes: 'location' });
    expect(summary(result).issues).toEqual([
      ['invalid_timestamp', 'error', 'appointment.window_start_time.0'],
      ['invalid_timestamp', 'error', 'appointment.window_end_time.0'],
    ]);
    expect(result.issues[0]?.message).toBe(
      'In "appointment.window_start_time[0]", "2017-01-01T09:00:00" has no offset and the location has no valid time zone to read it in: give "timezone" on the address (or the inferTimezone option), or write the offset, e.g. "2017-01-01T09:00:00-05:00".',
    );
  });

  test('with an invalid zone, the zone and each wall-clock time are reported', () => {
    const result = migrateJobOffer(jobOffer({ timezone: 'Eastern' }, ['2017-01-01T09:00:00'], ['2017-01-01T11:00:00Z']), { localTimes: 'location' });
    expect(summary(result).issues).toEqual([
      ['invalid_timestamp', 'error', 'appointment.window_start_time.0'],
      ['invalid_timezone', 'error', 'job.address.timezone'],
    ]);
  });

  test('a wall-clock time that is not a calendar time stays a plain invalid_timestamp', () => {
    const result = migrateJobOffer(jobOffer(ny, ['2017-02-30T09:00:00'], ['2017-03-01T11:00:00Z']), { localTimes: 'location' });
    expect(summary(result).issues).toEqual([['invalid_timestamp', 'error', 'appointment.window_start_time.0']]);
  });

  test.each([
    ['America/Chicago', '46312', '2017-03-12T09:00:00-05:00'],
    ['America/Denver', '80202', '2017-03-12T09:00:00-06:00'],
    ['America/Phoenix', '85001', '2017-03-12T09:00:00-07:00'],
    ['America/Los_Angeles', '94110', '2017-03-12T09:00:00-07:00'],
    ['America/Anchorage', '99501', '2017-03-12T09:00:00-08:00'],
    ['Pacific/Honolulu', '96801', '2017-03-12T09:00:00-10:00'],
    ['America/St_Johns', 'A1C 5M2', '2017-03-12T09:00:00-02:30'],
    ['America/Halifax', 'B3H 4R2', '2017-03-12T09:00:00-03:00'],
  ])('with inferTimezone, the inferred zone (%s) reads the times', (zone, postal_code, start) => {
    const end = `2017-03-12T10:00:00${start.slice(-6)}`; // an hour later, written with the offset
    const result = migrateJobOffer(jobOffer({ postal_code }, ['2017-03-12T09:00:00'], [end]), {
      inferTimezone,
      localTimes: 'location',
    });
    expect(summary(result)).toMatchObject({ success: true, timezone: zone, issues: [] });
    expect(result.success && result.workOrder.appointment_windows?.[0]?.start_time).toBe(start);
    expect(result.notes).toEqual([{ code: 'timezone_inferred', path: ['job', 'address', 'timezone'], message: `"${zone}" was filled in as the time zone of postal code "${postal_code}".` }]);
  });
});

describe('now: windows already over', () => {
  const windows = [
    ['2017-01-01T05:00:00Z', '2017-01-01T11:00:00Z'],
    ['2017-01-01T07:00:00Z', '2017-01-01T13:00:00Z'],
  ] as const;

  test.each([
    ['a Date', new Date('2017-01-01T07:00:00Z')],
    ['milliseconds', Date.parse('2017-01-01T07:00:00Z')],
    ['an ISO string with offset', '2017-01-01T02:00:00-05:00'],
  ])('given as %s, a window that ended at or before now is a warning', (_, now) => {
    const result = migrateJobOffer(jobOffer({ state: 'MA' }, ['2017-01-01T05:00:00Z', '2017-01-01T07:00:00Z'], ['2017-01-01T06:00:00Z', '2017-01-01T07:00:01Z']), { now });
    expect(summary(result).issues).toEqual([['window_in_past', 'warning', 'appointment.window_end_time.0']]);
    expect(result.issues[0]?.message).toBe(
      '"appointment.window_end_time[0]" is 2017-01-01T06:00:00Z, at or before now (2017-01-01T07:00:00.000Z), so no one can take this window: offer a later window or remove this one.',
    );
  });

  test('validateWorkOrder takes the same option; overlaps are warned with or without it', () => {
    const workOrder = {
      title: 'Fix',
      location: { street_1: '1 Main St', city: 'Boston' },
      appointment_windows: windows.map(([start_time, end_time]) => ({ start_time, end_time })),
      contacts: [{ primary: true, first_name: 'Joe' }],
    };
    const withoutNow = validateWorkOrder(workOrder);
    expect(withoutNow.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['window_overlap', 'appointment_windows.1']]);
    const withNow = validateWorkOrder(workOrder, { now: '2017-01-01T12:00:00Z' });
    expect(withNow.success).toBe(true);
    expect(withNow.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['window_in_past', 'appointment_windows.0.end_time'],
      ['window_overlap', 'appointment_windows.1'],
    ]);
  });
});

describe('options are checked: a wrong one is a TypeError', () => {
  test.each([
    ['inferTimezone: true', { inferTimezone: true }, /option "inferTimezone" must be a function such as the one exported by "dispatch-workorder\/timezone".*got true\./],
    ['inferTimezone: a string', { inferTimezone: 'zip' }, /got zip\./],
    ['inferTimezone: an object', { inferTimezone: {} }, /got an object\./],
    ['inferTimezone: null', { inferTimezone: null }, /got null\./],
    ['localTimes: utc', { localTimes: 'utc' }, /option "localTimes" must be one of "reject", "location", got "utc"\./],
    ['now: not a date', { now: 'yesterday' }, /option "now" must be a valid Date, a number of milliseconds, or an ISO 8601 string with an offset.*got "yesterday"\./],
    ['now: no offset', { now: '2017-01-01T00:00:00' }, /got "2017-01-01T00:00:00"\./],
    ['now: invalid Date', { now: new Date(Number.NaN) }, /got Invalid Date\./],
    ['now: NaN', { now: Number.NaN }, /got NaN\./],
  ])('%s', (_, options, message) => {
    expect(() => migrateJobOffer(jobOffer({}), options as unknown as MigrateOptions)).toThrow(TypeError);
    expect(() => migrateJobOffer(jobOffer({}), options as unknown as MigrateOptions)).toThrow(message);
  });

  test('an option given as undefined is left out', () => {
    expect(migrateJobOffer(jobOffer({}), { inferTimezone: undefined, localTimes: undefined } as unknown as MigrateOptions).success).toBe(true);
  });

  test('now is checked by validateWorkOrder too', () => {
    expect(() => validateWorkOrder({}, { now: 'soon' })).toThrow(TypeError);
  });
});

describe('purity', () => {
  test('a frozen Job Offer is read, never changed, and the result is the same each time', () => {
    const input = deepFreeze(jobOffer({ postal_code: 'p9n 1a1' }, ['2026-11-01T01:30:00'], ['2026-11-01T03:00:00']));
    const before = JSON.stringify(input);
    const options: MigrateOptions = { inferTimezone, localTimes: 'location', now: '2026-01-01T00:00:00Z' };
    const first = migrateJobOffer(input, options);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(migrateJobOffer(input, options))).toBe(JSON.stringify(first));
    expect(summary(first)).toEqual({
      success: true,
      timezone: 'America/Winnipeg',
      windows: [{ start_time: '2026-11-01T01:30:00-05:00', end_time: '2026-11-01T03:00:00-06:00' }],
      issues: [['ambiguous_local_time', 'warning', 'appointment.window_start_time.0']],
      notes: [{ code: 'timezone_inferred', path: ['job', 'address', 'timezone'], message: '"America/Winnipeg" was filled in as the time zone of postal code "p9n 1a1".' }],
    });
  });

  test('the throwing variant returns the same Work Order', () => {
    const input = jobOffer({ postal_code: '46312' }, ['2017-01-01T09:00:00'], ['2017-01-01T11:00:00']);
    const result = migrateJobOffer(input, { inferTimezone, localTimes: 'location' });
    expect(migrateJobOfferOrThrow(input, { inferTimezone, localTimes: 'location' })).toEqual(result.success && result.workOrder);
  });

  test("applyTimeOptions updates the candidate's own location and windows in place, and a migration never touches its input", () => {
    const location = { street_1: 'x', city: 'y', postal_code: '46312' };
    const windowsIn = [{ start_time: '2017-01-01T09:00:00', end_time: '2017-01-01T11:00:00Z' }];
    const candidate: Record<string, unknown> = { location, appointment_windows: windowsIn };
    const step = applyTimeOptions(candidate, { inferTimezone, localTimes: 'location' });
    expect(step).toEqual({ issues: [], notes: [expect.objectContaining({ code: 'timezone_inferred', path: ['location', 'timezone'] })], reported: [] });
    // The candidate's objects are the migration's own copies: they are updated where they are, so
    // that the provenance recorded for them still holds.
    expect(candidate['location']).toBe(location);
    expect(location).toEqual({ street_1: 'x', city: 'y', postal_code: '46312', timezone: 'America/Chicago' });
    expect(candidate['appointment_windows']).toEqual([{ start_time: '2017-01-01T09:00:00-06:00', end_time: '2017-01-01T11:00:00Z' }]);
    const offer = deepFreeze(jobOffer({ postal_code: '46312' }, ['2017-01-01T09:00:00'], ['2017-01-01T11:00:00']));
    const before = structuredClone(offer);
    expect(migrateJobOfferOrThrow(offer, { inferTimezone, localTimes: 'location' }).appointment_windows).toEqual([
      { start_time: '2017-01-01T09:00:00-06:00', end_time: '2017-01-01T11:00:00-06:00' },
    ]);
    expect(offer).toEqual(before);
  });
});

describe('the time step on Job Offers it cannot read much of', () => {
  const base = { street_1: '1234 Test Avenue', city: 'Somewhere' };
  const offer = (address: object | undefined, appointment?: object): Record<string, unknown> => ({
    job: { title: 'Fix the Sink', ...(address === undefined ? {} : { address: { ...base, ...address } }) },
    customer: { first_name: 'Joe' },
    entities: [{ type: 'organization', id: 123 }],
    ...(appointment === undefined ? {} : { appointment }),
  });
  const denver = () => 'America/Denver';

  test('no location: the missing address is reported, and the local times as having no offset', () => {
    expect(migrateJobOffer(offer(undefined, { window_start_time: ['2030-01-01T05:00:00'], window_end_time: ['2030-01-01T07:00:00'] }), { inferTimezone, localTimes: 'location' }).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['required', 'job.address'],
      ['invalid_timestamp', 'appointment.window_start_time.0'],
      ['invalid_timestamp', 'appointment.window_end_time.0'],
    ]);
  });
  test('inferTimezone alone does not read local times: without localTimes: "location" they are invalid_timestamp', () => {
    const result = migrateJobOffer(offer({ postal_code: '02114' }, { window_start_time: ['2030-01-01T05:00:00'], window_end_time: ['2030-01-01T07:00:00Z'] }), { inferTimezone });
    expect(result.issues).toEqual([
      {
        code: 'invalid_timestamp',
        severity: 'error',
        path: ['appointment', 'window_start_time', 0],
        message: 'In "appointment.window_start_time[0]", "2030-01-01T05:00:00" has no offset, so the instant it means is unknown: add "Z" for UTC or the local offset, e.g. "2030-01-01T05:00:00-05:00".',
      },
    ]);
  });
  test('a given zone that is not a string is the schema\'s to report; local times then have no zone to be read in', () => {
    const result = migrateJobOffer(offer({ postal_code: '02114', timezone: 5 }, { window_start_time: ['2030-01-01T05:00:00'], window_end_time: ['2030-01-01T07:00:00Z'] }), { inferTimezone, localTimes: 'location' });
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_timestamp', 'appointment.window_start_time.0'],
      ['invalid_type', 'job.address.timezone'],
    ]);
  });
  test('the place is named by its postal code, else its state, else "the location"', () => {
    const note = (address: object) => migrateJobOffer(offer(address), { inferTimezone: denver }).notes;
    expect(note({})).toEqual([{ code: 'timezone_inferred', path: ['job', 'address', 'timezone'], message: '"America/Denver" was filled in as the time zone of the location.' }]);
    expect(note({ state: 'MA' })?.[0]?.message).toBe('"America/Denver" was filled in as the time zone of state "MA".');
    expect(note({ state: 'MA', postal_code: '02114' })?.[0]?.message).toBe('"America/Denver" was filled in as the time zone of postal code "02114".');
  });
  test('windows with holes, values of the wrong type and impossible dates are left to the checks', () => {
    // eslint-disable-next-line no-sparse-arrays
    const appointment = { window_start_time: [, '2030-01-01T05:00:00', 5, '2030-02-30T10:00:00'], window_end_time: [, '2030-01-01T07:00:00', '2030-01-01T07:00:00', '2030-03-01T10:00:00'] };
    expect(migrateJobOffer(offer({ timezone: 'America/New_York' }, appointment), { localTimes: 'location' }).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['required', 'appointment.window_start_time.0'],
      ['required', 'appointment.window_end_time.0'],
      ['invalid_type', 'appointment.window_start_time.2'],
      ['invalid_timestamp', 'appointment.window_start_time.3'],
    ]);
  });
  test('localTimes: "location" without any window', () => {
    expect(migrateJobOffer(offer({ timezone: 'America/New_York' }), { localTimes: 'location' }).issues).toEqual([]);
  });
});

test('window times of types JSON has not (a symbol, a bigint, a function) are invalid_type with localTimes: "location", never read as text', () => {
  const offer = jobOffer({ timezone: 'America/New_York' });
  const asText = Object.assign(() => 0, { toString: () => '2030-01-01T05:00:00' });
  offer['appointment'] = { window_start_time: [Symbol('start'), 10n, asText], window_end_time: ['2030-01-01T07:00:00', '2030-01-01T08:00:00', '2030-01-01T09:00:00'] };
  const result = migrateJobOffer(offer, { localTimes: 'location' });
  expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
    ['invalid_type', 'appointment.window_start_time.0'],
    ['invalid_type', 'appointment.window_start_time.1'],
    ['invalid_type', 'appointment.window_start_time.2'],
  ]);
});
