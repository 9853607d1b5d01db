import type { Issue, Note } from '../issues/issue';
import type { WorkOrder } from './types.generated';

/**
 * What {@link validateWorkOrder} and {@link migrateJobOffer} return. Narrow on `success`: when it is
 * `true` the canonical `workOrder` is there and `issues` holds warnings only; when `false`,
 * `issues` holds at least one error. A migration's success may also carry `notes`.
 *
 * @category Migrate and validate
 */
export type WorkOrderResult =
  | {
      /** `true`: the payload is (or became) a valid Work Order. */
      readonly success: true;
      /** The Work Order in canonical form, ready to send. */
      readonly workOrder: WorkOrder;
      /** Warnings only: what was left out, changed or is worth a look. */
      readonly issues: readonly Issue[];
      /**
       * What a migration filled in on request (today `timezone_inferred`, with the `inferTimezone`
       * option); present only when there is something to note. Notes are not issues: no severity.
       */
      readonly notes?: readonly Note[];
    }
  | {
      /** `false`: the payload has at least one error. */
      readonly success: false;
      /** Never there when `success` is `false`. */
      readonly workOrder?: never;
      /** Every issue found, at least one error: errors first, then warnings. */
      readonly issues: readonly Issue[];
      /** Never there when `success` is `false`. */
      readonly notes?: never;
    };

/**
 * The result of {@link validateWorkOrder} (a {@link WorkOrderResult}; validation has no notes).
 *
 * @category Migrate and validate
 */
export type ValidationResult = WorkOrderResult;

/** @internal Builds a result: errors first, then warnings, each in the order found. */
export function toResult(workOrder: WorkOrder | undefined, issues: readonly Issue[], notes?: readonly Note[]): WorkOrderResult {
  const errors = issues.filter((i) => i.severity === 'error');
  const ordered = [...errors, ...issues.filter((i) => i.severity !== 'error')];
  if (errors.length > 0 || workOrder === undefined) return { success: false, issues: ordered };
  return notes === undefined || notes.length === 0 ? { success: true, workOrder, issues: ordered } : { success: true, workOrder, issues: ordered, notes };
}
