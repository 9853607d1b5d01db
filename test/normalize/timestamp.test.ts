import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalTimestamp, normalizeTimestamp, readInstant, readLocalDateTime } from '../../src/normalize/timestamp';

describe('readInstant: the one timestamp grammar', () => {
  test.each([
    ['2017-01-01T05:00:00Z', Date.UTC(2017, 0, 1, 5)],
    ['2017-01-01T05:00Z', Date.UTC(2017, 0, 1, 5)],
    ['2017-01-01t05:00:00z', Date.UTC(2017, 0, 1, 5)],
    ['2017-01-01T00:00:00-05:00', Date.UTC(2017, 0, 1, 5)],
    ['2017-01-01T10:30:00+05:30', Date.UTC(2017, 0, 1, 5)],
    ['2017-01-01T05:00:00.5Z', Date.UTC(2017, 0, 1, 5, 0, 0, 500)],
    ['2017-01-01T05:00:00.123456789Z', Date.UTC(2017, 0, 1, 5, 0, 0, 123)],
    ['2016-02-29T00:00:00Z', Date.UTC(2016, 1, 29)],
    ['0099-01-01T00:00:00Z', Date.parse('0099-01-01T00:00:00Z')],
  ])('%s is the instant %d', (text, ms) => {
    expect(readInstant(text)?.ms).toBe(ms);
  });

  test.each([
    '2017-01-01T05:00:00', // no offset
    '2017-01-01 05:00:00Z', // a space
    '2017-02-29T00:00:00Z', // not a leap year
    '2017-04-31T00:00:00Z',
    '2017-13-01T00:00:00Z',
    '2017-01-01T24:00:00Z',
    '2017-01-01T23:60:00Z',
    '2017-01-01T23:59:60Z', // leap seconds are not instants JavaScript can hold
    '2017-01-01T05:00:00+24:00',
    '2017-01-01T05:00:00+05:60',
    '2017-01-01T05:00:00-0500', // basic offset
    '2017-01-01T05:00:00.1234567890Z', // more than nine digits
    '2017-01-01T05Z',
    '',
    'next tuesday',
  ])('%j is not one', (text) => {
    expect(readInstant(text)).toBeUndefined();
  });
});

describe('readLocalDateTime', () => {
  test('a date and time without offset', () => {
    expect(readLocalDateTime('2017-03-12T02:30')).toMatchObject({ year: 2017, month: 3, day: 12, hour: 2, minute: 30, second: 0, fraction: '' });
  });
  test('null for one that does not exist, undefined for anything else', () => {
    expect(readLocalDateTime('2017-02-30T02:30:00')).toBeNull();
    expect(readLocalDateTime('2017-03-12T02:30:00Z')).toBeUndefined();
  });
});

describe('normalizeTimestamp', () => {
  test.each([
    ['2017-01-01T05:00Z', '2017-01-01T05:00:00Z'],
    ['2017-01-01t05:00:00z', '2017-01-01T05:00:00Z'],
    ['2017-01-01T05:00:00.000Z', '2017-01-01T05:00:00Z'],
    ['2017-01-01T05:00:00.250-05:00', '2017-01-01T05:00:00.25-05:00'],
    ['2017-01-01T05:00:00.123456789+05:30', '2017-01-01T05:00:00.123456789+05:30'],
    ['2017-01-01T05:00:00+00:00', '2017-01-01T05:00:00+00:00'],
    ['0099-01-01T05:00Z', '0099-01-01T05:00:00Z'],
  ])('writes %j in the canonical form %j', (text, canonical) => {
    expect(normalizeTimestamp(text)).toEqual({ ok: true, value: canonical });
    expect(normalizeTimestamp(canonical)).toEqual({ ok: true, value: canonical });
  });
  test('says how to fix one without offset, and one that is not a timestamp', () => {
    expect(normalizeTimestamp('2017-01-01T05:00:00')).toEqual({
      ok: false,
      message: '"2017-01-01T05:00:00" has no offset, so the instant it means is unknown: add "Z" for UTC or the local offset, e.g. "2017-01-01T05:00:00-05:00".',
    });
    expect(normalizeTimestamp('soon')).toEqual({
      ok: false,
      message: '"soon" is not an ISO 8601 timestamp with an offset: write e.g. "2017-01-01T05:00:00Z" or "2017-01-01T00:00:00-05:00".',
    });
  });
});

test('a timestamp already in the canonical form is returned as it is: the shortcut gives what canonicalTimestamp gives', () => {
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  const text = fc
    .tuple(fc.integer({ min: 1, max: 2999 }), two(13), two(31), fc.constantFrom('T', 't'), two(24), two(60), fc.option(two(60)), fc.option(fc.stringMatching(/^\d{1,9}$/)), fc.constantFrom('Z', 'z', '+05:30', '-00:00', '+00:00'))
    .map(([y, mo, d, t, h, mi, s, f, o]) => `${String(y).padStart(4, '0')}-${mo}-${d}${t}${h}:${mi}${s === null ? '' : `:${s}`}${s !== null && f !== null ? `.${f}` : ''}${o}`);
  fc.assert(
    fc.property(text, (value) => {
      const instant = readInstant(value);
      const result = normalizeTimestamp(value);
      if (instant === undefined) expect(result.ok).toBe(false);
      else expect(result).toEqual({ ok: true, value: canonicalTimestamp(instant) });
    }),
    { numRuns: 3000 },
  );
});

describe('readInstant: the calendar and the offsets at their bounds', () => {
  test.each([
    ['2000-02-29T00:00:00Z', Date.UTC(2000, 1, 29)], // divisible by 400: a leap year
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['2017-01-01T23:00:00+23:00', Date.UTC(2017, 0, 1, 0)],
    ['2017-01-01T00:00:00-23:59', Date.UTC(2017, 0, 1, 23, 59)],
    ['2017-01-01T05:59:00+05:59', Date.UTC(2017, 0, 1, 0)],
  ])('%s is the instant %d', (text, ms) => {
    expect(readInstant(text)?.ms).toBe(ms);
  });

  test.each([
    '1900-02-29T00:00:00Z', // divisible by 100, not by 400: not a leap year
    '2100-02-29T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2017-01-01T05:00:00+05:60',
    '2017-01-01T05:00:00-24:00',
  ])('%s is no instant', (text) => {
    expect(readInstant(text)).toBeUndefined();
  });
});
