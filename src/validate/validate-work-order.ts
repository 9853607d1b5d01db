import { WorkOrderError } from '../issues/work-order-error';
import { JOB_OFFER_TREE } from '../schemas/job-offer';
import { WORK_ORDER_TREE } from '../schemas/work-order';
import { checkWorkOrder } from './check-work-order';
import { resolveValidateOptions, type ValidateOptions } from './options';
import { PayloadReader, type KeyReport } from './read';
import { toResult, type ValidationResult } from './result';
import type { WorkOrder, WorkOrderInput } from './types.generated';
import { snapshot } from './snapshot';

const UNKNOWN: KeyReport = {
  code: 'unknown_field',
  payload: 'Work Order',
  outcome: 'left out of the result',
  mistakenFor: {
    payload: 'Job Offer',
    fields: JOB_OFFER_TREE.fields!,
    hint: 'if this is a Job Offer, migrate it to a Work Order first (migrateJobOffer, or the CLI\'s migrate command).',
  },
};

/**
 * Checks a Work Order against the schema and the guide's business rules, reporting every problem
 * in one pass. On success, `workOrder` is the canonical form: states uppercased, postal codes and
 * phone numbers normalized, unknown keys left out (each named by an `unknown_field` warning).
 * Never throws on any input and never mutates it: each property is read once, and a value that
 * cannot be read (a throwing getter, a revoked Proxy) is an `unreadable_input` error.
 *
 * @param input - Anything: a parsed JSON body, a hand-built object, `null`… The type names
 *   {@link WorkOrderInput} only so that an object literal gets its completions and docs.
 * @param options - How to read and write phone numbers; `now`, to warn about windows already over.
 * @returns `{ success: true, workOrder, issues }` (warnings only) or `{ success: false, issues }`.
 * @throws {TypeError} Only when `options` is invalid (a caller mistake, such as an unknown option),
 *   never because of `input`.
 *
 * @example
 * const result = validateWorkOrder(payload);
 * if (result.success) send(result.workOrder);
 * else for (const issue of result.issues) console.error(issue.path.join('.'), issue.code, issue.message);
 *
 * @category Migrate and validate
 */
export function validateWorkOrder(input: WorkOrderInput | {} | null | undefined, options?: ValidateOptions): ValidationResult {
  const resolved = resolveValidateOptions(options);
  // Read the input once into a plain copy (unknown keys, size limits): a payload over a limit, or
  // one that cannot be read, is checked no further.
  const reader = new PayloadReader(UNKNOWN);
  const value = snapshot(WORK_ORDER_TREE, input, [], reader);
  reader.finish();
  if (reader.stopped) return toResult(undefined, reader.issues);
  const issues = reader.issues;
  return toResult(checkWorkOrder(value, resolved, issues), issues);
}

/**
 * Like {@link validateWorkOrder}, but returns the canonical Work Order or throws.
 *
 * @throws {WorkOrderError} When the Work Order has at least one error; `error.issues` lists them all.
 * @throws {TypeError} When `options` is invalid.
 *
 * @example
 * const workOrder = parseWorkOrder(JSON.parse(body), { phoneFormat: 'RFC3966' });
 *
 * @category Migrate and validate
 */
export function parseWorkOrder(input: WorkOrderInput | {} | null | undefined, options?: ValidateOptions): WorkOrder {
  const result = validateWorkOrder(input, options);
  if (!result.success) throw new WorkOrderError(result.issues);
  return result.workOrder;
}
