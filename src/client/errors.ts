import type { HttpMethod } from '../requests/types';

// The errors a client throws once a request has been attempted, in the style of ky: a small
// hierarchy, each class with a constant `name` (kept after minification) and a type guard that also
// recognises an error from another copy of this package. A Work Order or argument that fails
// validation throws `WorkOrderError` instead, before anything is sent.

/**
 * Stable code of an {@link ApiError}, from the response's status: `bad_request` (400),
 * `unauthorized` (401), `forbidden` (403), `not_found` (404), `validation_failed` (422),
 * `rate_limited` (429), `server_error` (5xx), `unexpected_status` (any other non-2xx); or from
 * what the client found: `invalid_response` (a 2xx whose body is not what the endpoint returns),
 * `response_too_large` (a body over `maxResponseBytes`), `redirect_refused` (a redirect the client
 * does not follow, e.g. to another origin).
 *
 * @category API client and requests
 */
export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'validation_failed'
  | 'rate_limited'
  | 'server_error'
  | 'unexpected_status'
  | 'invalid_response'
  | 'response_too_large'
  | 'redirect_refused';

/**
 * What every {@link ApiRequestError} says about the request that failed. Never holds the token.
 *
 * @category API client and requests
 */
export interface FailedRequest {
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The full URL, e.g. `https://api-sandbox.dispatch.me/v3/jobs/789`. */
  readonly url: string;
  /** How many times the request was sent, retries and the retry after a token refresh included. */
  readonly attempts: number;
}

/**
 * Base class of the errors a client throws after trying a request: {@link ApiError},
 * {@link ApiTimeoutError} and {@link ApiNetworkError}. Catch it to handle all three.
 *
 * @example
 * try { await client.getJob(789); } catch (error) { if (isApiRequestError(error)) log(error.request.url); }
 *
 * @category API client and requests
 */
export class ApiRequestError extends Error {
  /** `'ApiRequestError'` here; each subclass has its own constant name. */
  override readonly name: string = 'ApiRequestError';
  /** The request that failed. */
  readonly request: FailedRequest;

  constructor(message: string, request: FailedRequest, options?: { cause?: unknown }) {
    super(message, options);
    this.request = request;
  }
}

/**
 * The API answered with an error status, or with an answer the client refuses: a 2xx body that is
 * not what the endpoint returns, a body over `maxResponseBytes`, a redirect it does not follow.
 * `status` and `code` say which; on a 422, `errors` holds the body's `errors`, the platform's
 * details of what failed.
 *
 * @example
 * try {
 *   await client.completeJob(789);
 * } catch (error) {
 *   if (isApiError(error) && error.code === 'validation_failed') console.error(error.errors);
 * }
 *
 * @category API client and requests
 */
export class ApiError extends ApiRequestError {
  /** Always `'ApiError'`, also after minification. */
  override readonly name = 'ApiError';
  /** The HTTP status, e.g. `422`. */
  readonly status: number;
  /** A stable code derived from the status; see {@link ApiErrorCode}. */
  readonly code: ApiErrorCode;
  /** On a 422: the body's `errors` (their shape is the platform's). Otherwise `undefined`. */
  readonly errors: unknown;
  /** The response body: parsed JSON, the raw text when it is not JSON, `null` when empty, `undefined` when not read (`response_too_large`, `redirect_refused`). */
  readonly body: unknown;
  /**
   * The wait the server asked for with `Retry-After`, in milliseconds, when it was longer than the
   * client's `maxRetryDelayMs` (so the client did not wait) or no retry was left. Otherwise `undefined`.
   */
  readonly retryAfterMs: number | undefined;

  constructor(
    message: string,
    request: FailedRequest,
    details: { status: number; code: ApiErrorCode; errors: unknown; body: unknown; retryAfterMs: number | undefined },
  ) {
    super(message, request);
    this.status = details.status;
    this.code = details.code;
    this.errors = details.errors;
    this.body = details.body;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/**
 * No answer came within the client's `timeoutMs` (per attempt), after any retries, or `getToken`
 * gave no token within it (then nothing was sent). For a `POST` the server may still have acted on
 * a request it received: check before sending it again.
 *
 * @example
 * if (isApiTimeoutError(error)) console.error(`no answer within ${error.timeoutMs} ms`);
 *
 * @category API client and requests
 */
export class ApiTimeoutError extends ApiRequestError {
  /** Always `'ApiTimeoutError'`, also after minification. */
  override readonly name = 'ApiTimeoutError';
  /** The time limit of each attempt, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, request: FailedRequest, timeoutMs: number) {
    super(message, request);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The request could not be completed at the network level (connection refused, DNS failure,
 * connection reset…), after any retries. `cause` holds the error `fetch` threw.
 *
 * @example
 * if (isApiNetworkError(error)) console.error('cannot reach Dispatch', error.cause);
 *
 * @category API client and requests
 */
export class ApiNetworkError extends ApiRequestError {
  /** Always `'ApiNetworkError'`, also after minification. */
  override readonly name = 'ApiNetworkError';
}

function named(value: unknown, name: string): boolean {
  return value instanceof Error && value.name === name && typeof (value as { request?: unknown }).request === 'object';
}

/**
 * True when `value` is any error a client throws after trying a request.
 *
 * @example
 * if (isApiRequestError(error)) console.error(error.request.method, error.request.url, error.message);
 *
 * @category API client and requests
 */
export function isApiRequestError(value: unknown): value is ApiRequestError {
  return value instanceof ApiRequestError || isApiError(value) || isApiTimeoutError(value) || isApiNetworkError(value) || named(value, 'ApiRequestError');
}

/**
 * True when `value` is an {@link ApiError}.
 *
 * @example
 * if (isApiError(error) && error.status === 404) return undefined;
 *
 * @category API client and requests
 */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError || (named(value, 'ApiError') && typeof (value as { status?: unknown }).status === 'number');
}

/**
 * True when `value` is an {@link ApiTimeoutError}.
 *
 * @example
 * if (isApiTimeoutError(error)) scheduleLater();
 *
 * @category API client and requests
 */
export function isApiTimeoutError(value: unknown): value is ApiTimeoutError {
  return value instanceof ApiTimeoutError || named(value, 'ApiTimeoutError');
}

/**
 * True when `value` is an {@link ApiNetworkError}.
 *
 * @example
 * if (isApiNetworkError(error)) console.error('network problem', error.cause);
 *
 * @category API client and requests
 */
export function isApiNetworkError(value: unknown): value is ApiNetworkError {
  return value instanceof ApiNetworkError || named(value, 'ApiNetworkError');
}
