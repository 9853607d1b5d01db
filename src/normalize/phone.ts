import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import metadataJson from './phone-metadata.json';

/** Countries whose national phone numbers can be read without a `+1`: the platform serves only these. */
export type PhoneCountry = 'US' | 'CA';

/** How phone numbers are written out: `E.164` (`+16172531000`, the guide's examples) or `RFC3966` (`tel:+16172531000`). */
export type PhoneFormat = 'E.164' | 'RFC3966';

// libphonenumber-js "min" metadata cut down to the US and Canada (scripts/build-phone-metadata.mjs):
// 2 KB instead of 80 KB, and a +1 number is matched against two countries instead of twenty-five.
const metadata = metadataJson as unknown as MetadataJson;

/** @internal Result of reading a phone number. */
export type PhoneResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

/**
 * Reads a phone number written in E.164, RFC 3966 (`tel:`) or national form and writes it in
 * `format`. Accepts numbers that are *possible* (right length for +1), not only assigned ones, so
 * the guide's `+1 555 …` examples pass.
 *
 * @internal
 */
export function normalizePhone(value: string, defaultCountry: PhoneCountry, format: PhoneFormat): PhoneResult {
  const phone = parsePhoneNumberFromString(value, defaultCountry, metadata);
  if (phone === undefined) {
    return {
      ok: false,
      message: `"${truncate(value)}" is not a phone number the platform can use: write a US or Canadian number, e.g. "+16175551234" or "(617) 555-1234".`,
    };
  }
  if (!phone.isPossible()) {
    return {
      ok: false,
      message: `"${truncate(value)}" has the wrong number of digits for a US or Canadian number: write ten digits after +1, e.g. "+16175551234".`,
    };
  }
  return { ok: true, value: phone.format(format) };
}

/** @internal Shortens a value for an error message. */
export function truncate(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
