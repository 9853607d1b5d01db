/**
 * The part of a Location that decides its time zone: the postal code first, the state or province
 * where the code alone does not say. Lenient, as in a payload: `"02115-1234"`, `"k1a 0b1"`, `"ma"`.
 *
 * @category Time zones
 */
export interface TimezoneLocation {
  /** Two-letter US state or Canadian province code, e.g. `"IN"` or `"ON"`. */
  readonly state?: string | undefined;
  /** US ZIP code or Canadian postal code, e.g. `"46312"` or `"P9N 1A1"`. */
  readonly postal_code?: string | undefined;
}

/**
 * Finds the IANA time zone of a location, or `undefined` when it cannot tell. Pass
 * `inferTimezone` from `dispatch-workorder/timezone` (US ZIP codes and Canadian postal codes), or
 * your own function, as the `inferTimezone` option of `migrateJobOffer`.
 *
 * @example
 * import { inferTimezone } from 'dispatch-workorder/timezone';
 * const resolver: TimezoneResolver = inferTimezone;
 * resolver({ state: 'IN', postal_code: '46312' }); // 'America/Chicago'
 *
 * @category Time zones
 */
export type TimezoneResolver = (location: TimezoneLocation) => string | undefined;
