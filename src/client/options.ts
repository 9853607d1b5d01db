import * as z from 'zod';
import { ENVIRONMENTS, PRODUCTION_BASE_URL, SANDBOX_BASE_URL, type Environment } from '../requests/environments';
import type { AfterResponseHook, BeforeRequestHook, BeforeRetryHook, ClientHooks } from './hooks';

// The base URLs are platform facts shared with the testing kit's mock API: they live with the
// request builders, below both.
export { ENVIRONMENTS, PRODUCTION_BASE_URL, SANDBOX_BASE_URL, type Environment };

/**
 * What {@link GetToken} is given.
 *
 * @category API client and requests
 */
export interface GetTokenContext {
  /**
   * Aborts when the client stops waiting for the token (after `timeoutMs`): pass it to the token
   * request, e.g. `fetch(tokenUrl, { signal })`.
   */
  readonly signal: AbortSignal;
}

/**
 * Supplies an OAuth2 bearer token, e.g. from `POST /v3/oauth/token`; called again after a 401. It
 * must settle within the client's `timeoutMs`.
 *
 * @category API client and requests
 */
export type GetToken = (context: GetTokenContext) => string | Promise<string>;

/**
 * What {@link createClient} needs besides its {@link ClientOptions}: the key `token`, the key
 * `getToken`, or both, so that `createClient({})` is a type error rather than a `TypeError` at run
 * time. A key whose value may be `undefined` compiles (`token: process.env.DISPATCH_TOKEN`): that
 * value is checked when the client is created, and a missing one is a `TypeError` then.
 *
 * @category API client and requests
 */
export type ClientCredentials =
  | {
      /** See {@link ClientOptions.token}. */
      readonly token: string | undefined;
    }
  | {
      /** See {@link ClientOptions.getToken}. */
      readonly getToken: GetToken | undefined;
    };

/**
 * Options of {@link createClient}. Give `token`, `getToken`, or both ({@link ClientCredentials}).
 *
 * @category API client and requests
 */
export interface ClientOptions {
  /**
   * The API's base URL, e.g. a proxy's. HTTPS, or HTTP to a loopback host only (so a token never
   * crosses a network in clear). Default: the sandbox, {@link SANDBOX_BASE_URL}. Not with `environment`.
   */
  readonly baseUrl?: string;
  /** `'sandbox'` (default) or `'production'`: picks the base URL. Not with `baseUrl`. */
  readonly environment?: Environment;
  /** A bearer token. Without `getToken`, a 401 is final. */
  readonly token?: string;
  /**
   * Returns a bearer token. Called for the first request when `token` is not given, and once more
   * when a request gets a 401 (the token expired), whose request is then sent again. Concurrent
   * requests share one call. A call that does not settle within `timeoutMs` fails the requests
   * waiting for it (`ApiTimeoutError`, nothing sent), and the next request calls `getToken` again.
   */
  readonly getToken?: GetToken;
  /**
   * The `fetch` to use, called as `fetch(url, init)` with `init.redirect` set to `'manual'`.
   * Default: the global `fetch`. `timeoutMs` and the call's signal hold even if it ignores `init.signal`.
   */
  readonly fetch?: typeof fetch;
  /** Time limit of each attempt, response body included, and of each wait for `getToken`, in milliseconds. Default `30000`. */
  readonly timeoutMs?: number;
  /** How many times to retry after a 429, a 5xx, a timeout or a network error (0 to 10). Default `2`. */
  readonly retries?: number;
  /**
   * Retry `POST` requests (creating a Work Order or an appointment) even when the server may have
   * acted on them: after a 5xx, a timeout or a connection lost midway. A retry can then create a
   * duplicate. Default `false`: a `POST` is retried only after a 429, a 401 refresh, or a
   * connection that was never made.
   */
  readonly retryNonIdempotent?: boolean;
  /**
   * The longest wait before a retry, in milliseconds. A `Retry-After` longer than this is not waited
   * for: the {@link ApiError} is thrown with `retryAfterMs`. Default `30000`.
   */
  readonly maxRetryDelayMs?: number;
  /**
   * The wait before retry number `retry` (1, 2, …) when the server sent no `Retry-After`, in
   * milliseconds; capped at `maxRetryDelayMs`. Default: `500 * 2 ** (retry - 1)` (500, 1000, 2000…).
   */
  readonly backoff?: (retry: number) => number;
  /** Extra headers for every request, e.g. a `User-Agent`. Not `Authorization`: use `token`/`getToken`. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The largest response body read, in bytes (1 to 2^30). A larger one is an {@link ApiError}
   * `response_too_large`, not retried. Default `1048576` (1 MiB; the API's answers are a few kilobytes).
   */
  readonly maxResponseBytes?: number;
  /** Functions run around each request, for logging and tracing: see {@link ClientHooks}. */
  readonly hooks?: ClientHooks;
}

