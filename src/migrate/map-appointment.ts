import { issue, type Issue } from '../issues/issue';
import type { JobOffer } from '../schemas/job-offer';

/**
 * @internal `window_start_time[i]` and `window_end_time[i]` become `appointment_windows[i]`. The
 * two arrays must have the same length; otherwise no window is built and the mismatch is an error.
 */
export function mapAppointment(appointment: NonNullable<JobOffer['appointment']>, issues: Issue[]): Record<string, unknown>[] {
  const starts = appointment.window_start_time ?? [];
  const ends = appointment.window_end_time ?? [];
  if (starts.length !== ends.length) {
    issues.push(
      issue(
        'window_count_mismatch',
        ['appointment'],
        `"window_start_time" has ${starts.length} entries and "window_end_time" has ${ends.length}: give one end for each start, in the same order.`,
      ),
    );
    return [];
  }
  return starts.map((start_time, i) => ({ start_time, end_time: ends[i] }));
}
