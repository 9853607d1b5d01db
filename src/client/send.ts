/*! dispatch-workorder bundles ky (https://github.com/sindresorhus/ky) into its CommonJS build. ky: MIT License, Copyright (c) Sindre Sorhus <sindresorhus@gmail.com> (https://sindresorhus.com). */
import type { Hooks as KyHooks, Options as KyOptions } from 'ky';
import type { ApiRequest } from '../requests/types';
import { abortable } from './abortable';
import { checkAnswer, type Answer } from './answers';
import type { ApiRequestError, FailedRequest } from './errors';
import { NetworkFailure, networkError, redirectRefused, statusError, timeoutError, tokenTimeoutError, tooLarge } from './failures';
import type { ResolvedClientOptions } from './options';
import { readBody } from './read-body';
import { parseRetryAfter } from './retry-after';
import { TokenTimeout, type TokenSource } from './token-source';

/** @internal What one client needs to send requests. */
export interface Transport {
  readonly options: ResolvedClientOptions;
  readonly tokens: TokenSource;
}

type Ky = typeof import('ky');

// ky is loaded with the first request: importing the library does not load it, nor the `fetch`
// machinery it probes when it loads.
let loading: Promise<Ky> | undefined;
const loadKy = (): Promise<Ky> => (loading ??= import('ky'));

// Statuses worth trying again: rate limited, or the server (or a gateway) failed.
const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
// Statuses whose response has no body (a Response cannot be built with one).
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 204, 205, 304]);
const MAX_REDIRECTS = 5;

/**
 * @internal Sends a built request on ky and returns its answer, checked against `answer`.
 *
 * - ky runs the attempts: the time limit of each (`timeoutMs`, which holds even when `fetch` ignores
 *   its signal), the retry loop and its waits (`retries`, `backoff` capped at `maxRetryDelayMs`),
 *   and the hooks.
 * - The retry decision is this module's ({@link Call.shouldRetry}): a `POST` is retried only when
 *   the server cannot have acted on it (or `retryNonIdempotent`), and a `Retry-After` longer than
 *   `maxRetryDelayMs` is not waited for.
 * - Each attempt ({@link Call.attempt}) adds the token as it is sent, follows only same-origin
 *   redirects that keep the request, and reads the body within `maxResponseBytes`.
 * - After a 401 the token is refreshed once (its wait bounded by `timeoutMs`) and ky runs again
 *   with the retries left.
 *
 * @throws {ApiError | ApiTimeoutError | ApiNetworkError} When the request fails for good.
 * @throws The `signal`'s reason when the caller aborts; whatever `getToken` or a hook throws.
 */
export async function send<T>(transport: Transport, request: ApiRequest, signal: AbortSignal | undefined, answer: Answer<T>): Promise<T> {
  signal?.throwIfAborted();
  return new Call(transport, request, signal, await loadKy()).run(answer);
}

class Call {
  private readonly options: ResolvedClientOptions;
  private readonly url: string;
  private readonly idempotent: boolean;
  private readonly payload: string | undefined;
  private attempts = 0;
  private token = '';
  /** The number of retries made before this run of ky (after a token refresh, the earlier ones). */
  private retriesBefore = 0;
  /** The wait before the next retry when the server asked for one with `Retry-After`. */
  private retryAfterMs: number | undefined;

  constructor(
    private readonly transport: Transport,
    private readonly request: ApiRequest,
    private readonly signal: AbortSignal | undefined,
    private readonly ky: Ky,
  ) {
    this.options = transport.options;
    this.url = this.options.baseUrl + request.path;
    this.idempotent = request.method !== 'POST';
    this.payload = request.body === undefined ? undefined : JSON.stringify(request.body);
  }

  private get failed(): FailedRequest {
    return { method: this.request.method, url: this.url, attempts: this.attempts };
  }

  async run<T>(answer: Answer<T>): Promise<T> {
    const { tokens } = this.transport;
    this.token = await this.waitForToken(tokens.current());
    for (let refreshed = false; ; refreshed = true) {
      const attemptsBefore = this.attempts;
      try {
        const response = await this.ky.default(this.url, this.kyOptions(this.options.retries - this.retriesBefore));
        return checkAnswer(answer, await response.text(), response.status, this.failed);
      } catch (error) {
        if (!refreshed && tokens.canRefresh && error instanceof this.ky.HTTPError && error.response.status === 401) {
          this.retriesBefore += this.attempts - attemptsBefore - 1;
          this.token = await this.waitForToken(tokens.refresh(this.token));
          continue;
        }
        throw await this.typed(error, true);
      }
    }
  }

  private async waitForToken(pending: Promise<string>): Promise<string> {
    try {
      return await abortable(pending, this.signal);
    } catch (error) {
      throw error instanceof TokenTimeout ? tokenTimeoutError(this.failed, this.options.timeoutMs) : error;
    }
  }

  private kyOptions(retries: number): KyOptions {
    const { options } = this;
    const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
    if (this.payload !== undefined) headers['content-type'] = 'application/json';
    return {
      method: this.request.method,
      headers,
      ...(this.payload === undefined ? {} : { body: this.payload }),
      ...(this.signal === undefined ? {} : { signal: this.signal }),
      timeout: options.timeoutMs,
      fetch: (input) => this.attempt(input as Request),
      retry: {
        limit: retries,
        methods: ['get', 'patch', 'post'],
        shouldRetry: ({ error }) => this.shouldRetry(error),
        delay: (retry) => this.retryAfterMs ?? this.backoff(this.retriesBefore + retry),
        backoffLimit: options.maxRetryDelayMs,
      },
      hooks: this.hooks(),
    };
  }

