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

// Batches repeat numbers (a provider's office phone on every record, say): each distinct spelling
// is parsed once per phone option pair and its answer remembered. The memo is bounded, so a stream
// of distinct numbers cannot grow it without end; answers do not depend on it.
const MEMO_LIMIT = 16_384;
const memos = new Map<string, Map<string, PhoneResult>>();

/** @internal Result of reading a phone number. */
export type PhoneResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

/**
 * @internal {@link normalizePhone} for one option pair, remembering each spelling's answer. Built
 * once per schema, so the per-number work is one map lookup; the schemas built for one option pair
 * share one memo.
 */
export function phoneNormalizer(defaultCountry: PhoneCountry, format: PhoneFormat): (value: string) => PhoneResult {
  const key = `${defaultCountry}|${format}`;
  let found = memos.get(key);
  if (found === undefined) memos.set(key, (found = new Map()));
  const memo = found;
  return (value) => {
    let result = memo.get(value);
    if (result === undefined) {
      result = normalizePhone(value, defaultCountry, format);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(value, result);
    }
    return result;
  };
}

/**
 * Reads a phone number written in E.164, RFC 3966 (`tel:`) or national form and writes it in
 * `format`. Accepts numbers that are *possible* (right length for +1), not only assigned ones, so
 * the guide's `+1 555 …` examples pass.
 *
 * @internal
 */
export function normalizePhone(value: string, defaultCountry: PhoneCountry, format: PhoneFormat): PhoneResult {
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
