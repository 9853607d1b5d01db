import { plural } from '../_lib/plural';
import { formatIssue } from './format-issue';
import type { Issue } from './issue';

const NAME = 'WorkOrderError';
/** How many errors the message shows. */
const SHOWN = 3;

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

  /**
   * The message is a count, then the first three errors, each on a line of its own as
   * {@link formatIssue} writes it (what the CLI prints), then how many more there are:
   *
   * ```text
   * Invalid payload: 4 errors
   *   error /title required: "title" is required: give the job a short title, e.g. "Fix the sink".
   *   error /location required: "location" is required: give the address where the work is done.
   *   error /contacts required: "contacts" is required: give at least one contact, …
   *   … and 1 more error (every issue is in error.issues)
   * ```
   */
  constructor(issues: readonly Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const lines = [`Invalid payload: ${plural(errors.length, 'error')}`, ...errors.slice(0, SHOWN).map((i) => `  ${formatIssue(i)}`)];
    if (errors.length > SHOWN) lines.push(`  … and ${plural(errors.length - SHOWN, 'more error', 'more errors')} (every issue is in error.issues)`);
    super(lines.join('\n'));
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
