import { expect, test } from 'vitest';
import { normalizeTimezone } from '../../src/normalize/timezone';

test.each([
  ['America/New_York', 'America/New_York'],
  ['america/new_york', 'America/New_York'],
  ['America/St_Johns', 'America/St_Johns'],
  ['Pacific/Honolulu', 'Pacific/Honolulu'],
  ['America/Indiana/Indianapolis', 'America/Indiana/Indianapolis'],
  ['UTC', 'UTC'],
])('%j → %j', (input, value) => {
  expect(normalizeTimezone(input)).toEqual({ ok: true, value });
});

test('accepts IANA links the runtime knows, such as US/Eastern', () => {
  expect(normalizeTimezone('US/Eastern')).toEqual({ ok: true, value: 'US/Eastern' });
});

test.each(['Eastern Time', 'EST5EDT-ish', 'Mars/Olympus_Mons', '+05:00', '', 'America/', 'x'.repeat(300)])('%j is not a zone', (input) => {
  expect(normalizeTimezone(input)).toEqual({ ok: false, message: expect.stringContaining('is not an IANA time zone') });
});
