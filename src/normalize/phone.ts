import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import { BoundedCache } from '../_lib/bounded-cache';
import type { Outcome } from '../_lib/outcome';
import { truncate } from '../_lib/truncate';
import metadataJson from './phone-metadata.json';

/** Countries whose national phone numbers can be read without a `+1`: the platform serves only these. */
export const PHONE_COUNTRIES = ['US', 'CA'] as const;

/** How phone numbers can be written out (see {@link PhoneFormat}). */
export const PHONE_FORMATS = ['E.164', 'RFC3966'] as const;

/** Countries whose national phone numbers can be read without a `+1`: `'US'` or `'CA'`. */
export type PhoneCountry = (typeof PHONE_COUNTRIES)[number];

/** How phone numbers are written out: `E.164` (`+16172531000`, the guide's examples) or `RFC3966` (`tel:+16172531000`). */
export type PhoneFormat = (typeof PHONE_FORMATS)[number];

// libphonenumber-js "min" metadata cut down to the US and Canada (scripts/build-phone-metadata.mjs):
// 2 KB instead of 80 KB, and a +1 number is matched against two countries instead of twenty-five.
const metadata = metadataJson as unknown as MetadataJson;

// The same metadata with +1 belonging to the US alone. Working out whether a +1 number is American
// or Canadian is the costliest step of parsing one, and for ten-digit national numbers it changes
// nothing here: ten digits are possible in both countries and both write numbers alike. Canada
// stays in `countries`, so `'CA'` still works as the default country.
const plusOneAsUs = { ...metadata, country_calling_codes: { 1: ['US'] } } as unknown as MetadataJson;

// A number already written in the output format: `+1` and ten digits (E.164), or the same after
// `tel:` (RFC 3966). libphonenumber-js returns such a string unchanged (a differential property test,
// test/normalize/phone-equivalence.test.ts, pins this), so it is recognized without parsing.
const CANONICAL: Readonly<Record<PhoneFormat, RegExp>> = { 'E.164': /^\+1\d{10}$/, RFC3966: /^tel:\+1\d{10}$/ };

// Batches repeat numbers (a provider's office phone on every record, say): each spelling is parsed
// once per option pair and its answer remembered, in a cache bounded by entries and by key length,
// so neither a stream of distinct numbers nor a long hostile string can make it hold much memory.
const CACHE_ENTRIES = 16_384;
/** Longest string worth remembering: a phone number with punctuation and an extension is far shorter. */
const CACHE_KEY_LENGTH = 64;
const caches = new Map<string, BoundedCache<string, Outcome>>();

/**
 * @internal {@link normalizePhone} for one option pair: canonical spellings are recognized, others
 * parsed once and remembered. Built once per schema, so the per-number work is one regex test or
 * one cache lookup.
 */
export function phoneNormalizer(defaultCountry: PhoneCountry, format: PhoneFormat): (value: string) => Outcome {
  const key = `${defaultCountry}|${format}`;
  let cache = caches.get(key);
  if (cache === undefined) caches.set(key, (cache = new BoundedCache(CACHE_ENTRIES, CACHE_KEY_LENGTH)));
  const remembered = cache;
  const canonical = CANONICAL[format];
  const parse = (value: string): Outcome => normalizePhone(value, defaultCountry, format);
  return (value) => (canonical.test(value) ? { ok: true, value } : remembered.getOrCompute(value, parse));
}

/**
 * Reads a phone number written in E.164, RFC 3966 (`tel:`) or national form and writes it in
 * `format`. Accepts numbers that are *possible* (right length for +1), not only assigned ones, so
 * the guide's `+1 555 …` examples pass.
 *
 * @internal
 */
export function normalizePhone(value: string, defaultCountry: PhoneCountry, format: PhoneFormat): Outcome {
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
