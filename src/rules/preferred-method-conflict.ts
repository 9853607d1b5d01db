import { isRecord } from '../_lib/is-record';
import { arrayAt, type Rule, type Violation } from './rule';

/**
 * A contact has at most one preferred email and at most one preferred phone (one of each is fine).
 * Checked on one Contact; paths are relative to it.
 */
export const preferredMethodConflict: Rule = {
  codes: ['preferred_method_conflict'],
  appliesTo: 'Contact',
  check(contact: unknown, { name }, path): Violation[] {
    if (!isRecord(contact)) return [];
    const firstPreferred = new Map<unknown, number>();
    const violations: Violation[] = [];
    arrayAt(contact, 'contact_methods').forEach((method, j) => {
      if (!isRecord(method) || method['preferred'] !== true) return;
      const kind = method['method'];
      if (kind !== 'phone' && kind !== 'email') return;
      const first = firstPreferred.get(kind);
      if (first === undefined) {
        firstPreferred.set(kind, j);
        return;
      }
      violations.push({
        code: 'preferred_method_conflict',
        path: ['contact_methods', j, 'preferred'],
        message: `"${name([...path, 'contact_methods', first])}" is already the preferred ${kind}, and a contact may have only one: set "preferred": false here.`,
      });
    });
    return violations;
  },
};
