import type { ApiRequestError } from './errors';

// The hooks a client runs around its requests, for logging, tracing and metrics. They are the
// hooks users of fetch clients know (ky's names), with one context object each. They observe:
// what a hook returns is ignored, and a hook that throws rejects the call with its error.

/**
 * What every hook is told about the attempt.
 *
 * @category API client and requests
 */
export interface HookContext {
  /**
   * The request of this attempt, without its `Authorization` header (the token is added as it is
   * sent and is never shown to a hook). A `beforeRequest` hook may set headers on it.
   */
  readonly request: Request;
  /** The attempt's number in the call, from 1: retries and the attempt after a token refresh count. */
  readonly attempt: number;
}

/**
 * What an {@link AfterResponseHook} is told: the attempt and its response.
 *
 * @category API client and requests
 */
export interface AfterResponseContext extends HookContext {
  /**
   * A copy of the response, error statuses included (its body is read already, within
   * `maxResponseBytes`; read it again with `response.json()` or `response.text()`).
   */
  readonly response: Response;
}

/**
 * What a {@link BeforeRetryHook} is told: the failed attempt, its error, and the retry to come.
 *
 * @category API client and requests
 */
export interface BeforeRetryContext extends HookContext {
  /** Why the attempt failed: the error the call would throw if it were not retried. */
  readonly error: ApiRequestError;
  /** The number of the retry about to be sent, from 1. */
  readonly retryCount: number;
}

/**
 * Runs before each attempt is sent, e.g. to add a trace header: `request.headers.set('traceparent', id)`.
 *
 * @example
 * const trace: BeforeRequestHook = ({ request, attempt }) => request.headers.set('x-attempt', String(attempt));
 *
 * @category API client and requests
 */
export type BeforeRequestHook = (context: HookContext) => void | Promise<void>;

/**
 * Runs after each response arrives, before it is checked, whatever its status.
 *
 * @example
 * const log: AfterResponseHook = ({ request, response }) => console.info(request.method, request.url, response.status);
 *
 * @category API client and requests
 */
export type AfterResponseHook = (context: AfterResponseContext) => void | Promise<void>;

/**
 * Runs before a retry is sent (after the wait), with the error of the attempt that failed.
 *
 * @example
 * const warn: BeforeRetryHook = ({ error, retryCount }) => console.warn(`retry ${retryCount}: ${error.message}`);
 *
 * @category API client and requests
 */
export type BeforeRetryHook = (context: BeforeRetryContext) => void | Promise<void>;

/**
 * Hooks of a client (the `hooks` option of `createClient`): each a list of functions, run in order and awaited.
 *
 * @category API client and requests
 */
export interface ClientHooks {
  /** Before each attempt is sent. */
  readonly beforeRequest?: readonly BeforeRequestHook[];
  /** Before each retry is sent. */
  readonly beforeRetry?: readonly BeforeRetryHook[];
  /** After each response arrives. */
  readonly afterResponse?: readonly AfterResponseHook[];
}
