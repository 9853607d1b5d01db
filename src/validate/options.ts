import type { PhoneCountry, PhoneFormat } from '../normalize/phone';

/** Options of {@link validateWorkOrder} and {@link parseWorkOrder}. */
export interface ValidateOptions {
  /** Country of phone numbers written without `+1`: `'US'` (default) or `'CA'`. */
  readonly defaultCountry?: PhoneCountry;
  /** How phone numbers are written in the result: `'E.164'` (default, `+16172531000`) or `'RFC3966'` (`tel:+16172531000`). */
  readonly phoneFormat?: PhoneFormat;
}

/** @internal Options with defaults applied. */
export interface ResolvedValidateOptions {
  readonly defaultCountry: PhoneCountry;
  readonly phoneFormat: PhoneFormat;
}

const COUNTRIES: readonly PhoneCountry[] = ['US', 'CA'];
const FORMATS: readonly PhoneFormat[] = ['E.164', 'RFC3966'];

/**
 * @internal Applies defaults and checks the options.
 * @throws {TypeError} When an option has a value this library does not know: a caller mistake.
 */
export function resolveValidateOptions(options: ValidateOptions | undefined): ResolvedValidateOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`dispatch-workorder: options must be an object, got ${options === null ? 'null' : typeof options}.`);
  }
  const defaultCountry = options?.defaultCountry ?? 'US';
  const phoneFormat = options?.phoneFormat ?? 'E.164';
  oneOf('defaultCountry', defaultCountry, COUNTRIES);
  oneOf('phoneFormat', phoneFormat, FORMATS);
  return { defaultCountry, phoneFormat };
}

/** @internal @throws {TypeError} When `value` is not one of `allowed`. */
export function oneOf(name: string, value: unknown, allowed: readonly unknown[]): void {
  if (!allowed.includes(value)) {
    throw new TypeError(`dispatch-workorder: option "${name}" must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${JSON.stringify(value)}.`);
  }
}
