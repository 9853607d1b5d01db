import { isRecord } from '../_lib/is-record';
import { truncate } from '../_lib/truncate';
import type { PathSegment } from '../issues/issue';
import { phoneNormalizer } from '../normalize/phone';
import type { Rule, RuleContext, Violation } from './rule';

/**
 * A phone number's extension (`ext. 22`, `x123`, `;ext=301`) is kept where the output format can
 * hold it (RFC 3966 writes `;ext=22`); E.164 cannot, so there the number is written without it and
 * a `phone_extension_dropped` warning names the extension: it is never dropped silently.
 */
function extensionDropped(value: unknown, path: readonly PathSegment[], context: RuleContext, at: readonly PathSegment[]): Violation[] {
  if (typeof value !== 'string' || context.phoneFormat === 'RFC3966') return [];
  const read = phoneNormalizer(context.defaultCountry, context.phoneFormat)(value);
  if (!read.ok || read.extension === undefined) return [];
  return [
    {
      code: 'phone_extension_dropped',
      path,
      message: `In "${context.name([...at, ...path])}", "${truncate(value)}" has the extension ${read.extension}, which the E.164 phone format cannot hold, so the number is written "${read.value}": choose the RFC 3966 phone format (the option phoneFormat: "RFC3966", or --phone-format RFC3966) to keep it as "tel:${read.value};ext=${read.extension}".`,
    },
  ];
}

/** The extension of a contact's phone. Checked on one Contact Method. */
export const contactPhoneExtensionDropped: Rule = {
  codes: ['phone_extension_dropped'],
  appliesTo: 'ContactMethod',
  check(method: unknown, context, at): Violation[] {
    return isRecord(method) && method['method'] === 'phone' ? extensionDropped(method['value'], ['value'], context, at) : [];
  },
};

/** The extension of a service provider's office phone. Checked on one Service Provider. */
export const providerPhoneExtensionDropped: Rule = {
  codes: ['phone_extension_dropped'],
  appliesTo: 'ServiceProvider',
  check(provider: unknown, context, at): Violation[] {
    return isRecord(provider) ? extensionDropped(provider['phone_number'], ['phone_number'], context, at) : [];
  },
};
