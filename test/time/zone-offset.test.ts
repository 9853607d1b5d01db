import { expect, test, vi } from 'vitest';
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

// zoneOffset reads the runtime's time zone database through Intl; date-fns-tz's formatInTimeZone
// reads the same database its own way. They must agree on every zone and instant.
test('agrees with date-fns-tz on every zone the runtime knows, at instants from 1900 to 2100', async () => {
  const { formatInTimeZone } = await import('date-fns-tz');
  const zones = Intl.supportedValuesOf('timeZone');
  let compared = 0;
  const start = Date.UTC(1900, 0, 1);
  const span = Date.UTC(2100, 0, 1) - start;
  for (const [z, zone] of zones.entries()) {
    for (let k = 0; k < 12; k++) {
      // Spread over the years and the seasons, the same for every run.
      const ms = start + Math.floor(((z * 7919 + k * 104_729) % 1_000_003) / 1_000_003 * span);
      const text = formatInTimeZone(ms, zone, 'XXX');
      // Offsets of local mean time before 1900-ish have seconds: both write whole minutes.
      expect(zoneOffset(ms, zone).text, `${zone} at ${new Date(ms).toISOString()}`).toBe(text);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(4000);
}, 60_000);

test('an offset the time zone database writes in an unknown way is a RangeError, never a wrong offset', () => {
  const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts').mockReturnValue([{ type: 'timeZoneName', value: 'GMT+5' }]);
  try {
    expect(() => zoneOffset(0, 'Asia/Tashkent')).toThrow(new RangeError('dispatch-workorder: unexpected time zone offset "GMT+5" for Asia/Tashkent'));
  } finally {
    spy.mockRestore();
  }
});
