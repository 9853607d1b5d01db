import { isRecord } from '../_lib/is-record';
import { normalizePostalCode } from '../normalize/postal-code';
import type { Rule, Violation } from './rule';

/**
 * A ZIP+4 code is cut to its five digits (the platform takes five): a `postal_code_truncated`
 * warning says so, naming both. Checked on one Location; paths are relative to it.
 */
export const postalCodeTruncated: Rule = {
  codes: ['postal_code_truncated'],
  appliesTo: 'Location',
  check(location: unknown, { name }, path): Violation[] {
    if (!isRecord(location)) return [];
    const value = location['postal_code'];
    if (typeof value !== 'string' || value.length <= 5) return []; // five characters cannot be a ZIP+4
    const result = normalizePostalCode(value);
    if (!result.ok || !result.truncated) return [];
    return [
      {
        code: 'postal_code_truncated',
        path: ['postal_code'],
        message: `In "${name([...path, 'postal_code'])}", "${value}" is a ZIP+4 code and the platform takes five digits, so it became "${result.value}": send the five digits alone to be told nothing.`,
      },
    ];
  },
};
