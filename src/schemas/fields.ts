import * as z from 'zod';
import { phoneNormalizer, type PhoneCountry, type PhoneFormat } from '../normalize/phone';
import { normalizePostalCode } from '../normalize/postal-code';
import { normalizeState } from '../normalize/state';
import { normalizeTimezone } from '../normalize/timezone';
import { issue, type IssueCode } from '../issues/issue';
import { lints, type Lint } from '../validate/field-tree';
import { LIMITS } from '../validate/limits';

// Leaf schemas shared by the Work Order and Job Offer schemas. Each is built once at module load
// (phone schemas once per option pair), never per call.

/** @internal The custom issue this library pushes through zod, carrying its own code. */
export function customIssue(code: IssueCode, input: unknown, message: string, path?: PathKey[]) {
  return { code: 'custom' as const, input, message, params: { code }, ...(path === undefined ? {} : { path }) };
}
type PathKey = string | number;

/** @internal What a normalizer answers: the canonical value, or why there is none. */
type Normalized = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

/** @internal A string read by `normalize`: its canonical value, or an issue with `code`. */
function normalizedString(code: IssueCode, normalize: (value: string) => Normalized) {
  return z.string().transform((value, ctx) => {
    const result = normalize(value);
    if (result.ok) return result.value;
    ctx.issues.push(customIssue(code, value, result.message));
    return z.NEVER;
  });
}

/** @internal A phone number, normalized to `format`. */
export function phoneSchema(defaultCountry: PhoneCountry, format: PhoneFormat) {
  return normalizedString('invalid_phone', phoneNormalizer(defaultCountry, format));
}

/** @internal A US ZIP code or Canadian postal code, normalized. */
export const PostalCodeSchema = normalizedString('invalid_postal_code', normalizePostalCode);

/** @internal A US state or Canadian province code, uppercased. */
export const StateSchema = normalizedString('invalid_state', normalizeState);

/** @internal An IANA time zone, in canonical spelling. */
export const TimezoneSchema = normalizedString('invalid_timezone', normalizeTimezone);

/** @internal An ISO 8601 timestamp with `Z` or an offset. */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** @internal An email address. */
export const EmailSchema = z.email();

/** @internal Identifiers in the integrator's own system. */
export const ExternalIdsSchema = z.array(z.string().min(1)).max(LIMITS.maxExternalIds);

/** @internal Free text that must not be empty. */
export const RequiredTextSchema = z.string().min(1);

/**
 * @internal Warns that a ZIP+4 code was cut to its five digits. Registered on every postal code
 * schema the walk meets: the Work Order's and the Job Offer's, so a migration reports it at the
 * Job Offer path in the walk it already makes.
 */
export const zipPlusFourLint: Lint = (value, path, out) => {
  if (typeof value !== 'string' || value.length <= 5) return; // five characters cannot be a ZIP+4
  const result = normalizePostalCode(value);
  if (result.ok && result.truncated) {
    out.push(issue('postal_code_truncated', [...path], `"${value}" is a ZIP+4 code; the platform takes five digits, so it became "${result.value}".`));
  }
};

lints.add(PostalCodeSchema, { lint: zipPlusFourLint });
