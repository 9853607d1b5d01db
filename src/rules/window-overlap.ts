import { isRecord } from '../_lib/is-record';
import { windowSpans } from '../time/window-spans';
import type { Rule, Violation } from './rule';

/**
 * Appointment windows should not overlap (a window that ends when the next starts does not): each
 * window that overlaps an earlier-starting one gets a `window_overlap` warning naming it. Sorted
 * once and swept, so a long list costs n log n, not n². Checked on the Work Order; paths are
 * relative to it.
 */
export const windowOverlap: Rule = {
  codes: ['window_overlap'],
  appliesTo: 'WorkOrder',
  check(workOrder: unknown, { name }): Violation[] {
    if (!isRecord(workOrder)) return [];
    const windows = workOrder['appointment_windows'];
    if (!Array.isArray(windows) || windows.length < 2) return []; // nothing to overlap
    // Array.prototype.sort is stable and windowSpans keeps the array's order: windows that start
    // together stay in index order.
    const spans = windowSpans(windows).sort((a, b) => a.start - b.start);
    const found: { index: number; violation: Violation }[] = [];
    const [first, ...rest] = spans;
    if (first === undefined) return [];
    let latest = first; // of the windows seen so far, the one that ends last
    for (const span of rest) {
      if (span.start < latest.end) {
        found.push({
          index: span.index,
          violation: {
            code: 'window_overlap',
            path: ['appointment_windows', span.index],
            message: `The window of "${name(['appointment_windows', span.index])}" (${span.startTime} to ${span.endTime}) overlaps the window of "${name(['appointment_windows', latest.index])}" (${latest.startTime} to ${latest.endTime}): offer windows that do not overlap, or merge them into one.`,
          },
        });
      }
      if (span.end > latest.end) latest = span;
    }
    return found.sort((a, b) => a.index - b.index).map((f) => f.violation);
  },
};
