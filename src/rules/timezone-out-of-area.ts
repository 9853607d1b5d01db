import { isRecord } from '../_lib/is-record';
import { normalizeTimezone } from '../normalize/timezone';
import { US_CANADA_ZONES } from '../time/us-canada-zones';
import type { Rule, Violation } from './rule';

/**
 * A location's time zone is one used in the US or Canada: any other (`Europe/London` for a Boston
 * address) is a `timezone_out_of_area` warning, since the platform schedules in it. An invalid
 * zone is the schema's error. Checked on one Location.
 */
export const timezoneOutOfArea: Rule = {
  codes: ['timezone_out_of_area'],
  appliesTo: 'Location',
  check(location: unknown, { name }, path): Violation[] {
    if (!isRecord(location)) return [];
    const zone = location['timezone'];
    if (typeof zone !== 'string') return [];
    const result = normalizeTimezone(zone);
    if (!result.ok || US_CANADA_ZONES.has(result.value.toLowerCase())) return [];
    return [
      {
        code: 'timezone_out_of_area',
        path: ['timezone'],
        message: `In "${name([...path, 'timezone'])}", "${result.value}" is not a time zone of the US or Canada, where the platform works: give the location's own zone (e.g. "America/New_York"), or leave it out and the platform derives it from the postal code.`,
      },
    ];
  },
};
