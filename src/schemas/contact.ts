import * as z from 'zod';
import { preferredMethodConflict } from '../validate/rules/preferred-method-conflict';
import { contactMethodSchema, ContactMethodSchema } from './contact-method';
import { ExternalIdsSchema } from './fields';
import { locationSchema, LocationSchema } from './location';
import { withRules } from './with-rules';
import { LIMITS } from '../validate/limits';

/**
 * @internal Builds the Contact schema around a Contact Method schema; `always` is
 * {@link withRules}'s (false only for the compiled twin).
 */
export function contactSchema(contactMethod: ReturnType<typeof contactMethodSchema>, always = true) {
  return withRules(
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
      billing_address: (always ? LocationSchema : locationSchema(false)).optional(),
      /** Phones and emails of the contact; at most one preferred phone and one preferred email. */
      contact_methods: z.array(contactMethod).max(LIMITS.maxContactMethods).optional(),
    }),
    [preferredMethodConflict],
    always,
  );
}

/** A person the service provider may need to reach; exactly one contact per Work Order is primary. */
export const ContactSchema = contactSchema(ContactMethodSchema);

/** A person on the Work Order (see {@link ContactSchema}). */
export type Contact = z.infer<typeof ContactSchema>;
