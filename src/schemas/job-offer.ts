import * as z from 'zod';
import { dropped, lints } from '../validate/field-tree';
import { zipPlusFourLint } from './fields';
import { LIMITS } from '../validate/limits';

// The legacy Job Offer, as integrators build it today. Leaves are typed, not checked: formats
// (phones, postal codes, timestamps) are checked once, on the Work Order the migration builds, and
// reported at their Job Offer paths. Fields the migration needs are required here.

/** @internal A legacy postal code: any string here, checked and normalized on the Work Order. */
const LegacyPostalCodeSchema = z.string();
lints.add(LegacyPostalCodeSchema, { lint: zipPlusFourLint });

/** @internal The legacy address shape (the same fields as a Work Order Location). */
const JobOfferAddressSchema = z.object({
  /** First line of the street address. Required. */
  street_1: z.string(),
  /** Second line of the street address. */
  street_2: z.string().optional(),
  /** City. Required. */
  city: z.string(),
  /** Two-letter state or province code. */
  state: z.string().optional(),
  /** US ZIP or Canadian postal code. */
  postal_code: LegacyPostalCodeSchema.optional(),
  /** IANA time zone. */
  timezone: z.string().optional(),
  /** Ids of the address in your system. */
  external_ids: z.array(z.string()).max(LIMITS.maxExternalIds).optional(),
});

/**
 * The legacy Job Offer payload that this library migrates. Parsing it checks only its structure
 * (types, and the fields a Work Order cannot do without); {@link migrateJobOffer} does the rest.
 */
export const JobOfferSchema = z.object({
  /** How the offer is made; becomes `orchestration`. `"direct"` when left out. */
  offer_strategy: z.string().optional(),
  /** Offer expiry. Dropped: Work Orders do not expire. */
  duration: z.unknown().optional(),
  /** Offer expiry algorithm. Dropped: Work Orders do not expire. */
  duration_algorithm: z.unknown().optional(),
  /** Display options. Dropped: now set per account. */
  ui_options: z.unknown().optional(),
  /** The job. Required. */
  job: z.object({
    /** Becomes `title`. Required. */
    title: z.string(),
    /** Becomes `description`, verbatim. */
    description: z.string().optional(),
    /** Becomes `service_type`. */
    service_type: z.string().optional(),
    /** Becomes the one member of `external_ids`. */
    external_id: z.string().optional(),
    /** Becomes `location`. Required. */
    address: JobOfferAddressSchema,
  }),
  /** Offered appointment windows, as two parallel arrays of equal length. */
  appointment: z
    .object({
      /** Window starts; `window_start_time[i]` becomes `appointment_windows[i].start_time`. */
      window_start_time: z.array(z.string()).max(LIMITS.maxAppointmentWindows).optional(),
      /** Window ends; `window_end_time[i]` becomes `appointment_windows[i].end_time`. */
      window_end_time: z.array(z.string()).max(LIMITS.maxAppointmentWindows).optional(),
    })
    .optional(),
  /** The customer; becomes the primary contact. Required. */
  customer: z.object({
    /** Becomes `contacts[0].first_name`. */
    first_name: z.string().optional(),
    /** Becomes `contacts[0].last_name`. */
    last_name: z.string().optional(),
    /** Becomes a preferred email contact method. */
    email: z.string().optional(),
    /** Each becomes a phone contact method. */
    phone_numbers: z
      .array(
        z.object({
          /** Becomes the method's `value`. */
          number: z.string(),
          /** Becomes the method's `type`, e.g. `"mobile"`. */
          type: z.string().optional(),
          /** Becomes the method's `preferred`. */
          primary: z.boolean().optional(),
        }),
      )
      .max(LIMITS.maxContactMethods)
      .optional(),
    /** Becomes the one member of `contacts[0].external_ids`. */
    external_id: z.string().optional(),
    /** Becomes `contacts[0].billing_address`. */
    billing_address: JobOfferAddressSchema.optional(),
    /** Dropped: the work order's location serves instead. */
    home_address: z.unknown().optional(),
  }),
  /** The organizations the offer goes to; each becomes a service provider. */
  entities: z
    .array(
      z.object({
        /** Only `"organization"` can be migrated: work orders go to service providers. */
        type: z.string().optional(),
        /** Becomes `service_providers[i].id`. */
        id: z.int().optional(),
        /** Becomes the one member of `service_providers[i].external_ids`. */
        external_id: z.string().optional(),
        /** The organization's details. */
        data: z
          .object({
            /** Becomes the provider's `name`. */
            name: z.string().optional(),
            /** Becomes the provider's `email`. */
            email: z.string().optional(),
            /** Becomes the provider's `phone_number`. */
            phone_number: z.string().optional(),
            /** Becomes the provider's `address`. */
            address: JobOfferAddressSchema.optional(),
          })
          .optional(),
      }),
    )
    .max(LIMITS.maxServiceProviders)
    .optional(),
});

/** A legacy Job Offer (see {@link JobOfferSchema}). */
export type JobOffer = z.infer<typeof JobOfferSchema>;

const EXPIRY = 'Work Orders do not expire, so offer expiry is no longer supported.';
dropped.add(JobOfferSchema.shape.duration, { reason: EXPIRY });
dropped.add(JobOfferSchema.shape.duration_algorithm, { reason: EXPIRY });
dropped.add(JobOfferSchema.shape.ui_options, {
  reason: 'display options are now set per account, not per work order; ask your account manager.',
});
dropped.add(JobOfferSchema.shape.customer.shape.home_address, {
  reason: "the home address is no longer needed; the work order's location serves instead.",
});
