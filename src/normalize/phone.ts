import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import metadataJson from './phone-metadata.json';
import { truncate } from './truncate';

export { truncate };

/** Countries whose national phone numbers can be read without a `+1`: the platform serves only these. */
export type PhoneCountry = 'US' | 'CA';

/** How phone numbers are written out: `E.164` (`+16172531000`, the guide's examples) or `RFC3966` (`tel:+16172531000`). */
export type PhoneFormat = 'E.164' | 'RFC3966';

// libphonenumber-js "min" metadata cut down to the US and Canada (scripts/build-phone-metadata.mjs):
// 2 KB instead of 80 KB, and a +1 number is matched against two countries instead of twenty-five.
const metadata = metadataJson as unknown as MetadataJson;

// The same metadata with +1 belonging to the US alone. Working out whether a +1 number is American
// or Canadian is the costliest step of parsing one, and for ten-digit national numbers it changes
// nothing here: ten digits are possible in both countries and both write numbers alike. Canada
// stays in `countries`, so `'CA'` still works as the default country.
const plusOneAsUs = { ...metadata, country_calling_codes: { 1: ['US'] } } as unknown as MetadataJson;

// The spellings most numbers arrive in: ASCII digits, an optional leading `+` (or `tel:+`), and
// spaces, parentheses, dashes or dots between them (`+15551234567`, `(617) 253-1000`,
// `1 617.253.1000`, `tel:+1-617-253-1000`). When their digits are ten starting 2-9, with or
// without the leading 1, libphonenumber's E.164 answer is `+1` and those ten digits, so they need
// no parsing; anything else (letters, extensions, `tel:` parameters, other lengths, other
// countries) is parsed. test/normalize/phone-equivalence.test.ts holds this shortcut to
// libphonenumber's own answers.
const PLAIN = /^(?:tel:)?\+?[\d ().-]{10,32}$/;
const SEPARATORS = /[^\d]/g;
const TEN_DIGITS = /^1?[2-9]\d{9}$/;

function plainE164(value: string): string | undefined {
  if (!PLAIN.test(value)) return undefined;
  const digits = value.replace(SEPARATORS, '');
  if (!TEN_DIGITS.test(digits)) return undefined;
  if (value.includes('+')) return digits.length === 11 ? `+${digits}` : undefined;
  return digits.length === 11 ? `+${digits}` : `+1${digits}`;
}

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
  if (format === 'E.164') {
    const plain = plainE164(value);
    if (plain !== undefined) return { ok: true, value: plain };
  }
  let phone = parsePhoneNumberFromString(value, defaultCountry, plusOneAsUs);
  // Other lengths (a Canadian 7-digit 310 number, say) depend on the country: parse again with it.
  if (phone === undefined || phone.nationalNumber.length !== 10) phone = parsePhoneNumberFromString(value, defaultCountry, metadata);
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
