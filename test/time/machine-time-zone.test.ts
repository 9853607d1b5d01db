import { afterEach, describe, expect, test } from 'vitest';
import { formatWindow } from '../../src/time/format-window';
import { resolveLocalTime } from '../../src/time/local-time';

// The library's time math never reads the machine's time zone: each test switches process.env.TZ
// and expects the same answer. A worker thread cannot switch its time zone (TZ reaches only the
// main thread), so vitest.mutate.config.ts leaves this file out (Stryker's vitest runner uses
// threads); `npm test` runs it in forks.

const window = (start_time: string, end_time: string) => ({ start_time, end_time });

describe('formatWindow: the machine time zone does not matter', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  // 02:30 in Phoenix on 12 March 2017 is a time New York skips: date-fns-tz's formatInTimeZone
  // prints it as 03:30 on a machine set to New York time.
  test.each(['UTC', 'America/New_York', 'Asia/Kolkata'])('TZ=%s', (tz) => {
    process.env['TZ'] = tz;
    expect(formatWindow(window('2017-03-12T09:30:00Z', '2017-03-12T10:30:00Z'), 'America/Phoenix')).toBe('Sun, Mar 12, 2017, 2:30 – 3:30 AM MST');
  });
});

describe('resolveLocalTime: the machine time zone does not matter', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  // date-fns-tz's fromZonedTime reads the repeated hour as 05:30Z under TZ=UTC but as 06:30Z under
  // TZ=Asia/Kolkata; this library must give one answer everywhere.
  test.each([
    ['UTC', 0],
    ['Asia/Kolkata', -330],
    ['America/New_York', 240],
    ['America/Los_Angeles', 420],
    ['Australia/Lord_Howe', -630],
  ])('TZ=%s', (tz, julyOffset) => {
    process.env['TZ'] = tz;
    expect(new Date(Date.UTC(2017, 6, 1)).getTimezoneOffset()).toBe(julyOffset); // the switch took effect
    expect(resolveLocalTime('2017-11-05T01:30:00', 'America/New_York')).toEqual({
      kind: 'ambiguous',
      value: '2017-11-05T01:30:00-04:00',
      instant: Date.parse('2017-11-05T05:30:00Z'),
      later: '2017-11-05T01:30:00-05:00',
    });
    expect(resolveLocalTime('2017-03-12T02:30:00', 'America/New_York')).toEqual({ kind: 'nonexistent', offsets: ['-05:00', '-04:00'] });
    expect(resolveLocalTime('2017-03-12T02:30:00', 'America/Phoenix')).toEqual({ kind: 'exact', value: '2017-03-12T02:30:00-07:00', instant: Date.parse('2017-03-12T09:30:00Z') });
  });
});
