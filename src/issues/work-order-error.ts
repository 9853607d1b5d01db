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
   * Invalid payload: 4 errors, 6 warnings
   *   error /title required: "title" is required: give the job a short title, e.g. "Fix the sink".
   *   error /location required: "location" is required: give the address where the work is done.
   *   error /contacts required: "contacts" is required: give at least one contact, …
   *   warning /job unknown_field: "job" is not a Work Order field …: it is a Job Offer field; if this is a Job Offer, migrate it …
   *   … and 1 more error, 5 more warnings (every issue is in error.issues)
   * ```
   *
   * The first warning is shown too: it may say what the errors come from (a Job Offer given to
   * `parseWorkOrder`, a field misspelt so that a required one is missing).
   */
  constructor(issues: readonly Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const warnings = issues.filter((i) => i.severity === 'warning');
    const counts = [plural(errors.length, 'error'), ...(warnings.length > 0 ? [plural(warnings.length, 'warning')] : [])];
    const shown = [...errors.slice(0, SHOWN), ...warnings.slice(0, 1)];
    const lines = [`Invalid payload: ${counts.join(', ')}`, ...shown.map((i) => `  ${formatIssue(i)}`)];
    const more = [
      ...(errors.length > SHOWN ? [plural(errors.length - SHOWN, 'more error', 'more errors')] : []),
      ...(warnings.length > 1 ? [plural(warnings.length - 1, 'more warning', 'more warnings')] : []),
    ];
    if (more.length > 0) lines.push(`  … and ${more.join(', ')} (every issue is in error.issues)`);
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
