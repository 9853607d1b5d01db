import { formatPath, startsWithPath, type Issue, type PathSegment } from '../issues/issue';
import { WorkOrderError } from '../issues/work-order-error';
import type { JobOfferInput, WorkOrder } from '../validate/types.generated';
import { checkWorkOrder } from '../validate/check-work-order';
import { toResult, type WorkOrderResult } from '../validate/result';
import { mapJobOffer } from './map-job-offer';
import { resolveMigrateOptions, type MigrateOptions } from './options';
import { applyTimeOptions } from './time-step';

/**
 * The result of {@link migrateJobOffer}: a {@link WorkOrderResult} whose issue paths point into the
 * Job Offer. A success may carry `notes`, present only when there is something to note: what the
 * migration filled in on request (today `timezone_inferred`, with the `inferTimezone` option).
 *
 * @category Migrate and validate
 */
export type MigrationResult = WorkOrderResult;

/**
 * Migrates a legacy Job Offer to a Work Order, following the guide's attribute table: the job
 * becomes the top level, the customer the primary contact, entities the service providers and the
 * parallel window arrays `appointment_windows`. The result is checked like {@link validateWorkOrder}
 * would, and every issue points into the Job Offer. Fields the Work Order has no place for are named
 * by `dropped_field` warnings, so nothing is lost silently. Never throws on any input and never
 * mutates it: each property is read once, and a value that cannot be read (a throwing getter, a
 * revoked Proxy) is an `unreadable_input` error.
 *
 * @param input - A Job Offer, as parsed JSON or a hand-built object; anything else gives issues.
 *   Any value is accepted; the type names {@link JobOfferInput} only so that an object literal gets
 *   its completions and docs (write `{ … } satisfies JobOfferInput` to have it type-checked too).
 * @param options - Phone options, a starting `status` to emit, and the time options: `inferTimezone`
 *   (a resolver from `dispatch-workorder/timezone`), `localTimes` and `now` (see the [time zones guide](../../docs/time.md)).
 * @returns `{ success: true, workOrder, issues }` (warnings only) or `{ success: false, issues }`.
 * @throws {TypeError} Only when `options` is invalid (a caller mistake, including an unknown option
 *   or an `inferTimezone` function that returns something other than a zone name or `undefined`),
 *   never because of `input`.
 *
 * @example
 * const result = migrateJobOffer(jobOffer);
 * if (result.success) {
 *   await post('/v3/workorder', result.workOrder);
 *   result.issues.forEach((w) => log.warn(w.code, w.path.join('.'), w.message));
 * }
 *
 * @category Migrate and validate
 */
export function migrateJobOffer(input: JobOfferInput | {} | null | undefined, options?: MigrateOptions): MigrationResult {
  const resolved = resolveMigrateOptions(options);
  // Map by the attribute table, reading the Job Offer once; a Job Offer over a limit, or one that
  // cannot be read, is checked no further.
  const { candidate, provenance, issues } = mapJobOffer(input);
  if (candidate === undefined) return toResult(undefined, issues);
  if (resolved.status !== undefined) candidate['status'] = resolved.status;

  // Formats, normalization and business rules are the Work Order's: check the candidate once and
  // report each issue at the Job Offer field its value came from (the provenance recorded while
  // mapping). An issue inside a Job Offer field already reported as an error says nothing new.
  const reported = issues.filter((i) => i.severity === 'error').map((i) => i.path);
  const translate = (path: readonly PathSegment[]): PathSegment[] => provenance.toJobOfferPath(candidate, path);
  // Time options first: they may fill in location.timezone and give window times their offsets.
  const time = applyTimeOptions(candidate, resolved, (path) => formatPath(translate(path)));
  for (const found of time.issues) issues.push({ ...found, path: translate(found.path) });
  const found: Issue[] = [];
  const workOrder = checkWorkOrder(candidate, resolved, found, translate);
  const timeReported = new Set(time.reported.map((path) => JSON.stringify(translate(path))));
  for (const problem of found) {
    if (reported.some((prefix) => startsWithPath(problem.path, prefix))) continue;
    if (problem.code === 'invalid_timestamp' && timeReported.has(JSON.stringify(problem.path))) continue;
    issues.push(problem);
  }
  const notes = time.notes.map((note) => ({ ...note, path: translate(note.path) }));
  return toResult(workOrder, issues, notes);
}


/**
 * Like {@link migrateJobOffer}, but returns the Work Order or throws.
 *
 * @throws {WorkOrderError} When the Job Offer cannot be migrated; `error.issues` lists every issue.
 * @throws {TypeError} When `options` is invalid.
 *
 * @example
 * const workOrder = migrateJobOfferOrThrow(jobOffer, { status: 'offered' });
 *
 * @category Migrate and validate
 */
export function migrateJobOfferOrThrow(input: JobOfferInput | {} | null | undefined, options?: MigrateOptions): WorkOrder {
  const result = migrateJobOffer(input, options);
  if (!result.success) throw new WorkOrderError(result.issues);
  return result.workOrder;
}
