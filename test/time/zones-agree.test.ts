import { expect, test } from 'vitest';
import { zonesAgree } from '../../src/time/zones-agree';

test.each([
  ['America/New_York', 'America/New_York'],
  ['America/New_York', 'US/Eastern'], // an alias
  ['America/New_York', 'America/Indiana/Indianapolis'], // Indiana has kept Eastern time with DST since 2006
  ['America/New_York', 'America/Detroit'],
  ['America/New_York', 'America/Kentucky/Louisville'],
  ['America/New_York', 'America/Toronto'],
  ['America/Chicago', 'America/Indiana/Knox'], // Central since 2006
  ['America/Chicago', 'America/North_Dakota/New_Salem'],
  ['America/Chicago', 'America/Winnipeg'],
  ['America/Denver', 'America/Boise'],
  ['America/Denver', 'America/Edmonton'],
  ['America/Halifax', 'America/Moncton'],
  ['America/Phoenix', 'America/Creston'], // Mountain Standard Time all year
])('%s and %s keep the same hours', (a, b) => {
  expect(zonesAgree(a, b)).toBe(true);
  expect(zonesAgree(b, a)).toBe(true);
});

test.each([
  ['America/New_York', 'America/Chicago'],
  ['America/Denver', 'America/Phoenix'], // differ in summer only
  ['America/Chicago', 'America/Regina'], // Regina keeps Central Standard Time all year
  ['America/St_Johns', 'America/Halifax'], // half an hour apart
  ['America/Los_Angeles', 'America/Whitehorse'], // Yukon left Pacific time in 2020
  ['America/Anchorage', 'America/Adak'],
  ['Pacific/Honolulu', 'America/Adak'], // Adak observes DST, Honolulu does not
])('%s and %s do not', (a, b) => {
  expect(zonesAgree(a, b)).toBe(false);
  expect(zonesAgree(b, a)).toBe(false);
});
