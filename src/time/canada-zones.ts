// Canadian postal codes start with a letter that names a province or region, and their first three
// characters (the forward sortation area, FSA) name a town or a rural area. A letter gives the time
// zone of most of its province; the FSAs below are the areas of split provinces that keep another
// time. Rural FSAs are large, so a few places inside them keep a time their FSA does not (listed in
// docs/time.md, "What is approximated").

/** @internal Time zone of each first letter whose whole area, bar the FSAs below, keeps one time. */
export const CANADA_ZONE_BY_LETTER: ReadonlyMap<string, string> = new Map([
  ['A', 'America/St_Johns'], // Newfoundland and Labrador: the island and south-eastern Labrador
  ['B', 'America/Halifax'], // Nova Scotia
  ['C', 'America/Halifax'], // Prince Edward Island
  ['E', 'America/Moncton'], // New Brunswick
  ['G', 'America/Toronto'], // Eastern Quebec
  ['H', 'America/Toronto'], // Montreal
  ['J', 'America/Toronto'], // Western Quebec
  ['K', 'America/Toronto'], // Eastern Ontario
  ['L', 'America/Toronto'], // Central Ontario
  ['M', 'America/Toronto'], // Toronto
  ['N', 'America/Toronto'], // Southwestern Ontario
  ['P', 'America/Toronto'], // Northern Ontario, east of the Central-time area below
  ['R', 'America/Winnipeg'], // Manitoba
  ['S', 'America/Regina'], // Saskatchewan: Central Standard Time all year
  ['T', 'America/Edmonton'], // Alberta
  ['V', 'America/Vancouver'], // British Columbia, west of the Rockies
  ['Y', 'America/Whitehorse'], // Yukon: Mountain Standard Time all year
  // X is shared by the Northwest Territories and Nunavut: its FSAs decide.
]);

/** @internal FSAs whose time differs from their letter's, and the FSAs of X. */
export const CANADA_ZONE_BY_FSA: ReadonlyMap<string, string> = new Map([
  // Labrador, bar its south-eastern coast, keeps Atlantic time.
  ['A0P', 'America/Goose_Bay'], // Happy Valley-Goose Bay and the north coast
  ['A0R', 'America/Goose_Bay'], // Labrador West, Churchill Falls
  ['A2V', 'America/Goose_Bay'], // Labrador City, Wabush
  // Quebec: the Magdalen Islands keep Atlantic time.
  ['G0B', 'America/Halifax'], // the islands outside Cap-aux-Meules
  ['G4T', 'America/Halifax'], // Cap-aux-Meules
  // Ontario west of 90°W keeps Central time (Thunder Bay, P7*, stays Eastern).
  ['P0V', 'America/Winnipeg'], // Kenora District north: Red Lake, Ear Falls, Pickle Lake
  ['P0W', 'America/Winnipeg'], // Rainy River District: Emo, Rainy River
  ['P0X', 'America/Winnipeg'], // Keewatin and the Lake of the Woods
  ['P0Y', 'America/Winnipeg'], // Lake of the Woods east shore, Ingolf
  ['P8N', 'America/Winnipeg'], // Dryden
  ['P8T', 'America/Winnipeg'], // Sioux Lookout
  ['P9A', 'America/Winnipeg'], // Fort Frances
  ['P9N', 'America/Winnipeg'], // Kenora
  // Saskatchewan: Lloydminster keeps Alberta's time.
  ['S9V', 'America/Edmonton'],
  // British Columbia: the East Kootenays keep Mountain time; the Peace River region keeps Mountain
  // Standard Time all year.
  ['V0A', 'America/Edmonton'], // Golden, Invermere, Field
  ['V0B', 'America/Edmonton'], // Fernie, Sparwood, Elkford (and Creston, see docs)
  ['V1A', 'America/Edmonton'], // Kimberley
  ['V1C', 'America/Edmonton'], // Cranbrook
  ['V0C', 'America/Dawson_Creek'], // Fort Nelson, Chetwynd, Hudson's Hope, Tumbler Ridge
  ['V1G', 'America/Dawson_Creek'], // Dawson Creek
  ['V1J', 'America/Dawson_Creek'], // Fort St. John
  // Nunavut: one FSA per region, each region keeps one time (bar a few hamlets, see docs).
  ['X0A', 'America/Iqaluit'], // Qikiqtaaluk (Baffin): Eastern
  ['X0B', 'America/Cambridge_Bay'], // Kitikmeot: Mountain
  ['X0C', 'America/Rankin_Inlet'], // Kivalliq: Central
  // Northwest Territories: Mountain time.
  ['X0E', 'America/Edmonton'],
  ['X0G', 'America/Edmonton'],
  ['X1A', 'America/Edmonton'], // Yellowknife
]);

/**
 * @internal The time zone of a canonical Canadian postal code (`"P9N1A1"`), from its FSA or its
 * first letter; `undefined` for an X code of an FSA not listed.
 */
export function canadianPostalCodeZone(postalCode: string): string | undefined {
  return CANADA_ZONE_BY_FSA.get(postalCode.slice(0, 3)) ?? CANADA_ZONE_BY_LETTER.get(postalCode.slice(0, 1));
}
