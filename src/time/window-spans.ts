import { isRecord } from '../_lib/is-record';
import { readInstant } from '../normalize/timestamp';

/** @internal An appointment window read as two instants. */
export interface WindowSpan {
  /** Position of the window in `appointment_windows`. */
  readonly index: number;
  /** `start_time` as written. */
  readonly startTime: string;
  /** `end_time` as written. */
  readonly endTime: string;
  /** `start_time` in milliseconds since the epoch. */
  readonly start: number;
  /** `end_time` in milliseconds since the epoch; after `start`. */
  readonly end: number;
}

/**
 * @internal The windows of a (possibly invalid) `appointment_windows` value that can be compared:
 * both times are timestamps with an offset (the library's one grammar) and the window starts
 * before it ends. Others are skipped, since the schema and the `window_order` rule report them.
 */
export function windowSpans(windows: unknown): WindowSpan[] {
  if (!Array.isArray(windows)) return [];
  const spans: WindowSpan[] = [];
  windows.forEach((window: unknown, index) => {
    if (!isRecord(window)) return;
    const { start_time: startTime, end_time: endTime } = window;
    if (typeof startTime !== 'string' || typeof endTime !== 'string') return;
    const start = readInstant(startTime)?.ms;
    const end = readInstant(endTime)?.ms;
    if (start !== undefined && end !== undefined && start < end) spans.push({ index, startTime, endTime, start, end });
  });
  return spans;
}
