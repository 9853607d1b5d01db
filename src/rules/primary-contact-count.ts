import { isRecord } from '../_lib/is-record';
import { arrayAt, type Rule, type Violation } from './rule';

/**
 * Exactly one contact of a Work Order is `primary: true`. A Work Order without contacts (missing or
 * empty) is the structure's issue (`required`, `invalid_value`), not this rule's: one issue per problem.
 */
export const primaryContactCount: Rule = {
  codes: ['primary_contact_count'],
  appliesTo: 'WorkOrder',
  check(workOrder: unknown, { name }): Violation[] {
    if (!isRecord(workOrder)) return [];
    const contacts = workOrder['contacts'];
    if (!Array.isArray(contacts) || contacts.length === 0) return []; // the structure already says so
    const primaries: number[] = [];
    arrayAt(workOrder, 'contacts').forEach((contact, i) => {
      if (isRecord(contact) && contact['primary'] === true) primaries.push(i);
    });
    if (primaries.length === 1) return [];
    if (primaries.length === 0) {
      return [
        {
          code: 'primary_contact_count',
          path: ['contacts'],
          message: `No contact of "${name(['contacts'])}" is primary: set "primary": true on exactly one (the customer who logs in to the portal).`,
        },
      ];
    }
    return primaries.slice(1).map((i) => ({
      code: 'primary_contact_count' as const,
      path: ['contacts', i, 'primary'],
      message: `"${name(['contacts', primaries[0]!])}" is already primary and a Work Order has exactly one primary contact: set "primary": false here.`,
    }));
  },
};
