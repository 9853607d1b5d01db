import * as z from 'zod';
import { entity } from './entities';
import { EmailSchema } from './fields';

/** @internal The structure of a Contact Method for one way of reading and writing phone numbers. */
export function contactMethodStructure(phone: z.ZodType<string, string>) {
  return entity(
    z.discriminatedUnion('method', [
      z.object({
        method: z.literal('phone').meta({ description: '`"phone"`: `value` is a phone number.' }),
        type: z.string().optional().meta({ description: 'What kind of phone, e.g. `"mobile"`, `"home"`, `"work"`, `"fax"`.' }),
        value: phone.meta({ description: 'The phone number, US or Canadian: E.164 (`"+16175551234"`), a `tel:` URI or national form (`"(617) 555-1234"`), returned in E.164 (or as a `tel:` URI with the RFC 3966 option, which keeps an extension as `;ext=`).' }),
        preferred: z.boolean().optional().meta({ description: '`true` if the contact logs in to Dispatch with this number. At most one preferred phone per contact.' }),
      }),
      z.object({
        method: z.literal('email').meta({ description: '`"email"`: `value` is an email address.' }),
        type: z.string().optional().meta({ description: 'What kind of address, e.g. `"work"` or `"home"`.' }),
        value: EmailSchema.meta({ description: 'The email address, e.g. `"testy.mcgee@widgets.com"`.' }),
        preferred: z.boolean().optional().meta({ description: '`true` if the contact logs in to Dispatch with this address. At most one preferred email per contact.' }),
      }),
    ]).meta({ description: 'One way to reach a contact: a phone number or an email address.' }),
    'ContactMethod',
  );
}
