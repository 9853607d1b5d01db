import { StatusSchema, type Status } from '../schemas/enums';
import type { TimezoneResolver } from '../time/resolver';
import { oneOf, resolveValidateOptions, type ResolvedValidateOptions, type ValidateOptions } from '../validate/options';

/** Options of {@link migrateJobOffer} and {@link migrateJobOfferOrThrow}. */
export interface MigrateOptions extends ValidateOptions {
  /** A starting `status` to put on the Work Order, e.g. `'offered'`. None is emitted by default. */
  readonly status?: Status;
  /**
   * Finds a location's time zone from its postal code: pass `inferTimezone` from
   * `dispatch-workorder/timezone` (or your own {@link TimezoneResolver}). A missing
   * `location.timezone` is then filled in (reported in the result's `notes`), and a given one that
   * keeps other hours than its postal code's zone is a `timezone_mismatch` warning. Off by default.
   */
  readonly inferTimezone?: TimezoneResolver;
  /**
   * How to read a window time without `Z` or an offset, such as `"2017-03-12T09:00:00"`:
   * `'reject'` (default) makes it an `invalid_timestamp` error; `'location'` reads it as wall-clock
   * time in the location's time zone (given, or inferred with `inferTimezone`) and writes it with
   * that offset. A time the clocks skip is a `nonexistent_local_time` error; one they pass twice is
   * read as the earlier instant with an `ambiguous_local_time` warning.
   */
  readonly localTimes?: LocalTimes;
}

/** How {@link migrateJobOffer} reads window times without an offset: `'reject'` or `'location'`. */
export type LocalTimes = 'reject' | 'location';

/** @internal Options with defaults applied. */
export interface ResolvedMigrateOptions extends ResolvedValidateOptions {
  readonly status: Status | undefined;
  readonly inferTimezone: TimezoneResolver | undefined;
  readonly localTimes: LocalTimes;
}

const LOCAL_TIMES: readonly LocalTimes[] = ['reject', 'location'];

/**
 * @internal Applies defaults and checks the options.
 * @throws {TypeError} When an option has a value this library does not know.
 */
export function resolveMigrateOptions(options: MigrateOptions | undefined): ResolvedMigrateOptions {
  const resolved = resolveValidateOptions(options);
  const status = options?.status;
  if (status !== undefined) oneOf('status', status, StatusSchema.options);
  const inferTimezone: unknown = options?.inferTimezone;
  if (inferTimezone !== undefined && typeof inferTimezone !== 'function') {
    throw new TypeError(
      `dispatch-workorder: option "inferTimezone" must be a function such as the one exported by "dispatch-workorder/timezone" (import { inferTimezone } from 'dispatch-workorder/timezone'), got ${typeof inferTimezone === 'object' && inferTimezone !== null ? 'an object' : String(inferTimezone)}.`,
    );
  }
  const localTimes = options?.localTimes ?? 'reject';
  oneOf('localTimes', localTimes, LOCAL_TIMES);
  // Written out rather than spread: `{ ...resolved, status }` takes a slow path of V8 on Node 20
  // (a few µs, on every migration) when the spread adds keys.
  const { defaultCountry, phoneFormat, now } = resolved;
  return { defaultCountry, phoneFormat, now, status, inferTimezone: inferTimezone as TimezoneResolver | undefined, localTimes };
}
