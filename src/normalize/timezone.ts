import { BoundedCache } from '../_lib/bounded-cache';
import type { Outcome } from '../_lib/outcome';
import { truncate } from '../_lib/truncate';

// Canonical names the runtime knows, by lowercase name. Links such as "US/Eastern" are not listed
// by Intl.supportedValuesOf but are valid IANA names; they are checked once and remembered.
const KNOWN = new Map<string, string>(Intl.supportedValuesOf('timeZone').map((z) => [z.toLowerCase(), z]));
KNOWN.set('utc', 'UTC');
const MAX_ZONE_LENGTH = 64;
// Bounded, so a stream of made-up names cannot grow it without end.
const CHECKED = new BoundedCache<string, string | null>(1000, MAX_ZONE_LENGTH);

/**
 * Checks an IANA time zone name such as `America/New_York` and returns it in its canonical
 * spelling (`america/new_york` → `America/New_York`).
 *
 * @internal
 */
export function normalizeTimezone(value: string): Outcome {
  // The longest IANA name is 32 characters; a longer string is neither looked up nor remembered.
  if (value.length > MAX_ZONE_LENGTH) return invalid(value);
  const key = value.toLowerCase();
  const zone = KNOWN.get(key) ?? CHECKED.getOrCompute(key, () => resolve(value));
  if (zone !== null) return { ok: true, value: zone };
  return invalid(value);
}

function invalid(value: string): Outcome {
  return {
    ok: false,
    message: `"${truncate(value)}" is not an IANA time zone: write a name such as "America/New_York", or leave it out and the platform derives it from the postal code.`,
  };
}

function resolve(value: string): string | null {
  // Only names shaped like IANA ones reach Intl; offsets such as "+05:00" and abbreviations such
  // as "EST" are not zones the platform accepts.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){1,2}$/.test(value)) return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value;
  } catch {
    return null;
  }
}
