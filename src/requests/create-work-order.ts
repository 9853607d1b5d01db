import type { WorkOrder, WorkOrderInput } from '../validate/types.generated';
import type { ValidateOptions } from '../validate/options';
import { validateWorkOrder } from '../validate/validate-work-order';
import type { RequestResult } from './types';

/**
 * Builds `POST /v3/workorder`, which creates the job, the primary contact, the service provider and
 * (when `appointment_windows` is given) the appointment. The Work Order is validated first, exactly
 * as {@link validateWorkOrder} does, and the body is its canonical form: nothing invalid is ever
 * built into a request. The API answers with {@link WorkOrderCreated}.
 *
 * @param workOrder - The Work Order to send, typed as {@link WorkOrderInput} (lenient forms are
 *   fine); a value that is not a valid Work Order gives issues, whatever its static type.
 * @param options - How to read and write phone numbers, as for {@link validateWorkOrder}.
 * @returns The request and the validation's warnings, or `{ success: false, issues }`; issue paths
 *   point into the Work Order. Never throws on `workOrder`.
 * @throws {TypeError} Only when `options` is invalid (a caller mistake).
 *
 * @example
 * const built = requests.createWorkOrder(workOrder);
 * if (!built.success) throw new WorkOrderError(built.issues);
 * await myHttp(built.request.method, `https://api-sandbox.dispatch.me${built.request.path}`, built.request.body);
 */
export function createWorkOrder(workOrder: WorkOrderInput, options?: ValidateOptions): RequestResult<WorkOrder> {
  const result = validateWorkOrder(workOrder, options);
  if (!result.success) return { success: false, issues: result.issues };
  return { success: true, request: { method: 'POST', path: '/v3/workorder', body: result.workOrder }, issues: result.issues };
}
