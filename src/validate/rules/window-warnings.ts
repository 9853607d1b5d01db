import type { Issue } from '../../issues/issue';
import { windowInPast } from './window-in-past';
import { windowOverlap } from './window-overlap';

/**
 * The warnings about a Work Order's `appointment_windows`: windows already over at `now` (only
 * when `now` is given) and windows that overlap. Paths are relative to the Work Order.
 *
 * @param windows - The `appointment_windows` value, possibly invalid.
 * @param now - The `now` option in milliseconds since the epoch, or undefined.
 */
export function windowWarnings(windows: unknown, now: number | undefined): Issue[] {
  // Most Work Orders have no window, or one that overlaps nothing and is checked against no `now`.
  if (!Array.isArray(windows) || windows.length === 0 || (now === undefined && windows.length < 2)) return [];
  const found = [...(now === undefined ? [] : windowInPast(windows, now)), ...windowOverlap(windows)];
  return found.map((warning) => ({ ...warning, path: ['appointment_windows', ...warning.path] }));
}
