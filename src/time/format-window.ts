import { quote } from '../_lib/describe';
import { isRecord } from '../_lib/is-record';
import { normalizeTimezone } from '../normalize/timezone';
import { windowSpans } from './window-spans';
import { zoneOffset } from './zone-offset';

const DATE_TIME: Intl.DateTimeFormatOptions = { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/**
 * Writes an appointment window for people, in the location's time zone and a locale's words,
 * e.g. `"Sun, Jan 1, 2017, 12:00 – 2:00 AM EST"` or, across midnight,
 * `"Sat, Dec 31, 2016, 10:00 PM EST – Sun, Jan 1, 2017, 2:00 AM EST"`. When the clocks change
 * inside the window each end names its own zone abbreviation (`"1:30 AM EDT – 2:30 AM EST"`), so a
 * reader sees the window is two hours long. The output does not depend on the machine's time zone.
 * Uses `Intl.DateTimeFormat` (`formatRange`) with the zone, not date-fns-tz's `formatInTimeZone`,
 * whose wall-clock digits shift by an hour when the machine's own time zone skips that hour. The
 * narrow and thin spaces ICU puts around "AM" and the dash become plain spaces, so the text is the
 * same in every runtime and safe for SMS and logs.
 *
 * @param window - A window with ISO 8601 `start_time` and `end_time` that have `Z` or an offset,
 *   the start before the end (as in a validated Work Order).
 * @param timeZone - An IANA time zone, usually the location's `timezone`, e.g. `"America/Chicago"`.
 * @param locale - A BCP 47 locale tag such as `"en-US"` (default) or `"fr-CA"`.
 * @returns The window as one line of text.
 * @throws {TypeError} When the window's times are not instants in order, the zone is not an IANA
 *   time zone, or the locale is not a valid tag: a caller mistake, not a data problem.
 *
 * @example
 * formatWindow({ start_time: '2017-01-01T05:00:00Z', end_time: '2017-01-01T07:00:00Z' }, 'America/New_York');
 * // 'Sun, Jan 1, 2017, 12:00 – 2:00 AM EST'
 * formatWindow({ start_time: '2017-01-01T05:00:00Z', end_time: '2017-01-01T07:00:00Z' }, 'America/Toronto', 'fr-CA');
 * // 'dim. 1 janv. 2017, 0 h 00 – 2 h 00 HNE'
 *
 * @category Time zones
 */
export function formatWindow(window: { readonly start_time: string; readonly end_time: string }, timeZone: string, locale = 'en-US'): string {
  const [span] = windowSpans([window]);
  if (span === undefined) {
    throw new TypeError(
      `dispatch-workorder: formatWindow needs a window whose start_time and end_time are ISO 8601 instants with "Z" or an offset, the start first; got ${describeWindow(window)}.`,
    );
  }
  const zone = normalizeTimezone(timeZone);
  if (!zone.ok) throw new TypeError(`dispatch-workorder: formatWindow: ${zone.message}`);
  let format: (options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat;
  try {
    format = formatter(locale, zone.value);
    format(TIME);
  } catch {
    throw new TypeError(`dispatch-workorder: formatWindow: ${JSON.stringify(locale)} is not a BCP 47 locale tag such as "en-US".`);
  }
  const zoned = { timeZoneName: 'short' } as const;
  if (zoneOffset(span.start, zone.value).minutes === zoneOffset(span.end, zone.value).minutes) {
    return plain(format({ ...DATE_TIME, ...zoned }).formatRange(span.start, span.end));
  }
  // The clocks change inside the window: one zone name for both ends would hide an hour.
  const sameDay = format(DAY).format(span.start) === format(DAY).format(span.end);
  const start = format({ ...DATE_TIME, ...zoned }).format(span.start);
  const end = format({ ...(sameDay ? TIME : DATE_TIME), ...zoned }).format(span.end);
  return plain(`${start} – ${end}`);
}

/** ICU's narrow no-break and thin spaces as plain spaces. */
function plain(text: string): string {
  return text.replace(/[\u202f\u2009]/g, ' ');
}

function formatter(locale: string, timeZone: string): (options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat {
  return (options) => new Intl.DateTimeFormat(locale, { ...options, timeZone });
}

function describeWindow(window: unknown): string {
  if (!isRecord(window)) return quote(window);
  return `start_time ${quote(window['start_time'])}, end_time ${quote(window['end_time'])}`;
}
