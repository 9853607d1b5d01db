import * as z from 'zod';
import { fieldTree, type FieldNode } from './field-tree';
import { LIMITS } from './limits';

// The legacy Job Offer, as integrators build it today: its structure only. Where each field goes in
// the Work Order is the attribute table's (src/migrate/attribute-table.ts, docs/mapping.md); the
// formats of the values (phones, postal codes, timestamps) are the Work Order's and are checked on
// the Work Order the migration builds, then reported at the Job Offer paths they came from.

/** @internal The legacy address shape (the same fields as a Work Order Location). */
const JobOfferAddressSchema = z.object({
  street_1: z.string().meta({ description: 'First line of the street address, e.g. `"1234 Test Avenue"`. Required.' }),
  street_2: z.string().optional().meta({ description: 'Second line of the street address, e.g. `"Apt 2"`.' }),
  city: z.string().meta({ description: 'City, e.g. `"Boston"`. Required.' }),
  state: z.string().optional().meta({ description: 'Two-letter state or province code, e.g. `"MA"`.' }),
  postal_code: z.string().optional().meta({ description: 'US ZIP or Canadian postal code, e.g. `"02114"`.' }),
  timezone: z.string().optional().meta({ description: 'IANA time zone, e.g. `"America/New_York"`.' }),
  external_ids: z.array(z.string()).max(LIMITS.maxExternalIds).optional().meta({ description: 'Ids of the address in your system.' }),
  country: z.string().optional().meta({ description: 'The country (a legacy variant): `"US"`, `"USA"`, `"CA"`, `"Canada"`, in any case; must agree with the state and postal code.' }),
});

/**
 * The legacy Job Offer payload that this library migrates. Parsing it checks only its structure
 * (types, and the fields a Work Order cannot do without); {@link migrateJobOffer} does the rest,
 * following the guide's attribute table.
 *
 * @category Schemas and types
 */
export const JobOfferSchema = z.object({
  offer_strategy: z.string().optional().meta({ description: 'How the offer is made: `"direct"` (the default), `"round_robin"` or `"jump_ball"`.' }),
  duration: z.unknown().optional().meta({ description: 'Offer expiry; Work Orders do not expire.' }),
  duration_algorithm: z.unknown().optional().meta({ description: 'Offer expiry algorithm; Work Orders do not expire.' }),
  ui_options: z.unknown().optional().meta({ description: 'Display options; now set per account.' }),
  job: z.object({
    title: z.string().meta({ description: 'Short title of the job, e.g. `"Fix the Sink"`. Required.' }),
    description: z.string().optional().meta({ description: 'Description of the work; markdown is supported.' }),
    service_type: z.string().optional().meta({ description: 'Kind of service, e.g. `"PLB"`.' }),
    external_id: z.string().optional().meta({ description: 'The job\'s id in your system, e.g. `"AAA123"`.' }),
    external_ids: z.array(z.string()).max(LIMITS.maxExternalIds).optional().meta({ description: 'More ids of the job in your system (a legacy variant), e.g. `["AAA123", "WO-9"]`.' }),
    address: JobOfferAddressSchema.meta({ description: 'Where the work is done. Required.' }),
  }).meta({ description: 'The job. Required.' }),
  appointment: z
    .object({
      window_start_time: z.array(z.string()).max(LIMITS.maxAppointmentWindows).optional().meta({ description: 'Window starts, ISO 8601 with an offset, e.g. `"2017-01-01T05:00:00Z"`.' }),
      window_end_time: z.array(z.string()).max(LIMITS.maxAppointmentWindows).optional().meta({ description: 'Window ends, in the same order as the starts.' }),
    })
    .optional()
    .meta({ description: 'Offered appointment windows, as two parallel arrays of equal length.' }),
  customer: z.object({
    first_name: z.string().optional().meta({ description: 'Given name, e.g. `"Joe"`.' }),
    last_name: z.string().optional().meta({ description: 'Family name, e.g. `"Shmo"`.' }),
    email: z.string().optional().meta({ description: 'Email address, e.g. `"joe.shmo@email.com"`.' }),
    phone_numbers: z
      .array(
        z.object({
          number: z.string().meta({ description: 'The number, e.g. `"+15551234567"` or `"(617) 555-1234"`. Required.' }),
          type: z.string().optional().meta({ description: 'What kind of phone, e.g. `"mobile"`.' }),
          primary: z.boolean().optional().meta({ description: '`true` for the number that receives notifications.' }),
        }),
      )
      .max(LIMITS.maxContactMethods)
      .optional()
      .meta({ description: 'The customer\'s phone numbers.' }),
    external_id: z.string().optional().meta({ description: 'The customer\'s id in your system, e.g. `"BBB456"`.' }),
    external_ids: z.array(z.string()).max(LIMITS.maxExternalIds).optional().meta({ description: 'More ids of the customer in your system (a legacy variant).' }),
    billing_address: JobOfferAddressSchema.optional().meta({ description: 'The customer\'s billing address.' }),
    home_address: z.unknown().optional().meta({ description: 'The customer\'s home address; no longer needed (the work order\'s location serves).' }),
  }).meta({ description: 'The customer, who becomes the primary contact. Required.' }),
  entities: z
    .array(
      z.object({
        type: z.string().optional().meta({ description: 'The kind of entity; only `"organization"` can receive a Work Order.' }),
        id: z.int().optional().meta({ description: 'The organization\'s id in Dispatch, e.g. `123`.' }),
        external_id: z.string().optional().meta({ description: 'The organization\'s id in your system, e.g. `"CCC789"`.' }),
        data: z
          .object({
            name: z.string().optional().meta({ description: 'Business name, e.g. `"Jim\'s Plumbing"`.' }),
            email: z.string().optional().meta({ description: 'Office email address.' }),
            phone_number: z.string().optional().meta({ description: 'Office phone number.' }),
            address: JobOfferAddressSchema.optional().meta({ description: 'Office address.' }),
            external_ids: z.array(z.string()).max(LIMITS.maxExternalIds).optional().meta({ description: 'The organization\'s ids in your system (a legacy variant).' }),
          })
          .optional()
          .meta({ description: 'The organization\'s details.' }),
      }),
    )
    .max(LIMITS.maxServiceProviders)
    .optional()
    .meta({ description: 'The organizations the offer goes to.' }),
}).meta({ description: 'The legacy Dispatch Job Offer payload, which `migrateJobOffer` turns into a Work Order.' });

/** @internal The field tree of the Job Offer, built once. */
export const JOB_OFFER_TREE: FieldNode = fieldTree(JobOfferSchema);
