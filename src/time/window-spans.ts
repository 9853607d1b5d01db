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

// ISO 8601 with `Z` or an offset, as the Work Order schema accepts it. Only such strings are read
// as instants: `Date.parse` would read a time without an offset in the machine's own time zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/**
 * @internal The windows of a (possibly invalid) `appointment_windows` value that can be compared:
 * both times are instants and the window starts before it ends. Others are skipped, since the
 * schema and the `window_order` rule already report them.
 */
export function windowSpans(windows: unknown): WindowSpan[] {
  if (!Array.isArray(windows)) return [];
  const spans: WindowSpan[] = [];
  windows.forEach((window: unknown, index) => {
    if (typeof window !== 'object' || window === null) return;
    const { start_time: startTime, end_time: endTime } = window as Record<string, unknown>;
    if (typeof startTime !== 'string' || typeof endTime !== 'string') return;
    if (!INSTANT.test(startTime) || !INSTANT.test(endTime)) return;
    const start = Date.parse(startTime);
    const end = Date.parse(endTime);
    if (start < end) spans.push({ index, startTime, endTime, start, end }); // false for NaN too
  });
  return spans;
}
