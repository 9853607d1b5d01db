import { normalizePostalCode } from '../normalize/postal-code';
import { normalizeState } from '../normalize/state';
import { isRecord } from '../_lib/is-record';
import type { Rule, Violation } from './rule';

/**
 * A location's postal code belongs to the country of its state: a US state with a US ZIP code, a
 * Canadian province with a Canadian postal code. Checked on one Location; paths are relative to it.
 */
export const postalCodeCountry: Rule = {
  codes: ['invalid_postal_code'],
  appliesTo: 'Location',
  check(location: unknown, { name }, path): Violation[] {
    if (!isRecord(location)) return [];
    const state = location['state'];
    const postalCode = location['postal_code'];
    if (typeof state !== 'string' || typeof postalCode !== 'string') return [];
    const stateResult = normalizeState(state);
    const postalResult = normalizePostalCode(postalCode);
    if (!stateResult.ok || !postalResult.ok || stateResult.country === postalResult.country) return [];
    const [stateCountry, postalCountry] = stateResult.country === 'US' ? ['a US state', 'a Canadian postal code'] : ['a Canadian province', 'a US ZIP code'];
    return [
      {
        code: 'invalid_postal_code',
        path: ['postal_code'],
        message: `In "${name([...path, 'postal_code'])}", "${postalCode}" is ${postalCountry} but "${stateResult.value}" is ${stateCountry}: correct the postal code or the state so that both are in one country.`,
      },
    ];
  },
};
