import { isRecord } from '../_lib/is-record';
import { readInstant } from '../normalize/timestamp';
import type { Rule, Violation } from './rule';

/**
 * An appointment window starts before it ends. Checked on one Appointment Window; its path is the
 * window itself. Only timestamps the schema accepts are compared: others are reported by the format
 * check.
 */
export const windowOrder: Rule = {
  codes: ['window_order'],
  appliesTo: 'AppointmentWindow',
  check(window: unknown, { name }, path): Violation[] {
    if (!isRecord(window)) return [];
    const start = window['start_time'];
    const end = window['end_time'];
    if (typeof start !== 'string' || typeof end !== 'string') return [];
    const startMs = readInstant(start)?.ms;
    const endMs = readInstant(end)?.ms;
    if (startMs === undefined || endMs === undefined || startMs < endMs) return [];
    return [
      {
        code: 'window_order',
        path: [],
        message: `This window starts at ${start} and ends at ${end}: make "${name([...path, 'start_time'])}" earlier than "${name([...path, 'end_time'])}".`,
      },
    ];
  },
};
