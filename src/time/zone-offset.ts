import { BoundedCache } from '../_lib/bounded-cache';

/** @internal The UTC offset of a time zone at one instant. */
export interface ZoneOffset {
  /** Minutes east of UTC, e.g. `-300` for New York in winter, `-150` for St. John's in summer. */
  readonly minutes: number;
  /** The offset as ISO 8601 writes it: `"-05:00"`, `"-02:30"`, or `"Z"` for zero. */
  readonly text: string;
}

const MINUTE = 60_000;

// One formatter per zone (creating one costs far more than using it), bounded like every cache here.
const formatters = new BoundedCache<string, Intl.DateTimeFormat>(512, 64);
// "GMT-05:00", "GMT+05:30", "GMT-03:06:28" (a historical local mean time), or "GMT" for zero.
const GMT_OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * @internal The offset of `timeZone` at the instant `ms`, as the runtime's IANA time zone database
 * gives it (`Intl.DateTimeFormat` with `timeZoneName: 'longOffset'`, read for that instant), so the
 * answer never depends on the machine's own `TZ`. date-fns-tz answers the same question through
 * the same database, but only for wall-clock dates (`getTimezoneOffset`) or through its formatting
 * (`formatInTimeZone`), whose import alone takes longer than the rest of this library;
 * test/time/zone-offset.test.ts checks the two agree. `timeZone` must be a valid IANA name.
 */
export function zoneOffset(ms: number, timeZone: string): ZoneOffset {
  const format = formatters.getOrCompute(timeZone, () => new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }));
  const name = format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = GMT_OFFSET.exec(name);
  if (match === null) throw new RangeError(`dispatch-workorder: unexpected time zone offset ${JSON.stringify(name)} for ${timeZone}`);
  // The seconds of a historical local mean time are dropped, as ISO 8601 offsets have none.
  const [, sign, hours = '0', minutes = '0'] = match;
  const total = Number(hours) * 60 + Number(minutes);
  const signed = sign === '-' ? -total : total;
  return { minutes: signed, text: offsetText(signed) };
}

/** @internal The offset in milliseconds, for arithmetic on instants. */
export function offsetMs(offset: ZoneOffset): number {
  return offset.minutes * MINUTE;
}

/** `-300` → `"-05:00"`; `0` → `"Z"`. */
function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}
