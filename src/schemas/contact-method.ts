import * as z from 'zod';
import { EmailSchema, phoneSchema } from './fields';

/** @internal Builds the Contact Method schema for one way of writing phone numbers. */
export function contactMethodSchema(phone: z.ZodType<string, string>) {
  return z.discriminatedUnion('method', [
    z.object({
      /** `"phone"`: `value` is a phone number. */
      method: z.literal('phone'),
      /** What kind of phone, e.g. `"mobile"`, `"home"`, `"work"`, `"fax"`. */
      type: z.string().optional(),
      /** The phone number; E.164, `tel:` and national forms are read and written in the chosen format, e.g. `"+15551234567"`. */
      value: phone,
      /** `true` if the contact logs in to Dispatch with this number. At most one preferred phone per contact. */
      preferred: z.boolean().optional(),
    }),
    z.object({
      /** `"email"`: `value` is an email address. */
      method: z.literal('email'),
      /** What kind of address, e.g. `"work"` or `"home"`. */
      type: z.string().optional(),
      /** The email address, e.g. `"testy.mcgee@widgets.com"`. */
      value: EmailSchema,
      /** `true` if the contact logs in to Dispatch with this address. At most one preferred email per contact. */
      preferred: z.boolean().optional(),
    }),
  ]);
}

/**
 * One way to reach a contact: a phone number or an email address. Phone numbers are normalized to
 * E.164 (US by default for national numbers).
 */
export const ContactMethodSchema = contactMethodSchema(phoneSchema('US', 'E.164'));

/** A phone number or email address of a contact (see {@link ContactMethodSchema}). */
export type ContactMethod = z.infer<typeof ContactMethodSchema>;
