import * as z from 'zod';
import { BoundedCache } from '../_lib/bounded-cache';
import type { PhoneCountry, PhoneFormat } from '../normalize/phone';
import { AppointmentWindowStructure } from './appointment-window';
import { contactStructure } from './contact';
import { contactMethodStructure } from './contact-method';
import { entity } from './entities';
import { fieldTree, type FieldNode } from './field-tree';
import { OrchestrationSchema, StatusSchema, WorkflowSchema } from './enums';
import { ExternalIdsSchema, phoneSchema, RequiredTextSchema } from './fields';
import { LIMITS } from './limits';
import { LocationStructure } from './location';
import { serviceProviderStructure } from './service-provider';

/**
 * @internal The structure of a Work Order for one way of reading and writing phone numbers:
 * types, formats and normalization, no business rule (those are `src/rules`, run by the Work Order
 * check, and attached once at the top of the exported `WorkOrderSchema`).
 */
export function workOrderStructure(defaultCountry: PhoneCountry, phoneFormat: PhoneFormat) {
  const phone = phoneSchema(defaultCountry, phoneFormat);
  const contactMethod = contactMethodStructure(phone);
  return entity(
    z.object({
      title: RequiredTextSchema.meta({ description: 'Short title of the job, e.g. `"PLB 123: Fix the Toilet"`. Required.' }),
      description: z.string().optional().meta({ description: 'Longer description of the work; markdown is supported.' }),
      service_type: z.string().optional().meta({ description: 'Kind of service to perform, e.g. `"PLB"`.' }),
      workflow: WorkflowSchema.optional().meta({ description: '`"service"` or `"sales"`. Job Offers were always `"service"`.' }),
      brand_id: z.int().optional().meta({ description: 'Id of one of your account\'s brands in Dispatch; without it the account\'s branding is used.' }),
      orchestration: OrchestrationSchema.optional().meta({ description: 'How the work is offered: `"direct"` (to exactly one provider), `"round_robin"` or `"jump_ball"`.' }),
      external_ids: ExternalIdsSchema.optional().meta({ description: 'The work order\'s ids in your system, e.g. `["AAA123"]`.' }),
      status: StatusSchema.optional().meta({ description: 'Starting status of the job, e.g. `"offered"` or `"unscheduled"`.' }),
      location: LocationStructure.meta({ description: 'Where the work is done (US or Canada). Required.' }),
      appointment_windows: z.array(AppointmentWindowStructure).max(LIMITS.maxAppointmentWindows).optional().meta({ description: 'Time ranges the service provider may choose from; an appointment is created when given.' }),
      contacts: z.array(contactStructure(contactMethod)).min(1).max(LIMITS.maxContacts).meta({ description: 'People on the work order, at least one; exactly one is `primary: true` (the customer). Required.' }),
      service_providers: z.array(serviceProviderStructure(phone)).max(LIMITS.maxServiceProviders).optional().meta({ description: 'Businesses the work is sent or offered to; exactly one for `"direct"` orchestration.' }),
    }).meta({ description: 'A Dispatch Work Order: everything needed to create a job, its customer, appointment and service provider with one `POST /v3/workorder`.' }),
    'WorkOrder',
  );
}

/** @internal The structure of a Work Order, as {@link workOrderStructure} builds it. */
export type WorkOrderStructure = ReturnType<typeof workOrderStructure>;

/** @internal The default structure: US national numbers, E.164 output. */
export const WorkOrderStructureDefault = workOrderStructure('US', 'E.164');

/** @internal The field tree of the Work Order (the same for every phone option), built once. */
export const WORK_ORDER_TREE: FieldNode = fieldTree(WorkOrderStructureDefault);

const structures = new BoundedCache<string, WorkOrderStructure>(8);
structures.set('US|E.164', WorkOrderStructureDefault);

/** @internal The Work Order structure for these phone options, built once and reused. */
export function workOrderStructureFor(defaultCountry: PhoneCountry, phoneFormat: PhoneFormat): WorkOrderStructure {
  return structures.getOrCompute(`${defaultCountry}|${phoneFormat}`, () => workOrderStructure(defaultCountry, phoneFormat));
}
