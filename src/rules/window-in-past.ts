import { isRecord } from '../_lib/is-record';
import { windowSpans } from '../time/window-spans';
import type { Rule, Violation } from './rule';

/**
 * An appointment window that has already closed at `now` (its `end_time` is at or before `now`)
 * cannot be chosen: a `window_in_past` warning at that `end_time`. A window that is open at `now` is fine. `now` is
 * always the caller's (the `now` option), never the machine's clock, so results stay reproducible;
 * without it the rule checks nothing. Checked on the Work Order; paths are relative to it.
 */
export const windowInPast: Rule = {
  codes: ['window_in_past'],
  appliesTo: 'WorkOrder',
  check(workOrder: unknown, { now, name }): Violation[] {
    if (now === undefined || !isRecord(workOrder)) return [];
    const at = new Date(now).toISOString();
    return windowSpans(workOrder['appointment_windows'])
      .filter((span) => span.end <= now)
      .map((span) => ({
        code: 'window_in_past' as const,
        path: ['appointment_windows', span.index, 'end_time'],
        message: `"${name(['appointment_windows', span.index, 'end_time'])}" is ${span.endTime}, at or before now (${at}), so no one can take this window: offer a later window or remove this one.`,
      }));
  },
};
