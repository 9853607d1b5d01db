import { issue, type Issue } from '../../issues/issue';
import { windowSpans } from '../../time/window-spans';

/**
 * An appointment window that has already closed at `now` (its `end_time` is at or before `now`)
 * cannot be chosen: a `window_in_past` warning. A window that is open at `now` is fine. `now` is
 * always the caller's (the `now` option), never the machine's clock, so results stay reproducible.
 * Checked on the `appointment_windows` array; paths are relative to it.
 *
 * @param windows - The `appointment_windows` value, possibly invalid: unreadable windows are skipped.
 * @param now - The reference instant, in milliseconds since the epoch.
 */
export function windowInPast(windows: unknown, now: number): Issue[] {
  const at = new Date(now).toISOString();
  return windowSpans(windows)
    .filter((span) => span.end <= now)
    .map((span) =>
      issue(
        'window_in_past',
        [span.index],
        `This window ended at ${span.endTime}, at or before now (${at}), so no one can take it: offer a later window or remove this one.`,
      ),
    );
}
