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
    street_1: RequiredTextSchema.meta({ description: 'First line of the street address, e.g. `"1234 Test Avenue"`. Required.' }),
    street_2: z.string().optional().meta({ description: 'Second line of the street address, e.g. `"Apt 2"`.' }),
    city: RequiredTextSchema.meta({ description: 'City, e.g. `"Boston"`. Required.' }),
    state: StateSchema.optional().meta({ description: 'Two-letter code of a US state, DC, US territory, or Canadian province or territory, e.g. `"MA"` or `"ON"`, in any case; returned uppercased.' }),
    postal_code: PostalCodeSchema.optional().meta({ description: 'US ZIP code (`"02115"`; ZIP+4 is cut to five digits) or Canadian postal code (`"K1A 0B1"`), returned as `"02115"` or `"K1A0B1"`; must be in the state\'s country.' }),
    timezone: TimezoneSchema.optional().meta({ description: 'IANA time zone, e.g. `"America/New_York"`, in any case; returned in its canonical spelling. When left out, the platform derives it from the postal code.' }),
    external_ids: ExternalIdsSchema.optional().meta({ description: 'The location\'s ids in your system, e.g. `["LOC-1"]`.' }),
  }).meta({ description: 'A place in the US or Canada: where the work is done, a contact\'s billing address, or a service provider\'s office.' }),
  'Location',
);
