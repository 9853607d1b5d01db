import * as z from 'zod';
import { entity } from './entities';
import { EmailSchema } from './fields';

/** @internal The structure of a Contact Method for one way of reading and writing phone numbers. */
export function contactMethodStructure(phone: z.ZodType<string, string>) {
  return entity(
    z.discriminatedUnion('method', [
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
    ]),
    'ContactMethod',
  );
}
