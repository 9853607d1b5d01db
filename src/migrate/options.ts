import * as z from 'zod';
import { StatusSchema, type Status } from '../schemas/enums';
import type { TimezoneResolver } from '../time/resolver';
import { checkOptions, DEFAULT_VALIDATE_OPTIONS, VALIDATE_OPTIONS_SHAPE, type ResolvedValidateOptions, type ValidateOptions } from '../validate/options';

/**
 * The ways {@link migrateJobOffer} can read window times without an offset (see {@link LocalTimes}).
 *
 * @category Migrate and validate
 */
export const LOCAL_TIMES = ['reject', 'location'] as const;

/**
 * How {@link migrateJobOffer} reads window times without an offset: `'reject'` or `'location'`.
 *
 * @category Migrate and validate
 */
export type LocalTimes = (typeof LOCAL_TIMES)[number];

/**
 * Options of {@link migrateJobOffer} and {@link migrateJobOfferOrThrow}.
 *
 * @category Migrate and validate
 */
export interface MigrateOptions extends ValidateOptions {
  /** A starting `status` to put on the Work Order, e.g. `'offered'`. None is emitted by default. */
  readonly status?: Status | undefined;
  /**
   * Finds a location's time zone from its postal code: pass `inferTimezone` from
   * `dispatch-workorder/timezone` (or your own {@link TimezoneResolver}). A missing
   * `location.timezone` is then filled in (reported in the result's `notes`), and a given one that
   * keeps other hours than its postal code's zone is a `timezone_mismatch` warning. Off by default.
   */
  readonly inferTimezone?: TimezoneResolver | undefined;
  /**
   * How to read a window time without `Z` or an offset, such as `"2017-03-12T09:00:00"`:
   * `'reject'` (default) makes it an `invalid_timestamp` error; `'location'` reads it as wall-clock
   * time in the location's time zone (given, or inferred with `inferTimezone`) and writes it with
   * that offset. A time the clocks skip is a `nonexistent_local_time` error; one they pass twice is
   * read as the earlier instant with an `ambiguous_local_time` warning.
   */
  readonly localTimes?: LocalTimes | undefined;
}

/** @internal Options with defaults applied. */
export interface ResolvedMigrateOptions extends ResolvedValidateOptions {
  readonly status: Status | undefined;
  readonly inferTimezone: TimezoneResolver | undefined;
  readonly localTimes: LocalTimes;
}

const DEFAULTS: ResolvedMigrateOptions = { ...DEFAULT_VALIDATE_OPTIONS, status: undefined, inferTimezone: undefined, localTimes: 'reject' };

const MigrateOptionsSchema = z.strictObject({
  ...VALIDATE_OPTIONS_SHAPE,
  status: StatusSchema.optional(),
  inferTimezone: z
    .custom<TimezoneResolver>((value) => typeof value === 'function', {
      error: (problem) =>
        `option "inferTimezone" must be a function such as the one exported by "dispatch-workorder/timezone" (import { inferTimezone } from 'dispatch-workorder/timezone'), got ${typeof problem.input === 'object' && problem.input !== null ? 'an object' : String(problem.input)}.`,
    })
    .optional(),
  localTimes: z.enum(LOCAL_TIMES).default('reject'),
});

/**
 * @internal Applies defaults and checks the options.
 * @throws {TypeError} When an option is unknown or has a value this library does not know.
 */
export function resolveMigrateOptions(options: MigrateOptions | undefined): ResolvedMigrateOptions {
  if (options === undefined) return DEFAULTS;
  const { defaultCountry, phoneFormat, now, status, inferTimezone, localTimes } = checkOptions(MigrateOptionsSchema, options);
  return { defaultCountry, phoneFormat, now, status, inferTimezone, localTimes };
}
