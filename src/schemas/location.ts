import * as z from 'zod';
import { postalCodeCountry } from '../validate/rules/postal-code-country';
import { ExternalIdsSchema, PostalCodeSchema, RequiredTextSchema, StateSchema, TimezoneSchema } from './fields';
import { withRules } from './with-rules';

/**
 * @internal Builds the Location schema. `always` is {@link withRules}'s: true for the schemas the
 * library exports and reports issues with; false for the twin that is compiled for speed.
 */
export function locationSchema(always: boolean) {
  return withRules(
    z.object({
      /** First line of the street address, e.g. `"1234 Test Avenue"`. Required. */
      street_1: RequiredTextSchema,
      /** Second line of the street address, e.g. `"Apt 2"`. */
      street_2: z.string().optional(),
      /** City, e.g. `"Boston"`. Required. */
      city: RequiredTextSchema,
      /** Two-letter code of a US state, DC, US territory, or Canadian province or territory, e.g. `"MA"`. */
      state: StateSchema.optional(),
      /** 5-digit US ZIP code (`"02115"`) or 6-character Canadian postal code (`"K1A0B1"`); must match the state's country. */
      postal_code: PostalCodeSchema.optional(),
      /** IANA time zone, e.g. `"America/New_York"`. When left out, the platform derives it from the postal code. */
      timezone: TimezoneSchema.optional(),
      /** The location's ids in your system, e.g. `["LOC-1"]`. */
      external_ids: ExternalIdsSchema.optional(),
    }),
    [postalCodeCountry],
    always,
  );
}

/**
 * A place in the US or Canada: where the work is done, a contact's billing address, or a service
 * provider's office. Parsing normalizes the state (uppercase), the postal code (`02115`,
 * `K1A0B1`) and the time zone (canonical IANA spelling).
 */
export const LocationSchema = locationSchema(true);

/** A US or Canadian address (see {@link LocationSchema}). */
export type Location = z.infer<typeof LocationSchema>;
