import { isRecord } from '../_lib/is-record';
import type { Rule, Violation } from './rule';

/**
 * The platform finds a service provider by `id`, then `external_ids`, then name and contact
 * details; a provider with none of `id`, `external_ids` or `name` cannot be found or created.
 * Checked on one Service Provider; paths are relative to it.
 */
export const providerUnidentifiable: Rule = {
  codes: ['provider_unidentifiable'],
  appliesTo: 'ServiceProvider',
  check(provider: unknown, { name: field }, path): Violation[] {
    if (!isRecord(provider)) return [];
    const ids = provider['external_ids'];
    const name = provider['name'];
    const identified =
      provider['id'] !== undefined ||
      (Array.isArray(ids) && ids.length > 0) ||
      (typeof name === 'string' ? name.trim() !== '' : name !== undefined);
    if (identified) return [];
    return [
      {
        code: 'provider_unidentifiable',
        path: [],
        message: `The service provider at "${field(path)}" can be neither matched nor created: give its Dispatch "${field([...path, 'id'], path)}", its "${field([...path, 'external_ids'], path)}", or at least its "${field([...path, 'name'], path)}" (with address, email and phone).`,
      },
    ];
  },
};
