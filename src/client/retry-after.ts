/**
 * @internal Reads a `Retry-After` header (RFC 9110): a number of seconds, or an HTTP date taken
 * relative to `now` (milliseconds since the epoch). Returns the wait in milliseconds, `0` for a
 * date in the past, or `undefined` when the header is missing or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always names the weekday, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
  if (!/^[A-Za-z]{3},/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
