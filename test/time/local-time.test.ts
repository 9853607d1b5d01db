import { describe, expect, test } from 'vitest';
import { isLocalTime, resolveLocalTime } from '../../src/time/local-time';

// Standard and daylight offsets of each zone; Phoenix and Honolulu keep standard time all year.
const ZONES: readonly [zone: string, standard: string, daylight: string][] = [
  ['America/New_York', '-05:00', '-04:00'],
  ['America/Chicago', '-06:00', '-05:00'],
  ['America/Denver', '-07:00', '-06:00'],
  ['America/Phoenix', '-07:00', '-07:00'],
  ['America/Los_Angeles', '-08:00', '-07:00'],
  ['America/Anchorage', '-09:00', '-08:00'],
  ['Pacific/Honolulu', '-10:00', '-10:00'],
  ['America/St_Johns', '-03:30', '-02:30'],
  ['America/Halifax', '-04:00', '-03:00'],
];

// The clocks spring forward at 02:00 local time on the second Sunday of March and fall back at
// 02:00 on the first Sunday of November, in the US and Canada alike (St. John's too, since 2011).
const TRANSITIONS: readonly [year: number, spring: string, fall: string][] = [
  [2017, '2017-03-12', '2017-11-05'],
  [2026, '2026-03-08', '2026-11-01'],
];

const cases = ZONES.flatMap(([zone, standard, daylight]) => TRANSITIONS.map(([year, spring, fall]) => ({ zone, standard, daylight, year, spring, fall })));

describe.each(cases)('$zone, $year', ({ zone, standard, daylight, spring, fall }) => {
  const observesDst = standard !== daylight;

  test('just before the spring change it is still standard time', () => {
    expect(resolveLocalTime(`${spring}T01:59:59`, zone)).toEqual({
      kind: 'exact',
      value: `${spring}T01:59:59${standard}`,
      instant: Date.parse(`${spring}T01:59:59${standard}`),
    });
  });

  test(observesDst ? 'a time in the skipped hour does not exist' : 'the skipped hour of other zones exists here', () => {
    const result = resolveLocalTime(`${spring}T02:30:00`, zone);
    if (observesDst) expect(result).toEqual({ kind: 'nonexistent', offsets: [standard, daylight] });
    else expect(result).toEqual({ kind: 'exact', value: `${spring}T02:30:00${standard}`, instant: Date.parse(`${spring}T02:30:00${standard}`) });
  });

  test('from 03:00 after the spring change it is daylight time', () => {
    expect(resolveLocalTime(`${spring}T03:00:00`, zone)).toEqual({
      kind: 'exact',
      value: `${spring}T03:00:00${daylight}`,
      instant: Date.parse(`${spring}T03:00:00${daylight}`),
    });
  });

  test('just before the repeated hour in the fall it is daylight time', () => {
    expect(resolveLocalTime(`${fall}T00:59:59`, zone)).toEqual({
      kind: 'exact',
      value: `${fall}T00:59:59${daylight}`,
      instant: Date.parse(`${fall}T00:59:59${daylight}`),
    });
  });

  test(observesDst ? 'a time in the repeated hour is ambiguous and reads as the earlier instant' : 'the repeated hour of other zones happens once here', () => {
    const result = resolveLocalTime(`${fall}T01:30:00`, zone);
    if (observesDst) {
      expect(result).toEqual({
        kind: 'ambiguous',
        value: `${fall}T01:30:00${daylight}`,
        instant: Date.parse(`${fall}T01:30:00${daylight}`),
        later: `${fall}T01:30:00${standard}`,
      });
      // The two readings are one hour apart, the first one earlier.
      expect(Date.parse(`${fall}T01:30:00${standard}`) - Date.parse(`${fall}T01:30:00${daylight}`)).toBe(3_600_000);
    } else {
      expect(result).toEqual({ kind: 'exact', value: `${fall}T01:30:00${standard}`, instant: Date.parse(`${fall}T01:30:00${standard}`) });
    }
  });

  test('from 02:00 after the fall change it is standard time, once', () => {
    expect(resolveLocalTime(`${fall}T02:00:00`, zone)).toEqual({
      kind: 'exact',
      value: `${fall}T02:00:00${standard}`,
      instant: Date.parse(`${fall}T02:00:00${standard}`),
    });
  });
});

describe('the written form', () => {
  test('keeps the digits as written, adds seconds when missing, keeps a fraction', () => {
    expect(resolveLocalTime('2017-01-01T09:00', 'America/Chicago')).toEqual({ kind: 'exact', value: '2017-01-01T09:00:00-06:00', instant: Date.parse('2017-01-01T15:00:00Z') });
    expect(resolveLocalTime('2017-07-01T09:00:00.250', 'America/Chicago')).toEqual({
      kind: 'exact',
      value: '2017-07-01T09:00:00.250-05:00',
      instant: Date.parse('2017-07-01T14:00:00Z'),
    });
  });

  test('a zone at UTC writes "Z"', () => {
    expect(resolveLocalTime('2017-07-01T09:00:00', 'UTC')).toEqual({ kind: 'exact', value: '2017-07-01T09:00:00Z', instant: Date.parse('2017-07-01T09:00:00Z') });
  });

  test('a time with Z or an offset, or no timestamp at all, is not a local time', () => {
    for (const text of ['2017-01-01T05:00:00Z', '2017-01-01T05:00:00-05:00', '2017-01-01', '5 pm', '', '2017-01-01 05:00:00']) {
      expect(isLocalTime(text)).toBe(false);
      expect(resolveLocalTime(text, 'America/New_York')).toBeUndefined();
    }
    expect(isLocalTime('2017-01-01T05:00:00')).toBe(true);
  });

  test('a local time that is not a calendar date and time is invalid', () => {
    for (const text of ['2017-02-29T09:00:00', '2017-04-31T09:00:00', '2017-13-01T09:00:00', '2017-00-10T09:00:00', '2017-01-00T09:00:00', '2017-01-01T24:00:00', '2017-01-01T09:60:00', '2017-01-01T09:00:60']) {
      expect(resolveLocalTime(text, 'America/New_York')).toEqual({ kind: 'invalid' });
    }
    expect(resolveLocalTime('2016-02-29T09:00:00', 'America/New_York')).toEqual({ kind: 'exact', value: '2016-02-29T09:00:00-05:00', instant: Date.parse('2016-02-29T14:00:00Z') });
  });
});
