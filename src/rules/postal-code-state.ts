import { isRecord } from '../_lib/is-record';
import { normalizePostalCode } from '../normalize/postal-code';
import { postalCodeRegions } from '../normalize/postal-regions';
import { normalizeState } from '../normalize/state';
import type { Rule, Violation } from './rule';

/**
 * A postal code names its state or province (the first three digits of a ZIP code, the first
 * letter of a Canadian postal code): a code of another state than the location's is a
 * `postal_code_state_mismatch` warning, since the platform derives the time zone from the code.
 * Codes of the other country are `postalCodeCountry`'s error. Checked on one Location.
 */
export const postalCodeState: Rule = {
  codes: ['postal_code_state_mismatch'],
  appliesTo: 'Location',
  check(location: unknown, { name }, path): Violation[] {
    if (!isRecord(location)) return [];
    const { state, postal_code: postalCode } = location;
    if (typeof state !== 'string' || typeof postalCode !== 'string') return [];
    const stateResult = normalizeState(state);
    const postal = normalizePostalCode(postalCode);
    if (!stateResult.ok || !postal.ok || stateResult.country !== postal.country) return [];
    const regions = postalCodeRegions(postal.value);
    if (regions === undefined || regions.includes(stateResult.value)) return [];
    const part = postal.country === 'US' ? `its first three digits, ${postal.value.slice(0, 3)}` : `its first letter, ${postal.value[0]}`;
    return [
      {
        code: 'postal_code_state_mismatch',
        path: ['postal_code'],
        message: `In "${name([...path, 'postal_code'])}", "${postalCode}" is a postal code of ${regions.join(' or ')} (${part}), but the state is "${stateResult.value}": correct the postal code or the state (the platform derives the time zone from the postal code).`,
      },
    ];
  },
};
