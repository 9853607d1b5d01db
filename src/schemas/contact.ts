import * as z from 'zod';
import type { contactMethodStructure } from './contact-method';
import { entity } from './entities';
import { ExternalIdsSchema } from './fields';
import { LIMITS } from './limits';
import { LocationStructure } from './location';

/** @internal The structure of a Contact around a Contact Method structure. */
export function contactStructure(contactMethod: ReturnType<typeof contactMethodStructure>) {
  return entity(
    z.object({
      /** Given name, e.g. `"Testy"`. */
      first_name: z.string().optional(),
      /** Family name, e.g. `"McGee"`. */
      last_name: z.string().optional(),
      /** Company the contact works for, e.g. `"Widgets, Inc."`. */
      company_name: z.string().optional(),
      /** The contact's ids in your system, e.g. `["BBB456"]`. */
      external_ids: ExternalIdsSchema.optional(),
      /** `true` for the one primary contact: the customer who logs in to the portal, suggests windows and gives feedback. */
      primary: z.boolean().optional(),
      /** Free notes about the contact, e.g. `"This person is really nice"`. */
      notes: z.string().optional(),
      /** The contact's billing address, if it differs from the work location. */
      billing_address: LocationStructure.optional(),
      /** Phones and emails of the contact; at most one preferred phone and one preferred email. */
      contact_methods: z.array(contactMethod).max(LIMITS.maxContactMethods).optional(),
    }),
    'Contact',
  );
}
