import { StatusSchema, type Status } from '../schemas/enums';
import { oneOf, resolveValidateOptions, type ResolvedValidateOptions, type ValidateOptions } from '../validate/options';

/** Options of {@link migrateJobOffer} and {@link migrateJobOfferOrThrow}. */
export interface MigrateOptions extends ValidateOptions {
  /** A starting `status` to put on the Work Order, e.g. `'offered'`. None is emitted by default. */
  readonly status?: Status;
}

/** @internal Options with defaults applied. */
export interface ResolvedMigrateOptions extends ResolvedValidateOptions {
  readonly status: Status | undefined;
}

/**
 * @internal Applies defaults and checks the options.
 * @throws {TypeError} When an option has a value this library does not know.
 */
export function resolveMigrateOptions(options: MigrateOptions | undefined): ResolvedMigrateOptions {
  const resolved = resolveValidateOptions(options);
  const status = options?.status;
  if (status !== undefined) oneOf('status', status, StatusSchema.options);
  return { ...resolved, status };
}
