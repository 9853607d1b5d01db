/** The sandbox API, the default base URL of {@link createClient}. */
export const SANDBOX_BASE_URL = 'https://api-sandbox.dispatch.me';

/** The production API: pass `environment: 'production'` (or this as `baseUrl`) to use it. */
export const PRODUCTION_BASE_URL = 'https://api.dispatch.me';

/** A Dispatch environment: `sandbox` (the default) or `production`. */
export type Environment = 'sandbox' | 'production';

/** Supplies an OAuth2 bearer token, e.g. from `POST /v3/oauth/token`; called again after a 401. */
export type GetToken = () => string | Promise<string>;

/** Options of {@link createClient}. Give `token`, `getToken`, or both. */
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
   * requests share one call.
   */
  readonly getToken?: GetToken;
  /** The `fetch` to use. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Time limit of each attempt, response body included, in milliseconds. Default `30000`. */
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
}

const BASE_URLS: Readonly<Record<Environment, string>> = { sandbox: SANDBOX_BASE_URL, production: PRODUCTION_BASE_URL };
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_TIMER_MS = 2_147_483_647;
// An HTTP field name (RFC 9110 token).
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** @internal The default wait before retry number `retry`. */
export const defaultBackoff = (retry: number): number => 500 * 2 ** (retry - 1);

function fail(message: string): never {
  throw new TypeError(`dispatch-workorder: ${message}`);
}

/**
 * @internal Applies defaults and checks the options of `createClient`.
 * @throws {TypeError} When an option is missing, of the wrong type, or out of range.
 */
export function resolveClientOptions(options: ClientOptions): ResolvedClientOptions {
  if (typeof options !== 'object' || options === null) fail(`createClient needs an options object with a token or getToken, got ${options === null ? 'null' : typeof options}.`);
  const { token, getToken } = options;
  if (token === undefined && getToken === undefined) fail('createClient needs "token" or "getToken" (an OAuth2 bearer token, or a function that returns one).');
  if (token !== undefined) checkToken(token, '"token"');
  if (getToken !== undefined && typeof getToken !== 'function') fail(`"getToken" must be a function, got ${typeof getToken}.`);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') fail(`"fetch" must be a function, got ${typeof options.fetch}.`);
  const fetchFn = options.fetch ?? globalThis.fetch;
  if (typeof fetchFn !== 'function') fail('there is no global fetch: pass one as "fetch".');
  return {
    baseUrl: resolveBaseUrl(options.baseUrl, options.environment),
    token,
    getToken,
    fetch: fetchFn,
    timeoutMs: number('timeoutMs', options.timeoutMs, 30_000, 1, MAX_TIMER_MS),
    retries: integer('retries', options.retries, 2, 0, 10),
    retryNonIdempotent: boolean('retryNonIdempotent', options.retryNonIdempotent, false),
    maxRetryDelayMs: number('maxRetryDelayMs', options.maxRetryDelayMs, 30_000, 0, MAX_TIMER_MS),
    backoff: backoffOption(options.backoff),
    headers: headersOption(options.headers),
  };
}

/**
 * @internal Checks a bearer token, from the options or from `getToken`.
 * @throws {TypeError} When it is not a non-empty string that fits in a header.
 */
export function checkToken(value: unknown, source: string): string {
  // Printable ASCII only: a header cannot hold anything else, and the value is never echoed.
  if (typeof value !== 'string' || !/^[\x21-\x7e]+$/.test(value)) {
    fail(`${source} must be a non-empty bearer token of printable characters without spaces, got ${typeof value === 'string' ? 'a string that is not' : typeof value}.`);
  }
  return value;
}

function resolveBaseUrl(baseUrl: string | undefined, environment: Environment | undefined): string {
  if (baseUrl !== undefined && environment !== undefined) fail('give "baseUrl" or "environment", not both.');
  if (environment !== undefined) {
    if (environment !== 'sandbox' && environment !== 'production') fail(`"environment" must be "sandbox" or "production", got ${JSON.stringify(environment)}.`);
    return BASE_URLS[environment];
  }
  if (baseUrl === undefined) return SANDBOX_BASE_URL;
  const url = parseUrl(baseUrl);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    fail(`"baseUrl" must use https (http only to localhost), so the bearer token is never sent in clear; got ${url.protocol}//${url.host}.`);
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') fail('"baseUrl" must not hold credentials, a query or a fragment.');
  return url.href.replace(/\/+$/, '');
}

function parseUrl(value: unknown): URL {
  try {
    if (typeof value === 'string') return new URL(value);
  } catch {
    // Reported below.
  }
  return fail(`"baseUrl" must be an absolute URL such as "${SANDBOX_BASE_URL}", got ${JSON.stringify(value)}.`);
}

function number(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) fail(`"${name}" must be a number from ${min} to ${max}, got ${String(value)}.`);
  return value;
}

function integer(name: string, value: unknown, fallback: number, min: number, max: number): number {
  const n = number(name, value, fallback, min, max);
  if (!Number.isInteger(n)) fail(`"${name}" must be a whole number, got ${n}.`);
  return n;
}

function boolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') fail(`"${name}" must be true or false, got ${typeof value}.`);
  return value;
}

function backoffOption(value: unknown): (retry: number) => number {
  if (value === undefined) return defaultBackoff;
  if (typeof value !== 'function') fail(`"backoff" must be a function of the retry number, got ${typeof value}.`);
  return value as (retry: number) => number;
}

function headersOption(value: unknown): Readonly<Record<string, string>> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('"headers" must be an object of header names to string values.');
  const headers: Record<string, string> = {};
  for (const [name, header] of Object.entries(value)) {
    if (!HEADER_NAME.test(name)) fail(`${JSON.stringify(name)} is not a valid header name.`);
    if (typeof header !== 'string' || /[\r\n\0]/.test(header)) fail(`header "${name}" must be a string without line breaks, got ${typeof header === 'string' ? 'one with a line break' : typeof header}.`);
    if (name.toLowerCase() === 'authorization') fail('"headers" must not set Authorization: pass "token" or "getToken".');
    headers[name] = header;
  }
  return headers;
}
