import { isRecord, type Violation } from './rule';

const HAS_OFFSET = /(?:[Zz]|[+-]\d{2}:\d{2})$/;

/**
 * An appointment window starts before it ends. Checked on one Appointment Window; its path is the
 * window itself.
 */
export function windowOrder(window: unknown): Violation[] {
  if (!isRecord(window)) return [];
  const start = window['start_time'];
  const end = window['end_time'];
  if (typeof start !== 'string' || typeof end !== 'string') return [];
  // Only instants can be compared: a time without an offset is reported by the format check.
  if (!HAS_OFFSET.test(start) || !HAS_OFFSET.test(end)) return [];
  const startMs = Date.parse(start);
  const endMs = Date.parse(end);
  if (!(startMs >= endMs)) return []; // also false when either is NaN: the format check says so
  return [
    {
      code: 'window_order',
      path: [],
      message: `This window starts at ${start} and ends at ${end}: its "start_time" must come before its "end_time".`,
    },
  ];
}
