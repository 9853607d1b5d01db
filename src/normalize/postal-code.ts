import { BoundedCache } from '../_lib/bounded-cache';
import { truncate } from '../_lib/truncate';

/** @internal Which country a postal code's shape belongs to. */
export type PostalCountry = 'US' | 'CA';

/** @internal Result of reading a postal code. */
export type PostalCodeResult =
  | { readonly ok: true; readonly value: string; readonly country: PostalCountry; readonly truncated: boolean }
  | { readonly ok: false; readonly message: string };

// US: five digits, optionally followed by a ZIP+4 suffix. Canada: A1A 1A1, where the letters
// D, F, I, O, Q and U never appear and W and Z never lead. Both are anchored with no nested
// quantifiers, so they run in linear time on any input.
const US_ZIP = /^(\d{5})(?:[- ]?\d{4})?$/;
const CA_POSTAL = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])[ -]?(\d[ABCEGHJ-NPRSTV-Z]\d)$/;

/**
 * Reads a US ZIP code (`02115`, ZIP+4 cut to five digits) or a Canadian postal code (`k1a 0b1` →
 * `K1A0B1`) and returns its canonical form.
 *
 * @internal
 */
export function normalizePostalCode(value: string): PostalCodeResult {
  return READ.getOrCompute(value, read);
}

// A batch repeats its postal codes, and each location's is read by its schema and by three rules.
const READ = new BoundedCache<string, PostalCodeResult>(4096, 16);

function read(value: string): PostalCodeResult {
  const text = value.trim();
  const us = US_ZIP.exec(text);
  if (us !== null) return { ok: true, value: us[1]!, country: 'US', truncated: text.length > 5 };
  const ca = CA_POSTAL.exec(text.toUpperCase());
  if (ca !== null) return { ok: true, value: ca[1]! + ca[2]!, country: 'CA', truncated: false };
  return {
    ok: false,
    message: `"${truncate(value)}" is not a postal code: write a 5-digit US ZIP code (e.g. "02115") or a 6-character Canadian postal code (e.g. "K1A0B1").`,
  };
}
