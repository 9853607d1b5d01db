import { describe, expect, test } from 'vitest';
import { formatWindow } from '../../src/time/format-window';

const window = (start_time: string, end_time: string) => ({ start_time, end_time });

describe('a window in the location time', () => {
  test.each([
    // [start, end, zone, locale, text]
    ['2017-01-01T05:00:00Z', '2017-01-01T07:00:00Z', 'America/New_York', undefined, 'Sun, Jan 1, 2017, 12:00 – 2:00 AM EST'],
    ['2017-01-01T03:00:00Z', '2017-01-01T07:00:00Z', 'America/New_York', undefined, 'Sat, Dec 31, 2016, 10:00 PM EST – Sun, Jan 1, 2017, 2:00 AM EST'],
    ['2017-03-12T09:30:00Z', '2017-03-12T10:30:00Z', 'America/Phoenix', undefined, 'Sun, Mar 12, 2017, 2:30 – 3:30 AM MST'],
    ['2026-11-01T20:00:00Z', '2026-11-01T22:00:00Z', 'Pacific/Honolulu', undefined, 'Sun, Nov 1, 2026, 10:00 AM – 12:00 PM HST'],
    ['2026-03-08T12:00:00Z', '2026-03-08T14:00:00Z', 'America/St_Johns', undefined, 'Sun, Mar 8, 2026, 9:30 – 11:30 AM GMT-2:30'],
    ['2026-03-08T12:00:00Z', '2026-03-08T14:00:00Z', 'America/St_Johns', 'en-CA', 'Sun, Mar 8, 2026, 9:30–11:30 a.m. NDT'],
    ['2017-01-01T05:00:00Z', '2017-01-01T07:00:00Z', 'America/Toronto', 'fr-CA', 'dim. 1 janv. 2017, 0 h 00 – 2 h 00 HNE'],
    // The times' own offsets do not matter, only the instants.
    ['2026-03-08T16:00:00-08:00', '2026-03-08T18:00:00-07:00', 'America/Los_Angeles', undefined, 'Sun, Mar 8, 2026, 5:00 – 6:00 PM PDT'],
    ['2026-07-01T15:00:00Z', '2026-07-01T17:00:00Z', 'america/denver', undefined, 'Wed, Jul 1, 2026, 9:00 – 11:00 AM MDT'],
  ])('%s – %s in %s (%s)', (start, end, zone, locale, text) => {
    expect(formatWindow(window(start, end), zone, locale)).toBe(text);
  });
});

describe('a window across a clock change names each end’s zone', () => {
  test.each([
    ['2017-11-05T05:30:00Z', '2017-11-05T07:30:00Z', 'America/New_York', 'Sun, Nov 5, 2017, 1:30 AM EDT – 2:30 AM EST'],
    ['2017-03-12T06:30:00Z', '2017-03-12T07:30:00Z', 'America/New_York', 'Sun, Mar 12, 2017, 1:30 AM EST – 3:30 AM EDT'],
    ['2026-11-01T09:00:00Z', '2026-11-01T11:00:00Z', 'America/Anchorage', 'Sun, Nov 1, 2026, 1:00 AM AKDT – 2:00 AM AKST'],
    ['2026-11-01T05:00:00Z', '2026-11-02T07:00:00Z', 'America/Chicago', 'Sun, Nov 1, 2026, 12:00 AM CDT – Mon, Nov 2, 2026, 1:00 AM CST'],
    ['2026-03-08T05:00:00Z', '2026-03-08T12:00:00Z', 'America/Halifax', 'Sun, Mar 8, 2026, 1:00 AM AST – 9:00 AM ADT'],
  ])('%s – %s in %s', (start, end, zone, text) => {
    expect(formatWindow(window(start, end), zone)).toBe(text);
  });
});

test('the text has plain spaces only', () => {
  expect(formatWindow(window('2017-01-01T05:00:00Z', '2017-01-01T07:00:00Z'), 'America/New_York')).not.toMatch(/[\u202f\u2009\u00a0]/);
});

describe('caller mistakes are TypeErrors', () => {
  test.each([
    ['a time without offset', window('2017-01-01T05:00:00', '2017-01-01T07:00:00Z'), /start_time "2017-01-01T05:00:00", end_time "2017-01-01T07:00:00Z"/],
    ['an end before the start', window('2017-01-01T07:00:00Z', '2017-01-01T05:00:00Z'), /the start first/],
    ['an empty window', window('2017-01-01T05:00:00Z', '2017-01-01T05:00:00Z'), /the start first/],
    ['not a timestamp', window('soon', 'later'), /start_time "soon"/],
    ['not a window', null, /got null/],
    ['wrong types', { start_time: 1, end_time: {} }, /start_time 1, end_time an object/],
  ])('%s', (_, value, message) => {
    expect(() => formatWindow(value as never, 'America/New_York')).toThrow(TypeError);
    expect(() => formatWindow(value as never, 'America/New_York')).toThrow(message);
  });

  test('an unknown time zone', () => {
    expect(() => formatWindow(window('2017-01-01T05:00:00Z', '2017-01-01T07:00:00Z'), 'Eastern')).toThrow(new TypeError('dispatch-workorder: formatWindow: "Eastern" is not an IANA time zone: write a name such as "America/New_York", or leave it out and the platform derives it from the postal code.'));
  });

  test('an invalid locale', () => {
    expect(() => formatWindow(window('2017-01-01T05:00:00Z', '2017-01-01T07:00:00Z'), 'America/New_York', 'not a locale')).toThrow(
      new TypeError('dispatch-workorder: formatWindow: "not a locale" is not a BCP 47 locale tag such as "en-US".'),
    );
  });
});
