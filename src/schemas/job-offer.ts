import * as z from 'zod';
import { LIMITS } from './limits';

// The legacy Job Offer, as integrators build it today: its structure only. Where each field goes in
// the Work Order is the attribute table's (src/migrate/attribute-table.ts, docs/mapping.md); the
// formats of the values (phones, postal codes, timestamps) are the Work Order's and are checked on
// the Work Order the migration builds, then reported at the Job Offer paths they came from.

/** @internal The legacy address shape (the same fields as a Work Order Location). */
const JobOfferAddressSchema = z.object({
  /** First line of the street address, e.g. `"1234 Test Avenue"`. Required. */
  street_1: z.string(),
  /** Second line of the street address, e.g. `"Apt 2"`. */
  street_2: z.string().optional(),
  /** City, e.g. `"Boston"`. Required. */
  city: z.string(),
  /** Two-letter state or province code, e.g. `"MA"`. */
  state: z.string().optional(),
  /** US ZIP or Canadian postal code, e.g. `"02114"`. */
  postal_code: z.string().optional(),
  /** IANA time zone, e.g. `"America/New_York"`. */
  timezone: z.string().optional(),
  /** Ids of the address in your system. */
  external_ids: z.array(z.string()).max(LIMITS.maxExternalIds).optional(),
  /** The country (a legacy variant): `"US"`, `"USA"`, `"CA"`, `"Canada"`, in any case; must agree with the state and postal code. */
  country: z.string().optional(),
});

/**
 * The legacy Job Offer payload that this library migrates. Parsing it checks only its structure
 * (types, and the fields a Work Order cannot do without); {@link migrateJobOffer} does the rest,
 * following the guide's attribute table.
 */
export const JobOfferSchema = z.object({
  /** How the offer is made: `"direct"` (the default), `"round_robin"` or `"jump_ball"`. */
  offer_strategy: z.string().optional(),
  /** Offer expiry; Work Orders do not expire. */
  duration: z.unknown().optional(),
  /** Offer expiry algorithm; Work Orders do not expire. */
  duration_algorithm: z.unknown().optional(),
  /** Display options; now set per account. */
  ui_options: z.unknown().optional(),
  /** The job. Required. */
  job: z.object({
    /** Short title of the job, e.g. `"Fix the Sink"`. Required. */
    title: z.string(),
    /** Description of the work; markdown is supported. */
    description: z.string().optional(),
    /** Kind of service, e.g. `"PLB"`. */
    service_type: z.string().optional(),
    /** The job's id in your system, e.g. `"AAA123"`. */
    external_id: z.string().optional(),
    /** More ids of the job in your system (a legacy variant), e.g. `["AAA123", "WO-9"]`. */
    external_ids: z.array(z.string()).max(LIMITS.maxExternalIds).optional(),
    /** Where the work is done. Required. */
    address: JobOfferAddressSchema,
  }),
  /** Offered appointment windows, as two parallel arrays of equal length. */
  appointment: z
    .object({
      /** Window starts, ISO 8601 with an offset, e.g. `"2017-01-01T05:00:00Z"`. */
      window_start_time: z.array(z.string()).max(LIMITS.maxAppointmentWindows).optional(),
      /** Window ends, in the same order as the starts. */
      window_end_time: z.array(z.string()).max(LIMITS.maxAppointmentWindows).optional(),
    })
    .optional(),
  /** The customer, who becomes the primary contact. Required. */
  customer: z.object({
    /** Given name, e.g. `"Joe"`. */
    first_name: z.string().optional(),
    /** Family name, e.g. `"Shmo"`. */
    last_name: z.string().optional(),
    /** Email address, e.g. `"joe.shmo@email.com"`. */
    email: z.string().optional(),
    /** The customer's phone numbers. */
    phone_numbers: z
      .array(
        z.object({
          /** The number, e.g. `"+15551234567"` or `"(617) 555-1234"`. Required. */
          number: z.string(),
          /** What kind of phone, e.g. `"mobile"`. */
          type: z.string().optional(),
          /** `true` for the number that receives notifications. */
          primary: z.boolean().optional(),
        }),
      )
      .max(LIMITS.maxContactMethods)
      .optional(),
    /** The customer's id in your system, e.g. `"BBB456"`. */
    external_id: z.string().optional(),
    /** More ids of the customer in your system (a legacy variant). */
    external_ids: z.array(z.string()).max(LIMITS.maxExternalIds).optional(),
    /** The customer's billing address. */
    billing_address: JobOfferAddressSchema.optional(),
    /** The customer's home address; no longer needed (the work order's location serves). */
    home_address: z.unknown().optional(),
  }),
  /** The organizations the offer goes to. */
  entities: z
    .array(
      z.object({
        /** The kind of entity; only `"organization"` can receive a Work Order. */
        type: z.string().optional(),
        /** The organization's id in Dispatch, e.g. `123`. */
        id: z.int().optional(),
        /** The organization's id in your system, e.g. `"CCC789"`. */
        external_id: z.string().optional(),
        /** The organization's details. */
        data: z
          .object({
            /** Business name, e.g. `"Jim's Plumbing"`. */
            name: z.string().optional(),
            /** Office email address. */
            email: z.string().optional(),
            /** Office phone number. */
            phone_number: z.string().optional(),
            /** Office address. */
            address: JobOfferAddressSchema.optional(),
            /** The organization's ids in your system (a legacy variant). */
            external_ids: z.array(z.string()).max(LIMITS.maxExternalIds).optional(),
          })
          .optional(),
      }),
    )
    .max(LIMITS.maxServiceProviders)
    .optional(),
});

/** A legacy Job Offer (see {@link JobOfferSchema}). */
export type JobOffer = z.infer<typeof JobOfferSchema>;
