import { isRecord } from '../_lib/is-record';
import type { Rule, Violation } from './rule';

const NAMES = ['first_name', 'last_name', 'company_name'] as const;

/**
 * A contact with no name and no phone or email (`customer: {}` in a Job Offer) can be neither told
 * apart nor reached: a `contact_incomplete` warning says so. Checked on one Contact.
 */
export const contactIncomplete: Rule = {
  codes: ['contact_incomplete'],
  appliesTo: 'Contact',
  check(contact: unknown, { name }, path): Violation[] {
    if (!isRecord(contact)) return [];
    const named = NAMES.some((key) => typeof contact[key] === 'string' && contact[key].trim() !== '');
    const methods = contact['contact_methods'];
    if (named || (Array.isArray(methods) && methods.length > 0) || (methods !== undefined && !Array.isArray(methods))) return [];
    return [
      {
        code: 'contact_incomplete',
        path: [],
        message: `"${name(path)}" has no name and no phone or email, so no one can tell who it is or reach them: give a name and at least one phone number or email address.`,
      },
    ];
  },
};
