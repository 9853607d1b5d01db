import { WorkOrderError } from '../issues/work-order-error';
import type { Issue } from '../issues/issue';
import { workOrderSchemaFor, type WorkOrder } from '../schemas/work-order';
import { fieldTree, walkFields, type UnknownKeyReport } from './field-tree';
import { fromZodIssues } from './from-zod';
import { resolveValidateOptions, type ValidateOptions } from './options';
import { toResult, type ValidationResult } from './result';
import { compiledWorkOrderSchemaFor } from './compiled-schemas';
import { parseWithFastPath } from './safe-parse';
import { windowWarnings } from './rules/window-warnings';

const WORK_ORDER_FIELDS = fieldTree(workOrderSchemaFor('US', 'E.164'));
const UNKNOWN: UnknownKeyReport = { code: 'unknown_field', payload: 'Work Order', outcome: 'left out of the result' };

/**
 * Checks a Work Order against the schema and the guide's business rules, reporting every problem
 * in one pass. On success, `workOrder` is the canonical form: states uppercased, postal codes and
 * phone numbers normalized, unknown keys left out (each named by an `unknown_field` warning).
 * Never throws on any input and never mutates it.
 *
 * @param input - Anything: a parsed JSON body, a hand-built object, `null`…
 * @param options - How to read and write phone numbers; `now`, to warn about windows already over.
 * @returns `{ success: true, workOrder, issues }` (warnings only) or `{ success: false, issues }`.
 * @throws {TypeError} Only when `options` is invalid (a caller mistake), never because of `input`.
 *
 * @example
 * const result = validateWorkOrder(payload);
 * if (result.success) send(result.workOrder);
 * else for (const issue of result.issues) console.error(issue.path.join('.'), issue.code, issue.message);
 */
export function validateWorkOrder(input: unknown, options?: ValidateOptions): ValidationResult {
  const { defaultCountry, phoneFormat, now } = resolveValidateOptions(options);
  const issues: Issue[] = [];
  // Unknown keys, leaf warnings and size limits first: a payload over a limit is checked no further.
  if (walkFields(WORK_ORDER_FIELDS, input, [], UNKNOWN, issues)) return toResult(undefined, issues);
  const parsed = parseWithFastPath(compiledWorkOrderSchemaFor(defaultCountry, phoneFormat), workOrderSchemaFor(defaultCountry, phoneFormat), input);
  if (!parsed.success) issues.unshift(...fromZodIssues(parsed.error.issues));
  if (typeof input === 'object' && input !== null) issues.push(...windowWarnings((input as Record<string, unknown>)['appointment_windows'], now));
  return toResult(parsed.success ? (parsed.data as WorkOrder) : undefined, issues);
}

/**
 * Like {@link validateWorkOrder}, but returns the canonical Work Order or throws.
 *
 * @throws {WorkOrderError} When the Work Order has at least one error; `error.issues` lists them all.
 * @throws {TypeError} When `options` is invalid.
 *
 * @example
 * const workOrder = parseWorkOrder(JSON.parse(body), { phoneFormat: 'RFC3966' });
 */
export function parseWorkOrder(input: unknown, options?: ValidateOptions): WorkOrder {
  const result = validateWorkOrder(input, options);
  if (!result.success) throw new WorkOrderError(result.issues);
  return result.workOrder;
}
