/*! dispatch-workorder bundles parts of libphonenumber-js (https://gitlab.com/catamphetamine/libphonenumber-js) into its builds. libphonenumber-js: MIT License, Copyright (c) 2016 @catamphetamine <purecatamphetamine@gmail.com>. */
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import { BoundedCache } from '../_lib/bounded-cache';
import { truncate } from '../_lib/truncate';
import metadataJson from './phone-metadata.json';

/**
 * Countries whose national phone numbers can be read without a `+1`: the platform serves only these.
 *
 * @category Migrate and validate
 */
export const PHONE_COUNTRIES = ['US', 'CA'] as const;

/**
 * How phone numbers can be written out (see {@link PhoneFormat}).
 *
 * @category Migrate and validate
 */
export const PHONE_FORMATS = ['E.164', 'RFC3966'] as const;

/**
 * Countries whose national phone numbers can be read without a `+1`: `'US'` or `'CA'`.
 *
 * @category Migrate and validate
 */
export type PhoneCountry = (typeof PHONE_COUNTRIES)[number];

/**
 * How phone numbers are written out: `E.164` (`+16172531000`, the guide's examples) or `RFC3966` (`tel:+16172531000`).
 *
 * @category Migrate and validate
 */
export type PhoneFormat = (typeof PHONE_FORMATS)[number];

// libphonenumber-js "min" metadata cut down to the US and Canada (scripts/build-phone-metadata.mjs):
// 2 KB instead of 80 KB, and a +1 number is matched against two countries instead of twenty-five.
const metadata = metadataJson as unknown as MetadataJson;

// The same metadata with +1 belonging to the US alone. Working out whether a +1 number is American
// or Canadian is the costliest step of parsing one, and for ten-digit national numbers it changes
// nothing here: ten digits are possible in both countries and both write numbers alike. Canada
// stays in `countries`, so `'CA'` still works as the default country.
const plusOneAsUs = { ...metadata, country_calling_codes: { 1: ['US'] } } as unknown as MetadataJson;

/** @internal What reading a phone number answers: its canonical form and any extension it had. */
export type PhoneOutcome = { readonly ok: true; readonly value: string; readonly extension?: string } | { readonly ok: false; readonly message: string };

// A number already written in the output format: `+1` and ten digits whose area code starts with 2
// to 9 (E.164), or the same after `tel:` (RFC 3966). libphonenumber-js returns such a string
// unchanged (a differential property test, test/normalize/phone-equivalence.test.ts, pins this), so
// it is recognized without parsing.
const CANONICAL: Readonly<Record<PhoneFormat, RegExp>> = { 'E.164': /^\+1[2-9]\d{9}$/, RFC3966: /^tel:\+1[2-9]\d{9}$/ };

// Batches repeat numbers (a provider's office phone on every record, say): each spelling is parsed
// once per option pair and its answer remembered, in a cache bounded by entries and by key length,
// so neither a stream of distinct numbers nor a long hostile string can make it hold much memory.
const CACHE_ENTRIES = 16_384;
/** Longest string worth remembering: a phone number with punctuation and an extension is far shorter. */
const CACHE_KEY_LENGTH = 64;
const caches = new Map<string, BoundedCache<string, PhoneOutcome>>();

/**
 * @internal {@link normalizePhone} for one option pair: canonical spellings are recognized, others
 * parsed once and remembered. Built once per schema, so the per-number work is one regex test or
 * one cache lookup.
 */
export function phoneNormalizer(defaultCountry: PhoneCountry, format: PhoneFormat): (value: string) => PhoneOutcome {
  const key = `${defaultCountry}|${format}`;
  let cache = caches.get(key);
  if (cache === undefined) caches.set(key, (cache = new BoundedCache(CACHE_ENTRIES, CACHE_KEY_LENGTH)));
  const remembered = cache;
  const canonical = CANONICAL[format];
  const parse = (value: string): PhoneOutcome => normalizePhone(value, defaultCountry, format);
  return (value) => (canonical.test(value) ? { ok: true, value } : remembered.getOrCompute(value, parse));
}

// Letters among digits, beside an extension marker (`x`, `ext`, `extension`) and `tel:`, are a vanity number's.
const LETTERS = /[a-z]{2,}/i;
const NOT_VANITY = /\b(?:ext(?:ension)?\.?|x)\s*\d|^tel:/gi;

/**
 * Reads a phone number written in E.164, RFC 3966 (`tel:`) or national form with libphonenumber-js
 * and writes it in `format`, with its extension where the format carries one (RFC 3966's `;ext=`;
 * E.164 has none, and the extension is returned for the caller to say so). Accepts numbers that
 * are *possible* (ten digits after +1), not only assigned ones, so the guide's `+1 555 …` examples
 * pass, but not ones that cannot exist in the North American plan: an area code starting with 0 or
 * 1, or a seven-digit number without its area code.
 *
 * @internal
 */
export function normalizePhone(value: string, defaultCountry: PhoneCountry, format: PhoneFormat): PhoneOutcome {
  const phone = parsePhoneNumberFromString(value, defaultCountry, plusOneAsUs);
  const vanity = /\d/.test(value) && LETTERS.test(value.replace(NOT_VANITY, ''));
  if (vanity && (phone === undefined || !phone.isPossible())) {
    return {
      ok: false,
      message: `"${truncate(value)}" has letters in it (a vanity number?): write the number in digits, as a keypad gives them, e.g. "+16175551234".`,
    };
  }
  if (phone === undefined) {
    return {
      ok: false,
      message: `"${truncate(value)}" is not a phone number the platform can use: write a US or Canadian number, e.g. "+16175551234" or "(617) 555-1234".`,
    };
  }
  const national = phone.nationalNumber;
  if (national.length === 7) {
    return { ok: false, message: `"${truncate(value)}" has seven digits: write the area code too, e.g. "(617) 555-1234" or "+16175551234".` };
  }
  if (!phone.isPossible() || national.length !== 10) {
    return {
      ok: false,
      message: `"${truncate(value)}" has the wrong number of digits for a US or Canadian number: write ten digits after +1, e.g. "+16175551234".`,
    };
  }
  if (national[0] === '0' || national[0] === '1') {
    return {
      ok: false,
      message: `"${truncate(value)}" cannot be a US or Canadian number: no area code starts with ${national[0]} (the first of its ten digits); check the number.`,
    };
  }
  const out = phone.format(format);
  return phone.ext === undefined ? { ok: true, value: out } : { ok: true, value: out, extension: phone.ext };
}