/** @internal Options with defaults applied and checked. */
export interface ResolvedClientOptions {
  readonly baseUrl: string;
  readonly token: string | undefined;
  readonly getToken: GetToken | undefined;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryNonIdempotent: boolean;
  readonly maxRetryDelayMs: number;
  readonly backoff: (retry: number) => number;
  readonly headers: Readonly<Record<string, string>>;
  readonly maxResponseBytes: number;
  readonly hooks: Required<ClientHooks>;
}

/** @internal The default of each option that has a plain value (docs/workflows.md is checked against it). */
export const CLIENT_OPTION_DEFAULTS = {
  timeoutMs: 30_000,
  retries: 2,
  retryNonIdempotent: false,
  maxRetryDelayMs: 30_000,
  maxResponseBytes: 1_048_576,
} as const;

/** @internal The default wait before retry number `retry`. */
export const defaultBackoff = (retry: number): number => 500 * 2 ** (retry - 1);

// The largest delay a timer takes (2^31 - 1 ms, about 24.8 days).
const MAX_TIMER_MS = 2_147_483_647;
const MAX_RETRIES = 10;
const MAX_RESPONSE_BYTES = 2 ** 30;
// An HTTP field name (RFC 9110 token).
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What a wrong value was, for a message: `null`, `an array`, or its type. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

function numberOption(name: string, min: number, max: number, whole: boolean): z.ZodNumber {
  const error = (issue: { readonly input?: unknown }): string =>
    `"${name}" must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}, got ${typeof issue.input === 'number' ? String(issue.input) : typeName(issue.input)}.`;
  return (whole ? z.int({ error }) : z.number({ error })).min(min, { error }).max(max, { error });
}

function functionOption<T>(name: string, what: string): z.ZodType<T> {
  return z.custom<T>((value) => typeof value === 'function', { error: (issue) => `${name} must be ${what}, got ${typeName(issue.input)}.` });
}

/** @internal A bearer token, from the options or from `getToken`: printable ASCII only, as a header holds it. */
export function tokenSchema(source: string): z.ZodString {
  const error = (issue: { readonly input?: unknown }): string =>
    `${source} must be a non-empty bearer token of printable characters without spaces, got ${typeof issue.input === 'string' ? 'a string that is not' : typeName(issue.input)}.`;
  return z.string({ error }).regex(/^[\x21-\x7e]+$/, { error });
}

function isHttpsOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

function holdsOnlyAPath(url: URL): boolean {
  return url.username === '' && url.password === '' && url.search === '' && url.hash === '';
}

function baseUrlSchema(): z.ZodType<string, string> {
  return z
    .url({ error: (issue) => `"baseUrl" must be an absolute URL such as "${SANDBOX_BASE_URL}", got ${JSON.stringify(issue.input) ?? typeName(issue.input)}.` })
    .refine((value) => !URL.canParse(value) || isHttpsOrLoopback(new URL(value)), {
      error: (issue) => {
        const url = new URL(String(issue.input));
        return `"baseUrl" must use https (http only to localhost), so the bearer token is never sent in clear; got ${url.protocol}//${url.host}.`;
      },
    })
    .refine((value) => !URL.canParse(value) || holdsOnlyAPath(new URL(value)), { error: '"baseUrl" must not hold credentials, a query or a fragment.' })
    .transform((value) => new URL(value).href.replace(/\/+$/, ''));
}

