import * as z from 'zod';
import { entity } from './entities';
import { EmailSchema, ExternalIdsSchema } from './fields';
import { LocationStructure } from './location';

/** @internal The structure of a Service Provider for one way of writing phone numbers. */
export function serviceProviderStructure(phone: z.ZodType<string, string>) {
  return entity(
    z.object({
      id: z.int().optional().meta({ description: 'The provider\'s id in Dispatch, e.g. `123`. Give it when you know it; matching tries it first.' }),
      external_ids: ExternalIdsSchema.optional().meta({ description: 'The provider\'s ids in your system, e.g. `["CCC789"]`; matching tries them second.' }),
      name: z.string().optional().meta({ description: 'Business name, e.g. `"Joe\'s Plumbing"`.' }),
      address: LocationStructure.optional().meta({ description: 'Office address.' }),
      email: EmailSchema.optional().meta({ description: 'Office email address, e.g. `"joe@joesplumbing.com"`.' }),
      phone_number: phone.optional().meta({ description: 'Office phone number, in any form a contact\'s phone may take, returned in the chosen format, e.g. `"+15558889999"`.' }),
    }).meta({ description: 'A business the work is sent or offered to. The platform matches an existing provider by `id`, then `external_ids`, then name, address, email and phone; otherwise it creates one.' }),
    'ServiceProvider',
  );
}
