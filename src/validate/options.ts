import * as z from 'zod';
import { readInstant } from '../normalize/timestamp';
import { PHONE_COUNTRIES, PHONE_FORMATS, type PhoneCountry, type PhoneFormat } from '../normalize/phone';
import { closest } from './read';

/**
 * Options of {@link validateWorkOrder} and {@link parseWorkOrder}.
 *
 * @category Migrate and validate
 */
export interface ValidateOptions {
  /** Country of phone numbers written without `+1`: `'US'` (default) or `'CA'`. */
  readonly defaultCountry?: PhoneCountry | undefined;
  /** How phone numbers are written in the result: `'E.164'` (default, `+16172531000`) or `'RFC3966'` (`tel:+16172531000`). */
  readonly phoneFormat?: PhoneFormat | undefined;
  /**
   * The current instant, to warn about appointment windows that have already ended
   * (`window_in_past`): a `Date`, milliseconds since the epoch, or an ISO 8601 string with an offset,
   * e.g. `new Date()` or `'2017-01-01T00:00:00Z'`. No such check without it: the library never reads
   * the clock itself, so results stay reproducible.
   */
  readonly now?: Date | number | string | undefined;
}

/** @internal Options with defaults applied. */
export interface ResolvedValidateOptions {
  readonly defaultCountry: PhoneCountry;
  readonly phoneFormat: PhoneFormat;
  /** `now` in milliseconds since the epoch, or undefined when not given. */
  readonly now: number | undefined;
}

/** @internal The defaults, for a call without options. */
export const DEFAULT_VALIDATE_OPTIONS: ResolvedValidateOptions = { defaultCountry: 'US', phoneFormat: 'E.164', now: undefined };

// `.optional()` passes undefined through: the transform sees only values given.
const NOW = z.unknown().transform((now, ctx) => {
  let ms = Number.NaN;
  if (now instanceof Date || typeof now === 'number') ms = now.valueOf();
  else if (typeof now === 'string') ms = readInstant(now)?.ms ?? Number.NaN;
  if (Number.isFinite(ms)) return ms;
  ctx.issues.push({
    code: 'custom',
    input: now,
    message: `option "now" must be a valid Date, a number of milliseconds, or an ISO 8601 string with an offset (e.g. "2017-01-01T00:00:00Z"), got ${typeof now === 'string' ? JSON.stringify(now) : String(now)}.`,
  });
  return z.NEVER;
}).optional();

/** @internal The options of the Work Order check, as a zod shape that the migration's options extend. */
export const VALIDATE_OPTIONS_SHAPE = {
  defaultCountry: z.enum(PHONE_COUNTRIES).default('US'),
  phoneFormat: z.enum(PHONE_FORMATS).default('E.164'),
  now: NOW,
};

const ValidateOptionsSchema = z.strictObject(VALIDATE_OPTIONS_SHAPE);

/**
 * @internal Applies defaults and checks the options with `schema` (a strict zod object: an unknown
 * key is an error, so that a misspelt option is not silently ignored).
 * @throws {TypeError} When an option is unknown or has a value this library does not know: a caller mistake.
 */
export function checkOptions<S extends z.ZodObject>(schema: S, options: unknown): z.output<S> {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`dispatch-workorder: options must be an object, got ${options === null ? 'null' : typeof options}.`);
  }
  const parsed = schema.safeParse(options, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new TypeError(`dispatch-workorder: ${optionMessage(parsed.error.issues[0]!, schema)}`);
}

function optionMessage(problem: z.core.$ZodIssue, schema: z.ZodObject): string {
  const name = String(problem.path[0]);
  if (problem.code === 'unrecognized_keys') {
    const known = Object.keys(schema.shape);
    const key = problem.keys[0]!;
    const guess = closest(key, known);
    return `unknown option ${JSON.stringify(key)}${guess === undefined ? '' : ` (did you mean "${guess}"?)`}; the options are ${known.map((k) => `"${k}"`).join(', ')}.`;
  }
  if (problem.code === 'invalid_value') {
    return `option "${name}" must be one of ${problem.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(problem.input)}.`;
  }
  if (problem.code === 'custom') return problem.message;
  return `option "${name}" is not valid: ${problem.message}.`;
}

/**
 * @internal Applies defaults and checks the options of the Work Order check.
 * @throws {TypeError} When an option is unknown or has a value this library does not know.
 */
export function resolveValidateOptions(options: ValidateOptions | undefined): ResolvedValidateOptions {
  if (options === undefined) return DEFAULT_VALIDATE_OPTIONS;
  const { defaultCountry, phoneFormat, now } = checkOptions(ValidateOptionsSchema, options);
  return { defaultCountry, phoneFormat, now };
}
