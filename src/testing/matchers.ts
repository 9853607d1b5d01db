import { migrateJobOffer } from '../migrate/migrate-job-offer';
import type { MigrateOptions } from '../migrate/options';
import { validateWorkOrder } from '../validate/validate-work-order';
import type { ValidateOptions } from '../validate/options';
import { jsonDiff } from './diff';
import { formatIssues } from './format-issues';

/**
 * The part of a vitest or jest matcher context these matchers use.
 *
 * @category Matchers
 */
export interface MatcherContext {
  /** True under `expect(…).not`. */
  readonly isNot: boolean;
  /** The runner's deep equality. */
  equals(a: unknown, b: unknown): boolean;
  /** The runner's helpers; `diff` gives a coloured, readable diff. */
  readonly utils: {
    /** A readable diff of two values, or nothing when the runner has none to give. */
    diff(expected: unknown, received: unknown): string | null | undefined;
  };
}

/**
 * What a matcher returns to vitest or jest.
 *
 * @category Matchers
 */
export interface MatcherResult {
  /** Whether the expectation holds. */
  pass: boolean;
  /** The failure message, built only when needed. */
  message: () => string;
}

/**
 * The Work Order matchers, as they appear on `expect(…)` once registered.
 *
 * @category Matchers
 */
export interface WorkOrderMatchers<R = unknown> {
  /**
   * Passes when the received value is a valid Work Order; the failure message lists every issue with
   * its path and code.
   *
   * @example expect(payload).toBeValidWorkOrder();
   */
  toBeValidWorkOrder(options?: ValidateOptions): R;
  /**
   * Passes when the received Job Offer migrates to exactly `expected`; the failure message shows a
   * diff of the produced and expected Work Orders, and the migration's issues.
   *
   * @example expect(jobOffer).toMigrateTo(expectedWorkOrder);
   */
  toMigrateTo(expected: unknown, options?: MigrateOptions): R;
}

/**
 * Matchers for `expect.extend(matchers)` in vitest and jest. For editor completion, also import
 * `dispatch-workorder/testing/vitest` or `dispatch-workorder/testing/jest` once (a setup file).
 *
 * @example
 * import { expect } from 'vitest';
 * import { matchers } from 'dispatch-workorder/testing';
 * import 'dispatch-workorder/testing/vitest';
 *
 * expect.extend(matchers);
 * expect(migrateJobOfferOrThrow(offer)).toBeValidWorkOrder();
 * expect(offer).toMigrateTo(expectedWorkOrder);
 *
 * @category Matchers
 */
export const matchers = {
  /** See {@link WorkOrderMatchers.toBeValidWorkOrder}. */
  toBeValidWorkOrder(this: MatcherContext, received: unknown, options?: ValidateOptions): MatcherResult {
    const result = validateWorkOrder(received, options);
    return {
      pass: result.success,
      message: () =>
        result.success
          ? `expected the value not to be a valid Work Order, but it is${result.issues.length > 0 ? ` (warnings:\n${formatIssues(result.issues)})` : ''}`
          : `expected a valid Work Order, but found ${count(result.issues)}:\n${formatIssues(result.issues)}`,
    };
  },

  /** See {@link WorkOrderMatchers.toMigrateTo}. */
  toMigrateTo(this: MatcherContext, received: unknown, expected: unknown, options?: MigrateOptions): MatcherResult {
    const result = migrateJobOffer(received, options);
    const pass = result.success && this.equals(result.workOrder, expected);
    return {
      pass,
      message: () => {
        if (pass) return `expected the Job Offer not to migrate to this Work Order, but it does\n\nMigration issues:\n${formatIssues(result.issues)}`;
        if (!result.success) return `expected the Job Offer to migrate, but migration failed with ${count(result.issues)}:\n${formatIssues(result.issues)}`;
        const diff = this.utils.diff(expected, result.workOrder) ?? jsonDiff(result.workOrder, expected) ?? '';
        return `expected the Job Offer to migrate to the expected Work Order\n\n${diff}\n\nMigration issues:\n${formatIssues(result.issues)}`;
      },
    };
  },
};

function count(issues: readonly { severity: string }[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return `${errors} error${errors === 1 ? '' : 's'}`;
}
