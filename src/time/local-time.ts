import { BoundedCache } from '../_lib/bounded-cache';
import { readLocalDateTime } from '../normalize/timestamp';
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

const DAY = 86_400_000;

// Offsets of a zone at the probes around a date, remembered per zone and day (bounded): a batch
// reads many times of the same days, and each probe asks the time zone database.
const probes = new BoundedCache<string, ZoneOffset>(10_000);

/**
 * @internal True when `text` is an ISO 8601 date-time without `Z` or an offset, such as
 * `"2017-03-12T02:30:00"`: a wall-clock time whose instant depends on a time zone.
 */
export function isLocalTime(text: string): boolean {
  return readLocalDateTime(text) !== undefined;
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
  const fields = readLocalDateTime(text);
  if (fields === undefined) return undefined;
  if (fields === null) return { kind: 'invalid' };
  // The instant of the whole second: the fraction is kept in the digits, not in the arithmetic.
  const wall = fields.fraction === '' ? fields.wallMs : fields.wallMs - Math.floor(Number(`0.${fields.fraction}`) * 1000);

  // Any instant the wall-clock time can mean lies within 14 hours of it, so between these probes.
  const dayNumber = Math.floor(wall / DAY);
  const before = probe(timeZone, dayNumber - 1);
  const after = probe(timeZone, dayNumber + 2);
  const candidates: { offset: ZoneOffset; instant: number }[] = [];
  for (const offset of before.minutes === after.minutes ? [before] : [before, after]) {
    const instant = wall - offsetMs(offset);
    if (zoneOffset(instant, timeZone).minutes === offset.minutes) candidates.push({ offset, instant });
  }
  // In order of instant already: a wall-clock time is ambiguous only where the clocks went back, so
  // the offset before the change is the larger one and its instant the earlier.
  const digits = `${text.slice(0, 10)}T${text.slice(11, 16)}:${pad(fields.second)}${fields.fraction === '' ? '' : `.${fields.fraction}`}`;
  const [earlier, later] = candidates;
  if (earlier === undefined) return { kind: 'nonexistent', offsets: [before.text, after.text] };
  if (later === undefined) return { kind: 'exact', value: digits + earlier.offset.text, instant: earlier.instant };
  return { kind: 'ambiguous', value: digits + earlier.offset.text, instant: earlier.instant, later: digits + later.offset.text };
}

/** The zone's offset at the start (UTC) of day number `day` since the epoch. */
function probe(timeZone: string, day: number): ZoneOffset {
  return probes.getOrCompute(`${timeZone}|${day}`, () => zoneOffset(day * DAY, timeZone));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

