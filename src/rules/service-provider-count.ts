import { isRecord } from '../_lib/is-record';
import type { Rule, Violation } from './rule';

/**
 * `direct` orchestration goes to exactly one service provider (`direct_single_provider`);
 * `round_robin` and `jump_ball` need at least one (`no_service_provider`). Without an
 * orchestration no count applies.
 */
export const serviceProviderCount: Rule = {
  codes: ['direct_single_provider', 'no_service_provider'],
  appliesTo: 'WorkOrder',
  check(workOrder: unknown, { name }): Violation[] {
    if (!isRecord(workOrder)) return [];
    const providers = workOrder['service_providers'];
    if (providers !== undefined && !Array.isArray(providers)) return []; // a type issue already says so
    const count = Array.isArray(providers) ? providers.length : 0;
    const orchestration = workOrder['orchestration'];
    if (orchestration === 'direct' && count !== 1) {
      return [
        {
          code: 'direct_single_provider',
          path: ['service_providers'],
          message:
            count === 0
              ? `"direct" orchestration sends the work to one service provider, and none is given: add it to "${name(['service_providers'])}".`
              : `"direct" orchestration sends the work to exactly one service provider, and "${name(['service_providers'])}" has ${count}: keep one, or use "round_robin" or "jump_ball".`,
        },
      ];
    }
    if ((orchestration === 'round_robin' || orchestration === 'jump_ball') && count === 0) {
      return [
        {
          code: 'no_service_provider',
          path: ['service_providers'],
          message: `"${orchestration}" orchestration offers the work to service providers, and none is given: add at least one to "${name(['service_providers'])}".`,
        },
      ];
    }
    return [];
  },
};
