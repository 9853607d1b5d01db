import * as z from 'zod';
import type { Outcome } from '../_lib/outcome';
import type { IssueCode, PathSegment } from '../issues/issue';
import { phoneNormalizer, type PhoneCountry, type PhoneFormat } from '../normalize/phone';
import { normalizePostalCode } from '../normalize/postal-code';
import { normalizeState, type StateCode } from '../normalize/state';
import { normalizeTimestamp, TIMESTAMP_PATTERN } from '../normalize/timestamp';
import { normalizeTimezone } from '../normalize/timezone';
import { LIMITS } from './limits';

// Leaf schemas shared by the Work Order and Job Offer schemas. Each is built once at module load
// (phone schemas once per option pair), never per call.

/**
 * @internal The custom issue this library pushes through zod, carrying its own code; `path` is
 * relative to the value being checked (zod prefixes the path of that value).
 */
export function customIssue(code: IssueCode, input: unknown, message: string, path: PathSegment[]) {
  return { code: 'custom' as const, input, message, params: { code }, path };
}

/**
 * @internal A string read by `normalize`: its canonical value, or an issue with `code`. `input`
 * is the string schema to read, with `.meta()` to describe what may be sent (the JSON Schema of
 * the input side shows it).
 */
function normalizedString<T extends string = string>(code: IssueCode, normalize: (value: string) => Outcome<T>, input = z.string()) {
  return input.transform((value, ctx) => {
    const result = normalize(value);
    if (result.ok) return result.value;
    ctx.issues.push(customIssue(code, value, result.message, []));
    return z.NEVER;
  });
}

/** @internal A phone number, normalized to `format`. */
export function phoneSchema(defaultCountry: PhoneCountry, format: PhoneFormat) {
  return normalizedString('invalid_phone', phoneNormalizer(defaultCountry, format));
}

/** @internal A US ZIP code or Canadian postal code, normalized. */
export const PostalCodeSchema = normalizedString('invalid_postal_code', (value) => normalizePostalCode(value));

/** @internal A US state or Canadian province code, uppercased. */
export const StateSchema = normalizedString<StateCode>('invalid_state', (value) => normalizeState(value));

/** @internal An IANA time zone, in canonical spelling. */
export const TimezoneSchema = normalizedString('invalid_timezone', normalizeTimezone);

/**
 * @internal An ISO 8601 timestamp with `Z` or an offset (the library's one timestamp grammar, which
 * the JSON Schema's `pattern` states too).
 */
export const TimestampSchema = normalizedString(
  'invalid_timestamp',
  normalizeTimestamp,
  z.string().meta({
    description: 'An ISO 8601 timestamp with "Z" or an offset, e.g. "2017-01-01T05:00:00Z" or "2017-01-01T00:00-05:00".',
    pattern: TIMESTAMP_PATTERN,
  }),
);

/** @internal An email address. */
export const EmailSchema = z.email();

/** @internal Identifiers in the integrator's own system. */
export const ExternalIdsSchema = z.array(z.string().min(1)).max(LIMITS.maxExternalIds);

/** @internal What required free text must hold: a character other than white space (`"   "` is as empty as `""`). */
export const NOT_BLANK = /\S/;

/** @internal Free text that must not be empty or blank. */
export const RequiredTextSchema = z.string().regex(NOT_BLANK);
