import type { Issue } from '../issues/issue';
import { WorkOrderError } from '../issues/work-order-error';
import { JobOfferSchema } from '../schemas/job-offer';
import { workOrderSchemaFor, type WorkOrder } from '../schemas/work-order';
import { fieldTree, walkFields, type UnknownKeyReport } from '../validate/field-tree';
import { fromZodIssues } from '../validate/from-zod';
import { toResult, type WorkOrderResult } from '../validate/result';
import { toJobOfferPath } from './job-offer-paths';
import { mapAppointment } from './map-appointment';
import { mapCustomer } from './map-customer';
import { mapEntities } from './map-entities';
import { mapJob } from './map-job';
import { mapOrchestration } from './map-orchestration';
import { resolveMigrateOptions, type MigrateOptions } from './options';

/** The result of {@link migrateJobOffer}; issue paths point into the Job Offer. */
export type MigrationResult = WorkOrderResult;

const JOB_OFFER_FIELDS = fieldTree(JobOfferSchema);
const WORK_ORDER_FIELDS = fieldTree(workOrderSchemaFor('US', 'E.164'));
const DROPPED: UnknownKeyReport = { code: 'dropped_field', payload: 'Job Offer', outcome: 'dropped (the attribute table has no Work Order field for it)' };
const NONE: UnknownKeyReport = { code: 'unknown_field', payload: 'Work Order', outcome: 'left out' };

/**
 * Migrates a legacy Job Offer to a Work Order, following the guide's attribute table: the job
 * becomes the top level, the customer the primary contact, entities the service providers and the
 * parallel window arrays `appointment_windows`. The result is checked like {@link validateWorkOrder}
 * would, and every issue points into the Job Offer. Fields the Work Order has no place for are named
 * by `dropped_field` warnings, so nothing is lost silently. Never throws on any input and never
 * mutates it.
 *
 * @param input - A Job Offer, as parsed JSON or a hand-built object; anything else gives issues.
 * @param options - Phone options, and a starting `status` to emit.
 * @returns `{ success: true, workOrder, issues }` (warnings only) or `{ success: false, issues }`.
 * @throws {TypeError} Only when `options` is invalid (a caller mistake), never because of `input`.
 *
 * @example
 * const result = migrateJobOffer(jobOffer);
 * if (result.success) {
 *   await post('/v3/workorder', result.workOrder);
 *   result.issues.forEach((w) => log.warn(w.code, w.path.join('.'), w.message));
 * }
 */
export function migrateJobOffer(input: unknown, options?: MigrateOptions): MigrationResult {
  const { defaultCountry, phoneFormat, status } = resolveMigrateOptions(options);
  const issues: Issue[] = [];
  const parsed = JobOfferSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues));
  walkFields(JOB_OFFER_FIELDS, input, [], DROPPED, issues);
  if (!parsed.success) return toResult(undefined, issues);

  const offer = parsed.data;
  const candidate: Record<string, unknown> = { workflow: 'service' };
  const orchestration = mapOrchestration(offer.offer_strategy, issues);
  if (orchestration !== undefined) candidate['orchestration'] = orchestration;
  if (status !== undefined) candidate['status'] = status;
  Object.assign(candidate, mapJob(offer.job));
  if (offer.appointment !== undefined) {
    const windows = mapAppointment(offer.appointment, issues);
    if (windows.length > 0) candidate['appointment_windows'] = windows;
  }
  candidate['contacts'] = [mapCustomer(offer.customer, issues)];
  if (offer.entities !== undefined && offer.entities.length > 0) candidate['service_providers'] = mapEntities(offer.entities, issues);

  // Formats, normalization and business rules are the Work Order's: check the candidate once and
  // report at the Job Offer paths its values came from.
  const hasEmail = offer.customer.email !== undefined;
  const translate = (path: readonly (string | number)[]) => toJobOfferPath(path, hasEmail);
  const checked = workOrderSchemaFor(defaultCountry, phoneFormat).safeParse(candidate, { reportInput: true });
  if (!checked.success) issues.push(...fromZodIssues(checked.error.issues, translate));
  const leafWarnings: Issue[] = [];
  walkFields(WORK_ORDER_FIELDS, candidate, [], NONE, leafWarnings);
  for (const warning of leafWarnings) issues.push({ ...warning, path: translate(warning.path) });
  return toResult(checked.success ? (checked.data as WorkOrder) : undefined, issues);
}

/**
 * Like {@link migrateJobOffer}, but returns the Work Order or throws.
 *
 * @throws {WorkOrderError} When the Job Offer cannot be migrated; `error.issues` lists every issue.
 * @throws {TypeError} When `options` is invalid.
 *
 * @example
 * const workOrder = migrateJobOfferOrThrow(jobOffer, { status: 'offered' });
 */
export function migrateJobOfferOrThrow(input: unknown, options?: MigrateOptions): WorkOrder {
  const result = migrateJobOffer(input, options);
  if (!result.success) throw new WorkOrderError(result.issues);
  return result.workOrder;
}
