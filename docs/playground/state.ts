import { LOCAL_TIMES, PHONE_COUNTRIES, PHONE_FORMATS, StatusSchema, type LocalTimes, type PhoneCountry, type PhoneFormat, type Status } from 'dispatch-workorder';

/** What the page does with the input: `migrateJobOffer` or `validateWorkOrder`. */
export const MODES = ['migrate', 'validate'] as const;

/** `'migrate'` or `'validate'`. */
export type Mode = (typeof MODES)[number];

/** Everything the page shows follows from this, and the URL hash holds all of it. */
export interface PlaygroundState {
  readonly mode: Mode;
  readonly phoneFormat: PhoneFormat;
  readonly defaultCountry: PhoneCountry;
  /** The migration's `status` option; none by default. */
  readonly status: Status | undefined;
  readonly localTimes: LocalTimes;
  /** Whether the migration gets `inferTimezone` from `dispatch-workorder/timezone`. */
  readonly inferTimezone: boolean;
  /** The payload as typed: kept as text, so that a link gives back the very same text. */
  readonly input: string;
}

/** The options as the library defaults them (no option given). */
export const DEFAULTS = {
  mode: 'migrate',
  phoneFormat: 'E.164',
  defaultCountry: 'US',
  status: undefined,
  localTimes: 'reject',
  inferTimezone: false,
} as const satisfies Omit<PlaygroundState, 'input'>;

/**
 * The state as a URL hash, `#phoneFormat=RFC3966&input=%7B%0A…`: the options that differ from
 * their default, then the input.
 */
export function toHash(state: PlaygroundState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    if (state[key] !== DEFAULTS[key]) params.set(key, String(state[key]));
  }
  params.set('input', state.input);
  return `#${params.toString()}`;
}

/**
 * The state a hash written by {@link toHash} holds, or `undefined` when it holds no input. A value
 * the page does not offer (an edited link) falls back to the default.
 */
export function fromHash(hash: string): PlaygroundState | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const input = params.get('input');
  if (input === null) return undefined;
  const pick = <T extends string>(name: keyof typeof DEFAULTS, values: readonly T[]): T | undefined => values.find((value) => value === params.get(name));
  return {
    mode: pick('mode', MODES) ?? DEFAULTS.mode,
    phoneFormat: pick('phoneFormat', PHONE_FORMATS) ?? DEFAULTS.phoneFormat,
    defaultCountry: pick('defaultCountry', PHONE_COUNTRIES) ?? DEFAULTS.defaultCountry,
    status: pick('status', StatusSchema.options),
    localTimes: pick('localTimes', LOCAL_TIMES) ?? DEFAULTS.localTimes,
    inferTimezone: params.get('inferTimezone') === 'true',
    input,
  };
}
