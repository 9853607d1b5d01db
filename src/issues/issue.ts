/**
 * One step into a payload: an object key or an array index, as in zod's `path`.
 *
 * @category Issues and errors
 */
export type PathSegment = string | number;

/**
 * How bad an issue is: an `error` fails the call, a `warning` does not.
 *
 * @category Issues and errors
 */
export type Severity = 'error' | 'warning';

/** @internal The codes of {@link ErrorCode} as a list, in the order `docs/issues.md` lists them (a type test holds the two equal). */
export const ERROR_CODES = [
  'required',
  'invalid_type',
  'invalid_value',
  'invalid_phone',
  'invalid_email',
  'invalid_timestamp',
  'invalid_postal_code',
  'invalid_state',
  'invalid_timezone',
  'invalid_country',
  'window_count_mismatch',
  'unsupported_entity_type',
  'primary_contact_count',
  'preferred_method_conflict',
  'direct_single_provider',
  'no_service_provider',
  'window_order',
  'provider_unidentifiable',
  'too_large',
  'nonexistent_local_time',
  'unreadable_input',
] as const satisfies readonly ErrorCode[];

/** @internal The codes of {@link WarningCode} as a list (a type test holds the two equal). */
export const WARNING_CODES = [
  'unknown_field',
  'dropped_field',
  'preferred_demoted',
  'contact_incomplete',
  'postal_code_truncated',
  'phone_extension_dropped',
  'postal_code_state_mismatch',
  'timezone_mismatch',
  'timezone_out_of_area',
  'ambiguous_local_time',
  'window_in_past',
  'window_overlap',
] as const satisfies readonly WarningCode[];

/**
 * Codes of issues that fail a call. Stable: integrators may switch on them. Each one is listed below
 * with what it means and how to fix it, as in the [issue codes guide](../../docs/issues.md#errors).
 *
 * @category Issues and errors
 */
export type ErrorCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_phone'
  | 'invalid_email'
  | 'invalid_timestamp'
  | 'invalid_postal_code'
  | 'invalid_state'
  | 'invalid_timezone'
  | 'invalid_country'
  | 'window_count_mismatch'
  | 'unsupported_entity_type'
  | 'primary_contact_count'
  | 'preferred_method_conflict'
  | 'direct_single_provider'
  | 'no_service_provider'
  | 'window_order'
  | 'provider_unidentifiable'
  | 'too_large'
  | 'nonexistent_local_time'
  | 'unreadable_input';

/**
 * Codes of issues that never fail a call but say what was changed or left out. Each one is listed
 * below with what it means and what to do, as in the [issue codes guide](../../docs/issues.md#warnings).
 *
 * @category Issues and errors
 */
export type WarningCode =
  | 'unknown_field'
  | 'dropped_field'
  | 'preferred_demoted'
  | 'contact_incomplete'
  | 'postal_code_truncated'
  | 'phone_extension_dropped'
  | 'postal_code_state_mismatch'
  | 'timezone_mismatch'
  | 'timezone_out_of_area'
  | 'ambiguous_local_time'
  | 'window_in_past'
  | 'window_overlap';

/**
 * Every issue code this library produces.
 *
 * @category Issues and errors
 */
export type IssueCode = ErrorCode | WarningCode;

/**
 * A problem found in a payload: plain data, never an exception.
 *
 * @example
 * { code: 'required', severity: 'error', path: ['job', 'title'], message: '"job.title" is required: …' }
 *
 * @category Issues and errors
 */
export interface Issue {
  /** Stable machine-readable code, e.g. `required` or `invalid_phone`. */
  readonly code: IssueCode;
  /** `error` makes the call fail; `warning` is informational. */
  readonly severity: Severity;
  /** Where the problem is, in the input of the call that reported it (zod style; `[]` is the root). */
  readonly path: readonly PathSegment[];
  /** What is wrong and how to fix it, in one sentence or two. */
  readonly message: string;
}

/**
 * Codes of notes: what a migration did that is worth knowing but is no problem.
 *
 * @category Issues and errors
 */
export type NoteCode = 'timezone_inferred';

/**
 * Something a migration did on request that is no problem, e.g. filling in `location.timezone`
 * from the postal code (option `inferTimezone`). Unlike an {@link Issue} it has no severity.
 *
 * @example
 * { code: 'timezone_inferred', path: ['job', 'address', 'timezone'], message: '"America/Chicago" was filled in from postal code "46312".' }
 *
 * @category Issues and errors
 */
export interface Note {
  /** Stable machine-readable code, e.g. `timezone_inferred`. */
  readonly code: NoteCode;
  /** The field it concerns, in the input of the call (zod style). */
  readonly path: readonly PathSegment[];
  /** What was done, in one sentence. */
  readonly message: string;
}

const WARNINGS: ReadonlySet<IssueCode> = new Set<IssueCode>(WARNING_CODES);

/** @internal Builds an issue; the severity follows from the code. */
export function issue(code: IssueCode, path: readonly PathSegment[], message: string): Issue {
  return { code, severity: WARNINGS.has(code) ? 'warning' : 'error', path, message };
}

/** @internal Whether `path` starts with `prefix` (a path starts with itself). */
export function startsWithPath(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  // A prefix longer than the path differs from it past the path's end, where the path reads undefined.
  return prefix.every((segment, i) => path[i] === segment);
}

/** @internal Renders a path for messages: `contacts[0].contact_methods[1].value`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '(root)' : out;
}
