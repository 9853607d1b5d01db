import { BoundedCache } from '../_lib/bounded-cache';
import { zoneOffset } from './zone-offset';

// The current US and Canadian daylight saving rules started in 2007. Zones that have kept the same
// offsets since then (America/New_York and America/Indiana/Indianapolis, America/Denver and
// America/Boise) schedule every appointment alike; zones that differ in any season of those years
// (America/Denver and America/Phoenix in summer) do not.
const FIRST_YEAR = 2007;
const LAST_YEAR = 2040;
const SAMPLE_DAYS: readonly [month: number, day: number][] = [
  [0, 15], // mid-January: standard time
  [6, 15], // mid-July: daylight time
];
const SAMPLES: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i).flatMap((year) =>
  SAMPLE_DAYS.map(([month, day]) => Date.UTC(year, month, day, 12)),
);

const cache = new BoundedCache<string, boolean>(1000);

/**
 * @internal True when two valid IANA zones keep the same UTC offset in mid-January and mid-July of
 * every year from 2007 to 2040, so any appointment reads the same in both: `America/New_York` and
 * `US/Eastern` or `America/Detroit` agree; `America/Denver` and `America/Phoenix` do not.
 * Remembered per pair (bounded), since a batch meets the same few pairs again and again.
 */
export function zonesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  return cache.getOrCompute(key, () => SAMPLES.every((ms) => zoneOffset(ms, a).minutes === zoneOffset(ms, b).minutes));
}
