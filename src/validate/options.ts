import type { PhoneCountry, PhoneFormat } from '../normalize/phone';

/** Options of {@link validateWorkOrder} and {@link parseWorkOrder}. */
export interface ValidateOptions {
  /** Country of phone numbers written without `+1`: `'US'` (default) or `'CA'`. */
  readonly defaultCountry?: PhoneCountry;
  /** How phone numbers are written in the result: `'E.164'` (default, `+16172531000`) or `'RFC3966'` (`tel:+16172531000`). */
  readonly phoneFormat?: PhoneFormat;
  /**
   * The current instant, to warn about appointment windows that have already ended
   * (`window_in_past`): a `Date`, milliseconds since the epoch, or an ISO 8601 string with an offset,
   * e.g. `new Date()` or `'2017-01-01T00:00:00Z'`. No such check without it: the library never reads
   * the clock itself, so results stay reproducible.
   */
  readonly now?: Date | number | string;
}

/** @internal Options with defaults applied. */
export interface ResolvedValidateOptions {
  readonly defaultCountry: PhoneCountry;
  readonly phoneFormat: PhoneFormat;
  /** `now` in milliseconds since the epoch, or undefined when not given. */
  readonly now: number | undefined;
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
  return { defaultCountry, phoneFormat, now: resolveNow(options?.now) };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** @internal @throws {TypeError} When `now` is not a valid instant. */
function resolveNow(now: unknown): number | undefined {
  if (now === undefined) return undefined;
  let ms = Number.NaN;
  if (now instanceof Date || typeof now === 'number') ms = now.valueOf();
  else if (typeof now === 'string' && INSTANT.test(now)) ms = Date.parse(now);
  if (Number.isFinite(ms)) return ms;
  throw new TypeError(
    `dispatch-workorder: option "now" must be a valid Date, a number of milliseconds, or an ISO 8601 string with an offset (e.g. "2017-01-01T00:00:00Z"), got ${typeof now === 'string' ? JSON.stringify(now) : String(now)}.`,
  );
}

/** @internal @throws {TypeError} When `value` is not one of `allowed`. */
export function oneOf(name: string, value: unknown, allowed: readonly unknown[]): void {
  if (!allowed.includes(value)) {
    throw new TypeError(`dispatch-workorder: option "${name}" must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${JSON.stringify(value)}.`);
  }
}