function environmentSchema(): z.ZodType<Environment> {
  const names = Object.keys(ENVIRONMENTS) as [Environment, ...Environment[]];
  const allowed = names.map((name) => JSON.stringify(name)).join(' or ');
  return z.enum(names, { error: (issue) => `"environment" must be ${allowed}, got ${JSON.stringify(issue.input) ?? typeName(issue.input)}.` });
}

function headersSchema(): z.ZodType<Record<string, string>> {
  const valueError = (issue: { readonly input?: unknown; readonly path?: readonly PropertyKey[] | undefined }): string =>
    `header "${String(issue.path?.at(-1))}" must be a string without line breaks, got ${typeof issue.input === 'string' ? 'one with a line break' : typeName(issue.input)}.`;
  return z
    .record(
      z.string().regex(HEADER_NAME, { error: (issue) => `${JSON.stringify(issue.input)} is not a valid header name.` }),
      z.string({ error: valueError }).regex(/^[^\r\n\0]*$/, { error: valueError }),
      { error: '"headers" must be an object of header names to string values.' },
    )
    .refine((headers) => !Object.keys(headers).some((name) => name.toLowerCase() === 'authorization'), {
      error: '"headers" must not set Authorization: pass "token" or "getToken".',
    });
}

function hookList<T>(name: string): z.ZodType<T[]> {
  return z.array(
    z.custom<T>((value) => typeof value === 'function', {
      error: (issue) => `"hooks.${name}" must be an array of functions, got ${typeName(issue.input)} at index ${String(issue.path?.at(-1))}.`,
    }),
    { error: (issue) => `"hooks.${name}" must be an array of functions, got ${typeName(issue.input)}.` },
  );
}

function hooksSchema(): z.ZodType<Required<ClientHooks>> {
  const shape = {
    beforeRequest: hookList<BeforeRequestHook>('beforeRequest').default([]),
    beforeRetry: hookList<BeforeRetryHook>('beforeRetry').default([]),
    afterResponse: hookList<AfterResponseHook>('afterResponse').default([]),
  };
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `"hooks" has ${unknownKeys('hook', issue.keys)}; its hooks are ${Object.keys(shape).join(', ')}.`
        : `"hooks" must be an object of hook arrays, got ${typeName(issue.input)}.`,
  });
}

/** Every option of `createClient`, in the order the docs list them, with its check and default. */
function clientOptionsShape() {
  return {
    baseUrl: baseUrlSchema().optional(),
    environment: environmentSchema().optional(),
    token: tokenSchema('"token"').optional(),
    getToken: functionOption<GetToken>('"getToken"', 'a function').optional(),
    fetch: functionOption<typeof fetch>('"fetch"', 'a function').optional(),
    timeoutMs: numberOption('timeoutMs', 1, MAX_TIMER_MS, false).default(CLIENT_OPTION_DEFAULTS.timeoutMs),
    retries: numberOption('retries', 0, MAX_RETRIES, true).default(CLIENT_OPTION_DEFAULTS.retries),
    retryNonIdempotent: z
      .boolean({ error: (issue) => `"retryNonIdempotent" must be true or false, got ${typeName(issue.input)}.` })
      .default(CLIENT_OPTION_DEFAULTS.retryNonIdempotent),
    maxRetryDelayMs: numberOption('maxRetryDelayMs', 0, MAX_TIMER_MS, false).default(CLIENT_OPTION_DEFAULTS.maxRetryDelayMs),
    backoff: functionOption<(retry: number) => number>('"backoff"', 'a function of the retry number').default(() => defaultBackoff),
    headers: headersSchema().default({}),
    maxResponseBytes: numberOption('maxResponseBytes', 1, MAX_RESPONSE_BYTES, true).default(CLIENT_OPTION_DEFAULTS.maxResponseBytes),
    hooks: hooksSchema().default({ beforeRequest: [], beforeRetry: [], afterResponse: [] }),
  } satisfies Record<keyof ClientOptions, z.ZodType>; // every option of the interface, and no other
}

