import type { ErrorCode, PathSegment } from '../../issues/issue';

/** @internal A broken business rule, with its path relative to the value the rule checked. */
export interface Violation {
  readonly code: ErrorCode;
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/**
 * @internal A business rule: reads a value that may be only partly valid (other issues may already
 * have been found in it) and returns what it breaks. Rules never throw and never mutate.
 */
export type Rule = (value: unknown) => Violation[];

/** @internal A plain object, as JSON would give one. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @internal The array at `value[key]`, or an empty one when it is missing or not an array. */
export function arrayAt(value: Record<string, unknown>, key: string): readonly unknown[] {
  const item = value[key];
  return Array.isArray(item) ? item : [];
}
