import type * as z from 'zod';
import { customIssue } from '../schemas/fields';
import { AppointmentWindowStructure } from '../schemas/appointment-window';
import { contactStructure } from '../schemas/contact';
import { contactMethodStructure } from '../schemas/contact-method';
import { phoneSchema } from '../schemas/fields';
import { LocationStructure } from '../schemas/location';
import { serviceProviderStructure } from '../schemas/service-provider';
import { WorkOrderStructureDefault } from '../schemas/work-order';
import type { Issue } from '../issues/issue';
import { relativeName, type RuleContext } from '../rules/rule';
import { rulePlan, runRules } from '../rules/run-rules';

// The schemas this library exports, for use on their own (Standard Schema, composition, forms):
// each is its structure with the rule pass attached once, at its top, so that a schema used alone
// enforces the business rules of everything it holds and reports every problem in one parse
// (the pass runs on partly invalid values too). Warnings have no place in a zod result: they come
// from validateWorkOrder and migrateJobOffer.

const ALWAYS = { when: () => true } as const;
// The exported schemas read phones as the US does and write E.164, with no `now`.
const STANDALONE: RuleContext = { now: undefined, defaultCountry: 'US', phoneFormat: 'E.164', name: relativeName };

function withRules<T extends z.ZodType>(schema: T): T {
  const plan = rulePlan(schema);
  return schema.superRefine((value, ctx) => {
    const found: Issue[] = [];
    runRules(plan, value, STANDALONE, found);
    for (const problem of found) {
      if (problem.severity === 'error') ctx.addIssue(customIssue(problem.code, value, problem.message, [...problem.path]));
    }
  }, ALWAYS);
}

const phone = phoneSchema('US', 'E.164');

/**
 * The Work Order: everything needed to create a job, its customer, appointment and service
 * provider in Dispatch with one `POST /v3/workorder`. Parsing checks the guide's business rules and
 * returns the canonical form (US national phone numbers, E.164). Use {@link validateWorkOrder} for
 * issues with stable codes, warnings, and other phone options.
 *
 * @category Schemas and types
 */
export const WorkOrderSchema = withRules(WorkOrderStructureDefault);

/**
 * A place in the US or Canada: where the work is done, a contact's billing address, or a service
 * provider's office. Parsing normalizes the state (uppercase), the postal code (`02115`,
 * `K1A0B1`) and the time zone (canonical IANA spelling).
 *
 * @category Schemas and types
 */
export const LocationSchema = withRules(LocationStructure);

/**
 * A time range the service provider may choose for the appointment. Starts before it ends.
 *
 * @category Schemas and types
 */
export const AppointmentWindowSchema = withRules(AppointmentWindowStructure);

/**
 * One way to reach a contact: a phone number or an email address. Phone numbers are normalized to
 * E.164 (US by default for national numbers).
 *
 * @category Schemas and types
 */
export const ContactMethodSchema = contactMethodStructure(phone);

/**
 * A person the service provider may need to reach; exactly one contact per Work Order is primary.
 *
 * @category Schemas and types
 */
export const ContactSchema = withRules(contactStructure(ContactMethodSchema));

/**
 * A business the work is sent or offered to. The platform matches an existing provider by `id`,
 * then `external_ids`, then name, address, email and phone; otherwise it creates one.
 *
 * @category Schemas and types
 */
export const ServiceProviderSchema = withRules(serviceProviderStructure(phone));
