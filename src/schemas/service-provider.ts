import * as z from 'zod';
import { providerUnidentifiable } from '../validate/rules/provider-unidentifiable';
import { EmailSchema, ExternalIdsSchema, phoneSchema } from './fields';
import { locationSchema, LocationSchema } from './location';
import { withRules } from './with-rules';

/**
 * @internal Builds the Service Provider schema for one way of writing phone numbers; `always` is
 * {@link withRules}'s (false only for the compiled twin).
 */
export function serviceProviderSchema(phone: z.ZodType<string, string>, always = true) {
  return withRules(
    z.object({
      /** The provider's id in Dispatch, e.g. `123`. Give it when you know it; matching tries it first. */
      id: z.int().optional(),
      /** The provider's ids in your system, e.g. `["CCC789"]`; matching tries them second. */
      external_ids: ExternalIdsSchema.optional(),
      /** Business name, e.g. `"Joe's Plumbing"`. */
      name: z.string().optional(),
      /** Office address. */
      address: (always ? LocationSchema : locationSchema(false)).optional(),
      /** Office email address, e.g. `"joe@joesplumbing.com"`. */
      email: EmailSchema.optional(),
      /** Office phone number, normalized to the chosen format, e.g. `"+15558889999"`. */
      phone_number: phone.optional(),
    }),
    [providerUnidentifiable],
    always,
  );
}

/**
 * A business the work is sent or offered to. The platform matches an existing provider by `id`,
 * then `external_ids`, then name, address, email and phone; otherwise it creates one.
 */
export const ServiceProviderSchema = serviceProviderSchema(phoneSchema('US', 'E.164'));

/** A business the work goes to (see {@link ServiceProviderSchema}). */
export type ServiceProvider = z.infer<typeof ServiceProviderSchema>;