  /** Whether to retry after `error`; also notes the `Retry-After` to wait. */
  private shouldRetry(error: Error): boolean {
    const { options } = this;
    this.retryAfterMs = undefined;
    if (this.signal?.aborted === true) return false;
    if (error instanceof this.ky.HTTPError) {
      const { status, headers } = error.response;
      if (!RETRY_STATUSES.has(status)) return false;
      // A 429 was refused unread; a 5xx may come after the server acted on a POST.
      if (!this.idempotent && status !== 429 && !options.retryNonIdempotent) return false;
      const wait = parseRetryAfter(headers.get('retry-after'), Date.now());
      if (wait !== undefined && wait > options.maxRetryDelayMs) return false;
      this.retryAfterMs = wait;
      return true;
    }
    if (error instanceof this.ky.TimeoutError) return this.idempotent || options.retryNonIdempotent;
    if (error instanceof NetworkFailure) return this.idempotent || options.retryNonIdempotent || !error.sent;
    return false; // the client's own ApiErrors (refused answers), and whatever a hook threw
  }

  private backoff(retry: number): number {
    const wait = this.options.backoff(retry);
    if (typeof wait !== 'number' || Number.isNaN(wait)) throw new TypeError(`dispatch-workorder: "backoff" must return a number of milliseconds, got ${String(wait)}.`);
    return Math.max(0, wait);
  }

  /**
   * One attempt, as ky's `fetch`: sends `request` with the token, follows same-origin redirects that
   * keep the request, and returns the response with its body read (so `timeoutMs` covers the body).
   */
  private async attempt(request: Request): Promise<Response> {
    this.attempts += 1;
    const { signal } = request;
    const headers = Object.fromEntries(request.headers);
    headers['authorization'] = `Bearer ${this.token}`;
    const init: RequestInit = { method: request.method, headers, redirect: 'manual', signal };
    if (this.payload !== undefined) init.body = this.payload;

    let target = request.url;
    let response: Response;
    for (let redirects = 0; ; redirects += 1) {
      response = await this.guard(signal, () => this.options.fetch(target, init));
      if (response.type !== 'opaqueredirect' && !REDIRECT_STATUSES.has(response.status)) break;
      void response.body?.cancel().catch(() => undefined);
      target = this.redirectTarget(response, target, redirects);
    }
    const bytes = await this.guard(signal, () => readBody(response, this.options.maxResponseBytes, signal));
    if (bytes === undefined) throw tooLarge(this.failed, response.status, this.options.maxResponseBytes);
    const body = NULL_BODY_STATUSES.has(response.status) ? null : bytes;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  }

  /** Runs a step of an attempt: ends at once on abort; a failure that is not an abort is a {@link NetworkFailure}. */
  private async guard<T>(signal: AbortSignal, step: () => Promise<T>): Promise<T> {
    signal.throwIfAborted(); // e.g. by a beforeRequest hook: nothing is sent
    try {
      return await abortable(Promise.resolve().then(step), signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw new NetworkFailure(error);
    }
  }

  /**
   * Where a redirect leads, when the client follows it: within the same origin, keeping the method
   * and body (307, 308, or any redirect of a GET), at most {@link MAX_REDIRECTS} in a row.
   *
   * @throws {ApiError} `redirect_refused` for any other.
   */
  private redirectTarget(response: Response, from: string, redirects: number): string {
    const { status } = response;
    if (response.type === 'opaqueredirect') throw redirectRefused(this.failed, status, 'that fetch did not show (an opaque redirect)');
    const location = response.headers.get('location');
    if (location === null || !URL.canParse(location, from)) throw redirectRefused(this.failed, status, 'without a valid Location');
    const next = new URL(location, from);
    if (next.origin !== new URL(from).origin) throw redirectRefused(this.failed, status, `to ${next.href}, another origin`, ', so nothing was sent there');
    if (this.request.method !== 'GET' && status !== 307 && status !== 308) {
      throw redirectRefused(this.failed, status, `to ${next.href} that would change the request into a GET`);
    }
    if (redirects === MAX_REDIRECTS) throw redirectRefused(this.failed, status, `to ${next.href} after ${MAX_REDIRECTS} redirects`);
    return next.href;
  }

  /** ky's hooks, calling the client's. */
  private hooks(): KyHooks {
    const { beforeRequest, beforeRetry, afterResponse } = this.options.hooks;
    return {
      beforeRequest: [
        async (request) => {
          for (const hook of beforeRequest) await hook({ request, attempt: this.attempts + 1 });
        },
      ],
      afterResponse: [
        async (request, _options, response) => {
          for (const hook of afterResponse) await hook({ request, response: response.clone(), attempt: this.attempts });
        },
      ],
      beforeRetry: [
        async ({ request, error, retryCount }) => {
          if (beforeRetry.length === 0) return;
          // Only what `shouldRetry` retries gets here (an HTTP status, a timeout, a network failure), all typed.
          const typed = (await this.typed(error, false)) as ApiRequestError;
          for (const hook of beforeRetry) await hook({ request, error: typed, retryCount: this.retriesBefore + retryCount, attempt: this.attempts + 1 });
        },
      ],
    };
  }

  /**
   * The typed error of what ky threw; anything else (an abort reason, a hook's error) as it is. A
   * final `ApiError` carries the `Retry-After` the client did not wait for.
   */
  private async typed(error: unknown, final: boolean): Promise<unknown> {
    if (error instanceof this.ky.HTTPError) {
      const { status, headers } = error.response;
      const retryAfterMs = final ? parseRetryAfter(headers.get('retry-after'), Date.now()) : undefined;
      return statusError(this.failed, status, await error.response.clone().text(), retryAfterMs);
    }
    if (error instanceof this.ky.TimeoutError) return timeoutError(this.failed, this.options.timeoutMs);
    if (error instanceof NetworkFailure) return networkError(this.failed, error);
    return error;
  }
}
