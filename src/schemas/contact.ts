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
      first_name: z.string().optional().meta({ description: 'Given name, e.g. `"Testy"`.' }),
      last_name: z.string().optional().meta({ description: 'Family name, e.g. `"McGee"`.' }),
      company_name: z.string().optional().meta({ description: 'Company the contact works for, e.g. `"Widgets, Inc."`.' }),
      external_ids: ExternalIdsSchema.optional().meta({ description: 'The contact\'s ids in your system, e.g. `["BBB456"]`.' }),
      primary: z.boolean().optional().meta({ description: '`true` for the one primary contact: the customer who logs in to the portal, suggests windows and gives feedback.' }),
      notes: z.string().optional().meta({ description: 'Free notes about the contact, e.g. `"This person is really nice"`.' }),
      billing_address: LocationStructure.optional().meta({ description: 'The contact\'s billing address, if it differs from the work location.' }),
      contact_methods: z.array(contactMethod).max(LIMITS.maxContactMethods).optional().meta({ description: 'Phones and emails of the contact; at most one preferred phone and one preferred email.' }),
    }).meta({ description: 'A person the service provider may need to reach; exactly one contact of a Work Order is primary.' }),
    'Contact',
  );
}
