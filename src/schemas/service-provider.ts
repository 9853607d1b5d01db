import * as z from 'zod';
import { entity } from './entities';
import { EmailSchema, ExternalIdsSchema } from './fields';
import { LocationStructure } from './location';

/** @internal The structure of a Service Provider for one way of writing phone numbers. */
export function serviceProviderStructure(phone: z.ZodType<string, string>) {
  return entity(
    z.object({
      /** The provider's id in Dispatch, e.g. `123`. Give it when you know it; matching tries it first. */
      id: z.int().optional(),
      /** The provider's ids in your system, e.g. `["CCC789"]`; matching tries them second. */
      external_ids: ExternalIdsSchema.optional(),
      /** Business name, e.g. `"Joe's Plumbing"`. */
      name: z.string().optional(),
      /** Office address. */
      address: LocationStructure.optional(),
      /** Office email address, e.g. `"joe@joesplumbing.com"`. */
      email: EmailSchema.optional(),
      /** Office phone number, normalized to the chosen format, e.g. `"+15558889999"`. */
      phone_number: phone.optional(),
    }),
    'ServiceProvider',
  );
}
