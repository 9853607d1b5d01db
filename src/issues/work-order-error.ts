import { formatPath, type Issue } from './issue';

const NAME = 'WorkOrderError';

/**
 * Thrown by the throwing variants (`migrateJobOfferOrThrow`, `parseWorkOrder`) when a payload has
 * at least one error. Carries every issue found, warnings included.
 *
 * @example
 * try {
 *   parseWorkOrder(payload);
 * } catch (error) {
 *   if (isWorkOrderError(error)) console.error(error.issues);
 * }
 *
 * @category Issues and errors
 */
export class WorkOrderError extends Error {
  /** Always `'WorkOrderError'`, also after minification. */
  override readonly name = NAME;
  /** Every issue found, errors first in input order, then warnings. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const shown = errors.slice(0, 3).map((i) => `${formatPath(i.path)}: ${i.code}`);
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
    super(`Invalid payload: ${shown.join('; ')}${more}`);
    this.issues = issues;
  }
}

/**
 * True when `value` is a {@link WorkOrderError}, also one from another copy of this package.
 *
 * @example
 * if (isWorkOrderError(error)) error.issues.forEach((i) => console.log(i.code));
 *
 * @category Issues and errors
 */
export function isWorkOrderError(value: unknown): value is WorkOrderError {
  return value instanceof WorkOrderError || (value instanceof Error && value.name === NAME && Array.isArray((value as { issues?: unknown }).issues));
}
