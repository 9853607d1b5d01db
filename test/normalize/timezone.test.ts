import { expect, test } from 'vitest';
import { normalizeTimezone } from '../../src/normalize/timezone';

test.each([
  ['America/New_York', 'America/New_York'],
  ['america/new_york', 'America/New_York'],
  ['America/St_Johns', 'America/St_Johns'],
  ['Pacific/Honolulu', 'Pacific/Honolulu'],
  ['America/Indiana/Indianapolis', 'America/Indiana/Indianapolis'],
  ['UTC', 'UTC'],
  ['utc', 'UTC'],
  ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  ['Etc/GMT+5', 'Etc/GMT+5'],
])('%j → %j', (input, value) => {
  expect(normalizeTimezone(input)).toEqual({ ok: true, value });
});

test('accepts IANA links the runtime knows, such as US/Eastern', () => {
  expect(normalizeTimezone('US/Eastern')).toEqual({ ok: true, value: 'US/Eastern' });
});

// Abbreviations and POSIX-style names (EST, EST5EDT, GMT) are names the runtime knows, but not zones
// the platform accepts: only Area/Location names (one or two slashes) reach Intl.
test.each([
  'Eastern Time', 'EST5EDT-ish', 'Mars/Olympus_Mons', '+05:00', '', 'America/', 'EST', 'EST5EDT', 'GMT', 'America/Indiana/Knox/Extra',
  '1America/New_York', '_America/New_York', 'America/New York',
])('%j is not a zone', (input) => {
  expect(normalizeTimezone(input)).toEqual({
    ok: false,
    message: `${JSON.stringify(input)} is not an IANA time zone: write a name such as "America/New_York", or leave it out and the platform derives it from the postal code.`,
  });
});

test('a name longer than 64 characters is cut in the message', () => {
  expect(normalizeTimezone('x'.repeat(300))).toEqual({
    ok: false,
    message: `"${'x'.repeat(40)}…" is not an IANA time zone: write a name such as "America/New_York", or leave it out and the platform derives it from the postal code.`,
  });
});