function clientOptionsSchema(shape: ReturnType<typeof clientOptionsShape>, names: readonly string[]) {
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `createClient has ${unknownKeys('option', issue.keys)}; its options are ${names.join(', ')}.`
          : `createClient needs an options object with a token or getToken, got ${typeName(issue.input)}.`,
    })
    .refine((options) => options.token !== undefined || options.getToken !== undefined, {
      error: 'createClient needs "token" or "getToken" (an OAuth2 bearer token, or a function that returns one).',
    })
    .refine((options) => options.baseUrl === undefined || options.environment === undefined, { error: 'give "baseUrl" or "environment", not both.' });
}

function signalSchema(): z.ZodType<AbortSignal> {
  return z.custom<AbortSignal>(
    (value) =>
      value instanceof AbortSignal ||
      (typeof value === 'object' && value !== null && typeof (value as Partial<AbortSignal>).aborted === 'boolean' && typeof (value as Partial<AbortSignal>).addEventListener === 'function'),
    { error: (issue) => `"signal" must be an AbortSignal, got ${typeName(issue.input)}.` },
  );
}

function buildSchemas() {
  const shape = clientOptionsShape();
  const names = Object.keys(shape);
  const signal = signalSchema();
  return {
    names,
    options: clientOptionsSchema(shape, names),
    call: z.strictObject({ signal: signal.optional() }, { error: (issue) => `options must be an object, got ${typeName(issue.input)}.` }),
    signal: signal.optional(),
    tokenFromGetToken: tokenSchema('the value getToken returned'),
  };
}

// Built on first use: a schema built at import would stay in the bundle of every app that imports
// the library without using the client.
let schemas: ReturnType<typeof buildSchemas> | undefined;
const clientSchemas = (): ReturnType<typeof buildSchemas> => (schemas ??= buildSchemas());

/** @internal The names of the options of `createClient`, in the order the docs list them. */
export function clientOptionNames(): readonly string[] {
  return clientSchemas().names;
}

/** `no option "x"`, or `no options "x", "y"`. */
function unknownKeys(noun: string, keys: readonly string[]): string {
  return `no ${noun}${keys.length === 1 ? '' : 's'} ${keys.map((key) => JSON.stringify(key)).join(', ')}`;
}

/** @throws {TypeError} With the message of the first problem (an unknown key before any other). */
function check<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0];
  const message = issue?.code === 'invalid_key' ? issue.issues[0]?.message : issue?.message;
  throw new TypeError(`dispatch-workorder: ${message ?? 'invalid options.'}`);
}

/**
 * @internal Applies defaults and checks the options of `createClient`.
 * @throws {TypeError} When an option is missing, unknown, of the wrong type, or out of range.
 */
export function resolveClientOptions(options: ClientOptions): ResolvedClientOptions {
  const { environment, ...resolved } = check(clientSchemas().options, options);
  const fetchFn = resolved.fetch ?? globalThis.fetch;
  if (typeof fetchFn !== 'function') throw new TypeError('dispatch-workorder: there is no global fetch: pass one as "fetch".');
  return { ...resolved, baseUrl: resolved.baseUrl ?? ENVIRONMENTS[environment ?? 'sandbox'], token: resolved.token, getToken: resolved.getToken, fetch: fetchFn };
}

/**
 * @internal Checks the options of a client method that takes only a signal, and returns the signal.
 * @throws {TypeError} When the options are not an object, hold another key, or the signal is not an `AbortSignal`.
 */
export function callSignal(method: string, options: unknown): AbortSignal | undefined {
  if (options === undefined) return undefined;
  const { call } = clientSchemas();
  const parsed = call.safeParse(options);
  const unknown = parsed.error?.issues.find((issue) => issue.code === 'unrecognized_keys');
  if (unknown?.code === 'unrecognized_keys') throw new TypeError(`dispatch-workorder: ${method} has ${unknownKeys('option', unknown.keys)}; its options are signal.`);
  return check(call, options).signal;
}

/**
 * @internal Checks a signal given beside other options (those of `createWorkOrder` and `migrateAndCreate`).
 * @throws {TypeError} When it is not an `AbortSignal`.
 */
export function checkSignal(signal: unknown): AbortSignal | undefined {
  return check(clientSchemas().signal, signal);
}

/**
 * @internal Checks the token `getToken` returned.
 * @throws {TypeError} When it is not a non-empty string that fits in a header.
 */
export function checkToken(value: unknown): string {
  return check(clientSchemas().tokenFromGetToken, value);
}
