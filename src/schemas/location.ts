import * as z from 'zod';
import { entity } from './entities';
import { ExternalIdsSchema, PostalCodeSchema, RequiredTextSchema, StateSchema, TimezoneSchema } from './fields';

/**
 * @internal The structure of a Location (no rules; see `src/validate/schemas.ts` for the exported
 * schema). Parsing normalizes the state (uppercase), the postal code (`02115`, `K1A0B1`) and the
 * time zone (canonical IANA spelling).
 */
export const LocationStructure = entity(
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
  'Location',
);
