import type { Issue, Note } from '../issues/issue';
import { WorkOrderError } from '../issues/work-order-error';
import { JobOfferSchema } from '../schemas/job-offer';
import { workOrderSchemaFor, type WorkOrder } from '../schemas/work-order';
import { fieldTree, walkFields, type UnknownKeyReport } from '../validate/field-tree';
import { fromZodIssues } from '../validate/from-zod';
import { compiledJobOfferSchema, compiledWorkOrderSchemaFor } from '../validate/compiled-schemas';
import { parseWithFastPath } from '../validate/safe-parse';
import { toResult } from '../validate/result';
import { windowWarnings } from '../validate/rules/window-warnings';
import { applyTimeOptions } from '../time/apply-time-options';
import { toJobOfferPath } from './job-offer-paths';
import { mapAppointment } from './map-appointment';
import { mapCustomer } from './map-customer';
import { mapEntities } from './map-entities';
import { mapJob } from './map-job';
import { mapOrchestration } from './map-orchestration';
import { resolveMigrateOptions, type MigrateOptions } from './options';

/**
 * The result of {@link migrateJobOffer}; issue paths point into the Job Offer. A success may carry
 * `notes`, present only when there is something to note: what the migration filled in on request
 * (today `timezone_inferred`, with the `inferTimezone` option). Notes are not issues: no severity.
 */
export type MigrationResult =
  | {
      /** `true`: the Job Offer migrated. */
      readonly success: true;
      /** The Work Order in canonical form, ready to send. */
      readonly workOrder: WorkOrder;
      /** Warnings only: what was dropped, changed or is worth a look, at Job Offer paths. */
      readonly issues: readonly Issue[];
      /** What the migration filled in on request; present only when there is something. */
      readonly notes?: readonly Note[];
    }
  | {
      /** `false`: the Job Offer cannot be migrated as it is. */
      readonly success: false;
      /** Never there when `success` is `false`. */
      readonly workOrder?: never;
      /** Every issue found, at least one error: errors first, then warnings. */
      readonly issues: readonly Issue[];
      /** Never there when `success` is `false`. */
      readonly notes?: never;
    };

const JOB_OFFER_FIELDS = fieldTree(JobOfferSchema);
const DROPPED: UnknownKeyReport = { code: 'dropped_field', payload: 'Job Offer', outcome: 'dropped (the attribute table has no Work Order field for it)' };

/**
 * Migrates a legacy Job Offer to a Work Order, following the guide's attribute table: the job
 * becomes the top level, the customer the primary contact, entities the service providers and the
 * parallel window arrays `appointment_windows`. The result is checked like {@link validateWorkOrder}
 * would, and every issue points into the Job Offer. Fields the Work Order has no place for are named
 * by `dropped_field` warnings, so nothing is lost silently. Never throws on any input and never
 * mutates it.
 *
 * @param input - A Job Offer, as parsed JSON or a hand-built object; anything else gives issues.
 * @param options - Phone options, a starting `status` to emit, and the time options: `inferTimezone`
 *   (a resolver from `dispatch-workorder/timezone`), `localTimes` and `now` (see `docs/time.md`).
 * @returns `{ success: true, workOrder, issues }` (warnings only) or `{ success: false, issues }`.
 * @throws {TypeError} Only when `options` is invalid (a caller mistake, including an `inferTimezone`
 *   function that returns something other than a zone name or `undefined`), never because of `input`.
 *
 * @example
 * const result = migrateJobOffer(jobOffer);
 * if (result.success) {
 *   await post('/v3/workorder', result.workOrder);
 *   result.issues.forEach((w) => log.warn(w.code, w.path.join('.'), w.message));
 * }
 */
export function migrateJobOffer(input: unknown, options?: MigrateOptions): MigrationResult {
  const { defaultCountry, phoneFormat, status, now, inferTimezone, localTimes } = resolveMigrateOptions(options);
  const issues: Issue[] = [];
  // Dropped fields and size limits first: a payload over a limit is checked no further.
  if (walkFields(JOB_OFFER_FIELDS, input, [], DROPPED, issues)) return toResult(undefined, issues);
  const parsed = parseWithFastPath(compiledJobOfferSchema(), JobOfferSchema, input);
  if (!parsed.success) {
    issues.unshift(...fromZodIssues(parsed.error.issues));
    return toResult(undefined, issues);
  }

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
  // Time options first: they may fill in location.timezone and give window times their offsets.
  const time = applyTimeOptions(candidate, { inferTimezone, localTimes });
  for (const found of time.issues) issues.push({ ...found, path: translate(found.path) });
  const checked = parseWithFastPath(compiledWorkOrderSchemaFor(defaultCountry, phoneFormat), workOrderSchemaFor(defaultCountry, phoneFormat), candidate);
  if (!checked.success) {
    const schemaIssues = fromZodIssues(checked.error.issues, translate);
    if (time.reported.length === 0) issues.push(...schemaIssues);
    else {
      const reported = new Set(time.reported.map((path) => JSON.stringify(translate(path))));
      issues.push(...schemaIssues.filter((i) => !(i.code === 'invalid_timestamp' && reported.has(JSON.stringify(i.path)))));
    }
  }
  // Leaf warnings (ZIP+4 codes cut) were found by the Job Offer walk above, at their own paths.
  for (const warning of windowWarnings(candidate['appointment_windows'], now)) issues.push({ ...warning, path: translate(warning.path) });
  const result = toResult(checked.success ? (checked.data as WorkOrder) : undefined, issues);
  if (!result.success || time.notes.length === 0) return result;
  return { ...result, notes: time.notes.map((note) => ({ ...note, path: translate(note.path) })) };
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
