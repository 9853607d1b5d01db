import { offsetMs, zoneOffset, type ZoneOffset } from './zone-offset';

/**
 * How a wall-clock time without an offset reads in a time zone:
 * - `exact`: it happens once; `value` is the same wall-clock time with the zone's offset.
 * - `ambiguous`: it happens twice (clocks fall back); `value` is the earlier instant, `later` the second one.
 * - `nonexistent`: it never happens (clocks spring forward over it); `offsets` are the zone's
 *   offsets before and after the jump.
 * - `invalid`: it is shaped like a local time but is not a calendar date and time (e.g. February 30).
 */
export type LocalTimeResult =
  | { readonly kind: 'exact'; readonly value: string; readonly instant: number }
  | { readonly kind: 'ambiguous'; readonly value: string; readonly instant: number; readonly later: string }
  | { readonly kind: 'nonexistent'; readonly offsets: readonly [before: string, after: string] }
  | { readonly kind: 'invalid' };

// ISO 8601 local date-time: no `Z`, no offset. Seconds and a fraction are optional; anchored, no
// nested quantifiers, so it runs in linear time on any input.
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?$/;
const DAY = 86_400_000;

// Offsets of a zone at the probes around a date, remembered per zone and day (bounded): a batch
// reads many times of the same days, and each probe costs a date-fns-tz call.
const probes = new Map<string, ZoneOffset>();
const PROBE_LIMIT = 10_000;

/**
 * @internal True when `text` is an ISO 8601 date-time without `Z` or an offset, such as
 * `"2017-03-12T02:30:00"`: a wall-clock time whose instant depends on a time zone.
 */
export function isLocalTime(text: string): boolean {
  return LOCAL_TIME.test(text);
}

/**
 * Reads a wall-clock time without an offset (`"2017-11-05T01:30:00"`) as local time in `timeZone`
 * and says which instant it is. Transitions are found from the zone's offsets the day before and
 * the day after the date, each checked against the instant it would give, so the answer never
 * depends on the machine's own time zone (date-fns-tz's `fromZonedTime` resolves gaps and repeated
 * hours differently under different `TZ` settings). The result keeps the wall-clock digits as
 * written and appends the offset, e.g. `"2017-11-05T01:30:00-04:00"`.
 *
 * @param text - An ISO 8601 local date-time; returns `undefined` when `text` is not one (it has an
 *   offset, or is not a timestamp at all).
 * @param timeZone - A valid IANA time zone name, e.g. `"America/New_York"`.
 *
 * @internal
 */
export function resolveLocalTime(text: string, timeZone: string): LocalTimeResult | undefined {
  const match = LOCAL_TIME.exec(text);
  if (match === null) return undefined;
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '00', fraction = ''] = match;
  const wall = wallClockMs(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second));
  if (wall === undefined) return { kind: 'invalid' };

  // Any instant the wall-clock time can mean lies within 14 hours of it, so between these probes.
  const dayNumber = Math.floor(wall / DAY);
  const before = probe(timeZone, dayNumber - 1);
  const after = probe(timeZone, dayNumber + 2);
  const candidates: { offset: ZoneOffset; instant: number }[] = [];
  for (const offset of before.minutes === after.minutes ? [before] : [before, after]) {
    const instant = wall - offsetMs(offset);
    if (zoneOffset(instant, timeZone).minutes === offset.minutes) candidates.push({ offset, instant });
  }
  candidates.sort((a, b) => a.instant - b.instant);
  const digits = `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}`;
  const [earlier, later] = candidates;
  if (earlier === undefined) return { kind: 'nonexistent', offsets: [before.text, after.text] };
  if (later === undefined) return { kind: 'exact', value: digits + earlier.offset.text, instant: earlier.instant };
  return { kind: 'ambiguous', value: digits + earlier.offset.text, instant: earlier.instant, later: digits + later.offset.text };
}

/** The zone's offset at the start (UTC) of day number `day` since the epoch. */
function probe(timeZone: string, day: number): ZoneOffset {
  const key = `${timeZone}|${day}`;
  let offset = probes.get(key);
  if (offset === undefined) {
    offset = zoneOffset(day * DAY, timeZone);
    if (probes.size >= PROBE_LIMIT) probes.clear();
    probes.set(key, offset);
  }
  return offset;
}

/** The wall-clock fields as milliseconds on a UTC time line, or undefined when they are not a real date and time. */
function wallClockMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years below 100 as written
  date.setUTCHours(hour, minute, second, 0);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined; // e.g. February 30
  return date.getTime();
}
