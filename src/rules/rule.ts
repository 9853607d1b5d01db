import { formatPath, startsWithPath, type IssueCode, type PathSegment } from '../issues/issue';
import type { PhoneCountry, PhoneFormat } from '../normalize/phone';
import type { EntityName } from '../schemas/entities';

/** @internal A broken business rule, with its path relative to the value the rule checked. */
export interface Violation {
  readonly code: IssueCode;
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/** @internal What a rule may read besides the value: the call's options that rules use. */
export interface RuleContext {
  /** The `now` option in milliseconds since the epoch, or undefined when not given. */
  readonly now: number | undefined;
  /** How phone numbers are read and written in this call. */
  readonly defaultCountry: PhoneCountry;
  readonly phoneFormat: PhoneFormat;
  /**
   * Names a field of the payload in the caller's terms, for messages: the Work Order path for
   * `validateWorkOrder`; for a migration, the Job Offer field it came from (so a migration's
   * messages speak of `entities`, not `service_providers`). With `from`, the name is relative to
   * that place (the entity being checked), e.g. `external_id` rather than `entities[0].external_id`.
   */
  readonly name: (path: readonly PathSegment[], from?: readonly PathSegment[]) => string;
}

/** @internal Names a path relative to `from` (when `path` is under it), as messages write paths. */
export function relativeName(path: readonly PathSegment[], from?: readonly PathSegment[]): string {
  const under = from !== undefined && startsWithPath(path, from);
  return formatPath(under ? path.slice(from.length) : path);
}

/**
 * @internal A business rule of the guide, as a value: the codes it reports (each code's severity
 * says whether it is an error or a warning), the entity it applies to (every value of that entity
 * in a Work Order is checked), and the check. A check reads a value that may be only partly valid
 * (other issues may have been found in it) and never throws or mutates. Rules are listed in one
 * registry (`registry.ts`) and run in one pass after the structural parse (`run-rules.ts`).
 */
export interface Rule {
  /** The codes this rule can report. */
  readonly codes: readonly IssueCode[];
  /** The entity of the guide this rule checks. */
  readonly appliesTo: EntityName;
  /** Checks one value, found at `path` in the Work Order; paths of the violations are relative to it. */
  readonly check: (value: unknown, context: RuleContext, path: readonly PathSegment[]) => readonly Violation[];
}

/** @internal The array at `value[key]`, or an empty one when it is missing or not an array. */
export function arrayAt(value: Record<string, unknown>, key: string): readonly unknown[] {
  const item = value[key];
  return Array.isArray(item) ? item : [];
}
