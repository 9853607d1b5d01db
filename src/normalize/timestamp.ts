import { BoundedCache } from '../_lib/bounded-cache';
import type { Outcome } from '../_lib/outcome';
import { truncate } from '../_lib/truncate';

// The one timestamp grammar of this library (ISO 8601 / RFC 3339 as people write them): a date, a
// time of day with seconds and a fraction of up to nine digits optional, `T` in either case, then
// `Z` (either case) or an offset `±HH:MM`. Window times, the `now` option, the request builders and
// the JSON Schema's `pattern` all use it. The shape is matched by one anchored regex without nested
// quantifiers (linear time on any input); the calendar and the ranges are checked on its numbers.
const DATE_TIME = '(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?';
const OFFSET = '([Zz]|[+-]\\d{2}:\\d{2})';

/** @internal The shape of a timestamp with an offset, as a regex source (for the JSON Schema). */
export const TIMESTAMP_PATTERN = `^${DATE_TIME}${OFFSET}$`;

const INSTANT = new RegExp(TIMESTAMP_PATTERN);
// Already in the one form this library writes (see canonicalTimestamp): returned as it is.
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{0,8}[1-9])?(?:Z|[+-]\d{2}:\d{2})$/;
// A Work Order's window times are read by the schema and by the window rules: each is read once.
const INSTANTS = new BoundedCache<string, Instant | null>(4096, 40);
const LOCAL = new RegExp(`^${DATE_TIME}$`);
const MINUTE = 60_000;

/** @internal A date and time of day read from a timestamp, checked to exist in the calendar. */
export interface DateTimeFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The fraction of a second as written, without its dot (`""` when there is none). */
  readonly fraction: string;
  /** The wall-clock fields as milliseconds on a UTC time line (no offset applied). */
  readonly wallMs: number;
}

/** @internal A timestamp with an offset: its fields, its offset in minutes east of UTC, and its instant. */
export interface Instant extends DateTimeFields {
  /** The offset as written (`"Z"`, `"z"`, `"-05:00"`). */
  readonly offset: string;
  readonly offsetMinutes: number;
  /** Milliseconds since the epoch. */
  readonly ms: number;
}

/**
 * @internal Reads an ISO 8601 timestamp with `Z` or an offset, such as `"2017-01-01T05:00:00Z"` or
 * `"2017-01-01T00:00-05:00"`; undefined when `text` is not one (wrong shape, or a date or time
 * that does not exist, such as February 30 or 24:00).
 */
export function readInstant(text: string): Instant | undefined {
  return INSTANTS.getOrCompute(text, parseInstant) ?? undefined;
}

function parseInstant(text: string): Instant | null {
  const match = INSTANT.exec(text);
  if (match === null) return null;
  const fields = dateTimeFields(match);
  const offset = match[8]!;
  const offsetMinutes = offsetOf(offset);
  if (fields === undefined || offsetMinutes === undefined) return null;
  const { year, month, day, hour, minute, second, fraction, wallMs } = fields;
  return { year, month, day, hour, minute, second, fraction, wallMs, offset, offsetMinutes, ms: wallMs - offsetMinutes * MINUTE };
}

/**
 * @internal Reads an ISO 8601 date and time *without* an offset (`"2017-03-12T02:30:00"`): a
 * wall-clock time whose instant depends on a time zone. `undefined` when `text` is not shaped like
 * one (it has an offset, or is no timestamp at all); `null` when it is shaped like one but names a
 * date or time that does not exist (February 30).
 */
export function readLocalDateTime(text: string): DateTimeFields | null | undefined {
  const match = LOCAL.exec(text);
  if (match === null) return undefined;
  return dateTimeFields(match) ?? null;
}

/**
 * @internal A timestamp in the one form this library writes: `T` and `Z` in capitals, seconds
 * always, a fraction only when it is not zero (without trailing zeros), the offset as given:
 * `2017-01-01t05:00z` → `2017-01-01T05:00:00Z`, `…T05:00:00.250-05:00` → `…T05:00:00.25-05:00`.
 * The same instant, written one way, so equal windows compare equal as text.
 */
export function canonicalTimestamp(instant: Instant): string {
  const fraction = instant.fraction.replace(/0+$/, '');
  const offset = instant.offset === 'z' ? 'Z' : instant.offset;
  return `${pad(instant.year, 4)}-${pad(instant.month)}-${pad(instant.day)}T${pad(instant.hour)}:${pad(instant.minute)}:${pad(instant.second)}${fraction === '' ? '' : `.${fraction}`}${offset}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * @internal Checks a timestamp for a Work Order: an instant with an offset, returned in canonical
 * form ({@link canonicalTimestamp}). Otherwise a message that says how to write it (a local time
 * without offset gets its own).
 */
export function normalizeTimestamp(value: string): Outcome {
  const instant = readInstant(value);
  if (instant !== undefined) return { ok: true, value: CANONICAL.test(value) ? value : canonicalTimestamp(instant) };
  if (readLocalDateTime(value)) {
    return {
      ok: false,
      message: `"${value}" has no offset, so the instant it means is unknown: add "Z" for UTC or the local offset, e.g. "${value}-05:00".`,
    };
  }
  return {
    ok: false,
    message: `"${truncate(value)}" is not an ISO 8601 timestamp with an offset: write e.g. "2017-01-01T05:00:00Z" or "2017-01-01T00:00:00-05:00".`,
  };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

function dateTimeFields(match: RegExpExecArray): DateTimeFields | undefined {
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  const fraction = match[7] ?? '';
  const ms = fraction === '' ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  let wallMs = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (year < 100) {
    // Date.UTC reads the years 0 to 99 as 1900 to 1999: set the year as written.
    const date = new Date(wallMs);
    date.setUTCFullYear(year);
    wallMs = date.getTime();
  }
  return { year, month, day, hour, minute, second, fraction, wallMs };
}

function offsetOf(offset: string): number | undefined {
  if (offset === 'Z' || offset === 'z') return 0;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  return (offset[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
