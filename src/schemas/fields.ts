import * as z from 'zod';
import { normalizePhone, type PhoneCountry, type PhoneFormat } from '../normalize/phone';
import { normalizePostalCode } from '../normalize/postal-code';
import { normalizeState } from '../normalize/state';
import { normalizeTimezone } from '../normalize/timezone';
import { issue, type IssueCode } from '../issues/issue';
import { lints } from '../validate/field-tree';
import { LIMITS } from '../validate/limits';

// Leaf schemas shared by the Work Order and Job Offer schemas. Each is built once at module load
// (phone schemas once per option pair), never per call.

/** @internal The custom issue this library pushes through zod, carrying its own code. */
export function customIssue(code: IssueCode, input: unknown, message: string, path?: PathKey[]) {
  return { code: 'custom' as const, input, message, params: { code }, ...(path === undefined ? {} : { path }) };
}
type PathKey = string | number;

/** @internal A phone number, normalized to `format`. */
export function phoneSchema(defaultCountry: PhoneCountry, format: PhoneFormat) {
  return z.string().transform((value, ctx) => {
    const result = normalizePhone(value, defaultCountry, format);
    if (result.ok) return result.value;
    ctx.issues.push(customIssue('invalid_phone', value, result.message));
    return z.NEVER;
  });
}

/** @internal A US ZIP code or Canadian postal code, normalized. */
export const PostalCodeSchema = z.string().transform((value, ctx) => {
  const result = normalizePostalCode(value);
  if (result.ok) return result.value;
  ctx.issues.push(customIssue('invalid_postal_code', value, result.message));
  return z.NEVER;
});

/** @internal A US state or Canadian province code, uppercased. */
export const StateSchema = z.string().transform((value, ctx) => {
  const result = normalizeState(value);
  if (result.ok) return result.value;
  ctx.issues.push(customIssue('invalid_state', value, result.message));
  return z.NEVER;
});

/** @internal An IANA time zone, in canonical spelling. */
export const TimezoneSchema = z.string().transform((value, ctx) => {
  const result = normalizeTimezone(value);
  if (result.ok) return result.value;
  ctx.issues.push(customIssue('invalid_timezone', value, result.message));
  return z.NEVER;
});

/** @internal An ISO 8601 timestamp with `Z` or an offset. */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** @internal An email address. */
export const EmailSchema = z.email();

/** @internal Identifiers in the integrator's own system. */
export const ExternalIdsSchema = z.array(z.string().min(1)).max(LIMITS.maxExternalIds);

/** @internal Free text that must not be empty. */
export const RequiredTextSchema = z.string().min(1);

lints.add(PostalCodeSchema, {
  lint(value, path, out) {
    if (typeof value !== 'string' || value.length <= 5) return; // five characters cannot be a ZIP+4
    const result = normalizePostalCode(value);
    if (result.ok && result.truncated) {
      out.push(issue('postal_code_truncated', [...path], `"${value}" is a ZIP+4 code; the platform takes five digits, so it became "${result.value}".`));
    }
  },
});
