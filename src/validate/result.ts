import type { Issue } from '../issues/issue';
import type { WorkOrder } from '../schemas/work-order';

/**
 * What {@link validateWorkOrder} and {@link migrateJobOffer} return. Narrow on `success`: when it is
 * `true` the canonical `workOrder` is there and `issues` holds warnings only; when `false`,
 * `issues` holds at least one error.
 */
export type WorkOrderResult =
  | {
      /** `true`: the payload is a valid Work Order. */
      readonly success: true;
      /** The Work Order in canonical form, ready to send. */
      readonly workOrder: WorkOrder;
      /** Warnings only: what was left out, changed or is worth a look. */
      readonly issues: readonly Issue[];
    }
  | {
      /** `false`: the payload has at least one error. */
      readonly success: false;
      /** Never there when `success` is `false`. */
      readonly workOrder?: never;
      /** Every issue found, at least one error: errors first, then warnings. */
      readonly issues: readonly Issue[];
    };

/** The result of {@link validateWorkOrder}. */
export type ValidationResult = WorkOrderResult;

/** @internal Builds a result: errors first, then warnings, each in the order found. */
export function toResult(workOrder: WorkOrder | undefined, issues: readonly Issue[]): WorkOrderResult {
  const errors = issues.filter((i) => i.severity === 'error');
  const ordered = errors.length === 0 || errors.length === issues.length ? issues : [...errors, ...issues.filter((i) => i.severity !== 'error')];
  if (errors.length === 0 && workOrder !== undefined) return { success: true, workOrder, issues: ordered };
  return { success: false, issues: ordered };
}
