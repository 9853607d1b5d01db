import * as z from 'zod';
import { primaryContactCount } from '../validate/rules/primary-contact-count';
import { serviceProviderCount } from '../validate/rules/service-provider-count';
import { appointmentWindowSchema, AppointmentWindowSchema } from './appointment-window';
import { contactSchema } from './contact';
import { contactMethodSchema } from './contact-method';
import { OrchestrationSchema, StatusSchema, WorkflowSchema } from './enums';
import { ExternalIdsSchema, phoneSchema, RequiredTextSchema } from './fields';
import { locationSchema, LocationSchema } from './location';
import { serviceProviderSchema } from './service-provider';
import { withRules } from './with-rules';
import { LIMITS } from '../validate/limits';
import type { PhoneCountry, PhoneFormat } from '../normalize/phone';

/**
 * @internal Builds the Work Order schema for one way of reading and writing phone numbers.
 * `always` is {@link withRules}'s: false builds the twin whose rules run only on otherwise valid
 * values, which zod can compile (see `src/validate/compiled-schemas.ts`).
 */
export function workOrderSchema(defaultCountry: PhoneCountry, phoneFormat: PhoneFormat, always = true) {
  const phone = phoneSchema(defaultCountry, phoneFormat);
  return withRules(
    z.object({
      /** Short title of the job, e.g. `"PLB 123: Fix the Toilet"`. Required. */
      title: RequiredTextSchema,
      /** Longer description of the work; markdown is supported. */
      description: z.string().optional(),
      /** Kind of service to perform, e.g. `"PLB"`. */
      service_type: z.string().optional(),
      /** `"service"` or `"sales"`. Job Offers were always `"service"`. */
      workflow: WorkflowSchema.optional(),
      /** Id of one of your account's brands in Dispatch; without it the account's branding is used. */
      brand_id: z.int().optional(),
      /** How the work is offered: `"direct"` (to exactly one provider), `"round_robin"` or `"jump_ball"`. */
      orchestration: OrchestrationSchema.optional(),
      /** The work order's ids in your system, e.g. `["AAA123"]`. */
      external_ids: ExternalIdsSchema.optional(),
      /** Starting status of the job, e.g. `"offered"` or `"unscheduled"`. */
      status: StatusSchema.optional(),
      /** Where the work is done (US or Canada). Required. */
      location: always ? LocationSchema : locationSchema(false),
      /** Time ranges the service provider may choose from; an appointment is created when given. */
      appointment_windows: z.array(always ? AppointmentWindowSchema : appointmentWindowSchema(false)).max(LIMITS.maxAppointmentWindows).optional(),
      /** People on the work order; exactly one is `primary: true`. */
      contacts: z.array(contactSchema(contactMethodSchema(phone), always)).max(LIMITS.maxContacts).optional(),
      /** Businesses the work is sent or offered to; exactly one for `"direct"` orchestration. */
      service_providers: z.array(serviceProviderSchema(phone, always)).max(LIMITS.maxServiceProviders).optional(),
    }),
    [primaryContactCount, serviceProviderCount],
    always,
  );
}

/**
 * The Work Order: everything needed to create a job, its customer, appointment and service
 * provider in Dispatch with one `POST /v3/workorder`. Parsing checks the guide's business rules and
 * returns the canonical form (US national phone numbers, E.164). Use {@link validateWorkOrder} for
 * issues with stable codes and other phone options.
 */
export const WorkOrderSchema = workOrderSchema('US', 'E.164');

/** A Dispatch Work Order, as sent to `POST /v3/workorder` (see {@link WorkOrderSchema}). */
export type WorkOrder = z.infer<typeof WorkOrderSchema>;

const cache = new Map<string, typeof WorkOrderSchema>([['US|E.164', WorkOrderSchema]]);

/** @internal The Work Order schema for these phone options, built once and reused. */
export function workOrderSchemaFor(defaultCountry: PhoneCountry, phoneFormat: PhoneFormat): typeof WorkOrderSchema {
  const key = `${defaultCountry}|${phoneFormat}`;
  let schema = cache.get(key);
  if (schema === undefined) {
    schema = workOrderSchema(defaultCountry, phoneFormat);
    cache.set(key, schema);
  }
  return schema;
}
