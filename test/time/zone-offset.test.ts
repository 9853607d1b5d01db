import { expect, test } from 'vitest';
import { offsetMs, zoneOffset } from '../../src/time/zone-offset';

test.each([
  ['2017-01-01T12:00:00Z', 'America/New_York', -300, '-05:00'],
  ['2017-07-01T12:00:00Z', 'America/New_York', -240, '-04:00'],
  ['2026-07-01T12:00:00Z', 'America/Phoenix', -420, '-07:00'],
  ['2026-01-15T12:00:00Z', 'America/St_Johns', -210, '-03:30'],
  ['2026-07-15T12:00:00Z', 'America/St_Johns', -150, '-02:30'],
  ['2026-07-15T12:00:00Z', 'Pacific/Honolulu', -600, '-10:00'],
  ['2026-07-15T12:00:00Z', 'Asia/Kolkata', 330, '+05:30'],
  ['2026-07-15T12:00:00Z', 'UTC', 0, 'Z'],
])('%s in %s is %d minutes (%s)', (instant, zone, minutes, text) => {
  const offset = zoneOffset(Date.parse(instant), zone);
  expect(offset).toEqual({ minutes, text });
  expect(offsetMs(offset)).toBe(minutes * 60_000);
});

test('the offset changes at the exact instant of the transition', () => {
  // 2026-03-08 02:00 EST = 07:00Z: New York moves to daylight time.
  expect(zoneOffset(Date.parse('2026-03-08T06:59:59Z'), 'America/New_York').text).toBe('-05:00');
  expect(zoneOffset(Date.parse('2026-03-08T07:00:00Z'), 'America/New_York').text).toBe('-04:00');
  // 2026-11-01 02:00 EDT = 06:00Z: back to standard time.
  expect(zoneOffset(Date.parse('2026-11-01T05:59:59Z'), 'America/New_York').text).toBe('-04:00');
  expect(zoneOffset(Date.parse('2026-11-01T06:00:00Z'), 'America/New_York').text).toBe('-05:00');
});
