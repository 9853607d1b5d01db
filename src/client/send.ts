import type { ApiRequest } from '../requests/types';
import { ApiError, ApiNetworkError, ApiTimeoutError, type ApiErrorCode, type FailedRequest } from './errors';
import type { ResolvedClientOptions } from './options';
import { parseRetryAfter } from './retry-after';
import type { TokenSource } from './token-source';

/** @internal What one client needs to send requests. */
export interface Transport extends ResolvedClientOptions {
  readonly tokens: TokenSource;
}

// Statuses worth trying again: rate limited, or the server (or a gateway) failed.
const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
// Codes of a connection that was never made, so the request never reached the server.
const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** @internal What a successful body must be: any JSON (or empty), or a JSON object (a record). */
export type Expect = 'json' | 'object';

type Attempt =
  | { readonly kind: 'response'; readonly status: number; readonly headers: Headers; readonly text: string }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'network'; readonly error: unknown; readonly sent: boolean };

/**
 * @internal Sends a built request and returns the parsed body (`null` when empty). Sends the bearer
 * token; after a 401 it gets a new token once and sends again; retries a 429, a 5xx, a timeout or a
 * network error up to `retries` times, waiting `Retry-After` or the backoff, but a `POST` only when
 * it cannot have reached the server (or `retryNonIdempotent` is set).
 *
 * @throws {ApiError | ApiTimeoutError | ApiNetworkError} When the request fails for good.
 * @throws The `signal`'s reason when the caller aborts; whatever `getToken` throws.
 */
export async function send(transport: Transport, request: ApiRequest, signal: AbortSignal | undefined, expect: Expect = 'json'): Promise<unknown> {
  signal?.throwIfAborted();
  const url = transport.baseUrl + request.path;
  const idempotent = request.method !== 'POST';
  const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
  let token = await transport.tokens.current();
  let refreshed = false;
  let retriesLeft = transport.retries;
  let attempts = 0;

  for (;;) {
    attempts += 1;
    const failed: FailedRequest = { method: request.method, url, attempts };
    const outcome = await attempt(transport, request, url, token, payload, signal);

    let error: ApiError | ApiTimeoutError | ApiNetworkError;
    let retryable: boolean;
    let delay: number | undefined;
    if (outcome.kind === 'response') {
      if (outcome.status >= 200 && outcome.status < 300) return parseSuccess(outcome, failed, expect);
      if (outcome.status === 401 && !refreshed && transport.tokens.canRefresh) {
        refreshed = true;
        token = await transport.tokens.refresh(token);
        continue;
      }
      const retryAfterMs = parseRetryAfter(outcome.headers.get('retry-after'), Date.now());
      retryable = RETRY_STATUSES.has(outcome.status) && (idempotent || outcome.status === 429 || transport.retryNonIdempotent);
      const tooLong = retryAfterMs !== undefined && retryAfterMs > transport.maxRetryDelayMs;
      const final = !retryable || retriesLeft === 0 || tooLong;
      error = apiError(outcome, failed, final ? retryAfterMs : undefined);
      if (final) throw error;
      delay = retryAfterMs;
    } else if (outcome.kind === 'timeout') {
      const mayDuplicate = idempotent ? '' : ' The server may have acted on it: check before sending it again.';
      error = new ApiTimeoutError(`${request.method} ${url} got no answer within ${transport.timeoutMs} ms (${describeAttempts(attempts)}).${mayDuplicate}`, failed, transport.timeoutMs);
      retryable = idempotent || transport.retryNonIdempotent;
    } else {
      const mayDuplicate = idempotent || !outcome.sent ? '' : ' The server may have acted on it: check before sending it again.';
      error = new ApiNetworkError(`${request.method} ${url} failed: ${reason(outcome.error)} (${describeAttempts(attempts)}).${mayDuplicate}`, failed, { cause: outcome.error });
      retryable = idempotent || !outcome.sent || transport.retryNonIdempotent;
    }
    if (!retryable || retriesLeft === 0) throw error;
    retriesLeft -= 1;
    const retry = transport.retries - retriesLeft;
    await sleep(delay ?? backoffDelay(transport, retry), signal);
  }
}

async function attempt(transport: Transport, request: ApiRequest, url: string, token: string, payload: string | undefined, signal: AbortSignal | undefined): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, transport.timeoutMs);
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const headers: Record<string, string> = { ...transport.headers, accept: 'application/json', authorization: `Bearer ${token}` };
  if (payload !== undefined) headers['content-type'] = 'application/json';
  try {
    const init: RequestInit = { method: request.method, headers, signal: controller.signal };
    if (payload !== undefined) init.body = payload;
    const response = await transport.fetch(url, init);
    // The time limit covers the body too: a server that stalls midway times out.
    const text = await response.text();
    return { kind: 'response', status: response.status, headers: response.headers, text };
  } catch (error) {
    if (signal?.aborted === true) throw signal.reason;
    if (timedOut) return { kind: 'timeout' };
    return { kind: 'network', error, sent: !neverSent(error) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function parseSuccess(outcome: Extract<Attempt, { kind: 'response' }>, failed: FailedRequest, expect: Expect): unknown {
  let body: unknown = null;
  let readable = true;
  if (outcome.text.trim() !== '') {
    try {
      body = JSON.parse(outcome.text) as unknown;
    } catch {
      body = outcome.text;
      readable = false;
    }
  }
  if (readable && (expect === 'json' || (typeof body === 'object' && body !== null && !Array.isArray(body)))) return body;
  const what = readable ? 'a body that is not a JSON object' : 'a body that is not JSON';
  const hint = failed.method === 'POST' ? ' The server accepted the request, so it may have acted on it: check before sending it again.' : '';
  throw new ApiError(`${failed.method} ${failed.url} answered ${outcome.status} with ${what}.${hint}`, failed, {
    status: outcome.status,
    code: 'invalid_response',
    errors: undefined,
    body,
    retryAfterMs: undefined,
  });
}

function apiError(outcome: Extract<Attempt, { kind: 'response' }>, failed: FailedRequest, retryAfterMs: number | undefined): ApiError {
  const body = parseErrorBody(outcome.text);
  const code = codeOf(outcome.status);
  const errors = outcome.status === 422 && typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
  let detail = '';
  if (errors !== undefined) detail = `: ${clip(JSON.stringify(errors))}`;
  else if (outcome.status === 401) detail = ': the bearer token was refused (expired or wrong)';
  else if (retryAfterMs !== undefined) detail = `: the server asked to wait ${Math.ceil(retryAfterMs / 1000)} s before trying again`;
  return new ApiError(`${failed.method} ${failed.url} answered ${outcome.status} (${code})${detail} (${describeAttempts(failed.attempts)}).`, failed, {
    status: outcome.status,
    code,
    errors,
    body,
    retryAfterMs,
  });
}

function parseErrorBody(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function codeOf(status: number): ApiErrorCode {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 422:
      return 'validation_failed';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 && status < 600 ? 'server_error' : 'unexpected_status';
  }
}

function backoffDelay(transport: Transport, retry: number): number {
  const wait = transport.backoff(retry);
  if (typeof wait !== 'number' || Number.isNaN(wait)) throw new TypeError(`dispatch-workorder: "backoff" must return a number of milliseconds, got ${String(wait)}.`);
  return Math.min(Math.max(0, wait), transport.maxRetryDelayMs);
}

function neverSent(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' && NOT_SENT_CODES.has(cause.code);
}

function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (error instanceof Error) return error.message;
  return String(error);
}

function describeAttempts(attempts: number): string {
  return attempts === 1 ? '1 attempt' : `${attempts} attempts`;
}

function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
