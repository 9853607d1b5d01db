import { issue, type Issue } from '../../issues/issue';
import { windowSpans } from '../../time/window-spans';

/**
 * Appointment windows should not overlap (a window that ends when the next starts does not): each
 * window that overlaps an earlier-starting one gets a `window_overlap` warning naming it. Sorted
 * once and swept, so a long list costs n log n, not n². Checked on the `appointment_windows`
 * array; paths are relative to it.
 *
 * @param windows - The `appointment_windows` value, possibly invalid: unreadable windows are skipped.
 */
export function windowOverlap(windows: unknown): Issue[] {
  if (!Array.isArray(windows) || windows.length < 2) return []; // nothing to overlap
  const spans = windowSpans(windows).sort((a, b) => a.start - b.start || a.index - b.index);
  const issues: Issue[] = [];
  let latest = spans[0]; // of the windows seen so far, the one that ends last
  for (const span of spans.slice(1)) {
    if (latest === undefined) break;
    if (span.start < latest.end) {
      issues.push(
        issue(
          'window_overlap',
          [span.index],
          `This window (${span.startTime} to ${span.endTime}) overlaps window ${latest.index} (${latest.startTime} to ${latest.endTime}): offer windows that do not overlap, or merge them into one.`,
        ),
      );
    }
    if (span.end > latest.end) latest = span;
  }
  return issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
}
