import { formatInTimeZone } from 'date-fns-tz';

/** @internal The UTC offset of a time zone at one instant. */
export interface ZoneOffset {
  /** Minutes east of UTC, e.g. `-300` for New York in winter, `-150` for St. John's in summer. */
  readonly minutes: number;
  /** The offset as ISO 8601 writes it: `"-05:00"`, `"-02:30"`, or `"Z"` for zero. */
  readonly text: string;
}

const MINUTE = 60_000;

/**
 * @internal The offset of `timeZone` at the instant `ms`. date-fns-tz computes offset tokens from
 * the instant itself (not from the machine's wall clock), so the answer does not depend on `TZ`.
 * `timeZone` must be a valid IANA name (date-fns-tz throws a RangeError otherwise).
 */
export function zoneOffset(ms: number, timeZone: string): ZoneOffset {
  const text = formatInTimeZone(ms, timeZone, 'XXX');
  if (text === 'Z') return { minutes: 0, text };
  const sign = text.startsWith('-') ? -1 : 1;
  return { minutes: sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6))), text };
}

/** @internal The offset in milliseconds, for arithmetic on instants. */
export function offsetMs(offset: ZoneOffset): number {
  return offset.minutes * MINUTE;
}
