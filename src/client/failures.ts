import { isRecord } from '../_lib/is-record';
import { escapeControlCharacters } from '../issues/format-issue';
import { ApiError, ApiNetworkError, ApiTimeoutError, type ApiErrorCode, type FailedRequest } from './errors';

// The typed errors of a failed request, with messages that say what happened, how many attempts
// were made, and whether the server may have acted on a `POST`. Never given the token.

// Codes of a connection that was never made, so the request never reached the server.
const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

const MAY_HAVE_ACTED = ' The server may have acted on it: check before sending it again.';
const ACCEPTED = ' The server accepted the request, so it may have acted on it: check before sending it again.';

/** @internal What `fetch` threw (not an abort): `sent` is false when the connection was never made. */
export class NetworkFailure extends Error {
  override readonly name = 'NetworkFailure';
  /** False when the request cannot have reached the server (connection refused, host not found…). */
  readonly sent: boolean;

  constructor(cause: unknown) {
    super('fetch failed', { cause });
    const code = (cause as { cause?: { code?: unknown } } | null)?.cause?.code;
    this.sent = !(typeof code === 'string' && NOT_SENT_CODES.has(code));
  }
}

/** @internal `1 attempt`, `3 attempts`. */
export function describeAttempts(attempts: number): string {
  return attempts === 1 ? '1 attempt' : `${attempts} attempts`;
}

/** The hint for a 2xx answer to a `POST` that the client cannot return: the server acted on it. */
function acceptedHint(request: FailedRequest, status: number): string {
  return request.method === 'POST' && status >= 200 && status < 300 ? ACCEPTED : '';
}

/** @internal The API answered an error status: `ApiError` with the code of the status and the parsed body. */
export function statusError(request: FailedRequest, status: number, text: string, retryAfterMs: number | undefined): ApiError {
  const body = parseBody(text);
  const code = codeOf(status);
  const errors = status === 422 && typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
  let detail = '';
  if (errors !== undefined) detail = `: ${clip(JSON.stringify(errors))}`;
  else if (status === 401) detail = ': the bearer token was refused (expired or wrong)';
  else {
    const said = serverMessage(body);
    if (said !== undefined) detail = `: the server said ${escapeControlCharacters(JSON.stringify(clip(said)))}`; // safe to log and print
    if (retryAfterMs !== undefined) detail += `${detail === '' ? ':' : ';'} the server asked to wait ${Math.ceil(retryAfterMs / 1000)} s before trying again`;
  }
  return new ApiError(`${request.method} ${request.url} answered ${status} (${code})${detail} (${describeAttempts(request.attempts)}).`, request, {
    status,
    code,
    errors,
    body,
    retryAfterMs,
  });
}

/** @internal A 2xx answer that is not what the endpoint returns: `ApiError` `invalid_response`. */
export function invalidAnswer(request: FailedRequest, status: number, body: unknown, what: string): ApiError {
  return refused(request, status, 'invalid_response', `answered ${status} with ${what}.${acceptedHint(request, status)}`, body);
}

/** @internal A body over `maxResponseBytes`: `ApiError` `response_too_large`. */
export function tooLarge(request: FailedRequest, status: number, maxBytes: number): ApiError {
  const what = `answered ${status} with a body over ${maxBytes} bytes (maxResponseBytes): not read further (${describeAttempts(request.attempts)}).`;
  return refused(request, status, 'response_too_large', `${what}${acceptedHint(request, status)}`, undefined);
}

/** @internal A redirect the client does not follow: `ApiError` `redirect_refused`. */
export function redirectRefused(request: FailedRequest, status: number, redirect: string, consequence = ''): ApiError {
  const answered = status === 0 ? 'answered' : `answered ${status}`;
  const what = `${answered} with a redirect ${redirect}: not followed${consequence} (${describeAttempts(request.attempts)}). Check "baseUrl".`;
  return refused(request, status, 'redirect_refused', what, undefined);
}

function refused(request: FailedRequest, status: number, code: ApiErrorCode, what: string, body: unknown): ApiError {
  return new ApiError(`${request.method} ${request.url} ${what}`, request, { status, code, errors: undefined, body, retryAfterMs: undefined });
}

/** @internal No answer within `timeoutMs`. */
export function timeoutError(request: FailedRequest, timeoutMs: number): ApiTimeoutError {
  const hint = request.method === 'POST' ? MAY_HAVE_ACTED : '';
  return new ApiTimeoutError(`${request.method} ${request.url} got no answer within ${timeoutMs} ms (${describeAttempts(request.attempts)}).${hint}`, request, timeoutMs);
}

/** @internal `getToken` did not settle within `timeoutMs`: the request was not sent (again). */
export function tokenTimeoutError(request: FailedRequest, timeoutMs: number): ApiTimeoutError {
  return new ApiTimeoutError(`${request.method} ${request.url} got no token: getToken did not settle within ${timeoutMs} ms (${describeAttempts(request.attempts)}).`, request, timeoutMs);
}

/** @internal The network failed. */
export function networkError(request: FailedRequest, failure: NetworkFailure): ApiNetworkError {
  const hint = request.method === 'POST' && failure.sent ? MAY_HAVE_ACTED : '';
  return new ApiNetworkError(`${request.method} ${request.url} failed: ${reason(failure.cause)} (${describeAttempts(request.attempts)}).${hint}`, request, { cause: failure.cause });
}

/** @internal A body as JSON, the raw text when it is not JSON, or `null` when empty. */
export function parseBody(text: string): unknown {
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

function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The sentence of an error body `{ "message": "…" }` (or `"error"`), when it has one. */
function serverMessage(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  for (const key of ['message', 'error']) {
    const value = body[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
