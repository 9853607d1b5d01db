import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createClient, isApiTimeoutError } from '../../src';
import { startFakeDispatch, type FakeDispatch } from './support/fake-dispatch';
import { settled } from './support/settled';

// Waits the client must bound: a `getToken` that never settles (shared by every call), and a
// custom `fetch` that ignores the signal it is given. Each test gives the call a generous deadline
// and checks what it came to, so a hang fails the test instead of stalling the suite.

let server: FakeDispatch;
beforeEach(async () => {
  server = await startFakeDispatch();
  server.jobs.set(7, { id: 7, status: 'unscheduled' });
});
afterEach(() => server.close());

const TIMEOUT_MS = 200;
const DEADLINE_MS = 3000;
const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

describe('a getToken that never settles', () => {
  test('fails the call within timeoutMs, sends nothing, and the next call asks getToken again', async () => {
    let calls = 0;
    const client = createClient({
      baseUrl: server.url,
      timeoutMs: TIMEOUT_MS,
      getToken: () => {
        calls += 1;
        return calls === 1 ? never<string>() : server.issueToken();
      },
    });
    const started = performance.now();
    const error = await settled(client.getJob(7), DEADLINE_MS);
    expect(performance.now() - started).toBeLessThan(DEADLINE_MS);
    expect(isApiTimeoutError(error)).toBe(true);
    if (!isApiTimeoutError(error)) return;
    expect([error.timeoutMs, error.request]).toStrictEqual([TIMEOUT_MS, { method: 'GET', url: `${server.url}/v3/jobs/7`, attempts: 0 }]);
    expect(error.message).toBe(`GET ${server.url}/v3/jobs/7 got no token: getToken did not settle within ${TIMEOUT_MS} ms (0 attempts).`);
    expect(server.received).toStrictEqual([]);

    expect(await settled(client.getJob(7), DEADLINE_MS)).toStrictEqual({ id: 7, status: 'unscheduled' });
    expect(calls).toBe(2);
  });

  test('concurrent calls waiting on it all fail, and none of them is sent', async () => {
    const client = createClient({ baseUrl: server.url, timeoutMs: TIMEOUT_MS, getToken: () => never<string>() });
    const outcomes = await settled(Promise.all([client.getJob(7), client.cancelJob(7)].map((call) => call.catch((e: unknown) => e))), DEADLINE_MS);
    expect(Array.isArray(outcomes) && outcomes.map((e) => isApiTimeoutError(e))).toStrictEqual([true, true]);
    expect(server.received).toStrictEqual([]);
  });

  test("the call's signal ends the wait at once, with its reason", async () => {
    const client = createClient({ baseUrl: server.url, getToken: () => never<string>() });
    const controller = new AbortController();
    const pending = client.getJob(7, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user left')), 20);
    expect(await settled(pending, DEADLINE_MS)).toStrictEqual(new Error('user left'));
  });

  test('getToken gets a signal that aborts when its time is up', async () => {
    let aborted: unknown;
    const client = createClient({
      baseUrl: server.url,
      timeoutMs: TIMEOUT_MS,
      getToken: ({ signal }) =>
        new Promise<string>((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            aborted = signal.reason;
            reject(new Error('token request aborted'));
          });
        }),
    });
    const error = await settled(client.getJob(7), DEADLINE_MS);
    expect(isApiTimeoutError(error)).toBe(true);
    expect(aborted).toBeInstanceOf(DOMException);
    expect((aborted as DOMException).name).toBe('TimeoutError');
  });

  test('a refresh after a 401 that never settles fails the call too', async () => {
    let calls = 0;
    const client = createClient({
      baseUrl: server.url,
      token: 'stale',
      timeoutMs: TIMEOUT_MS,
      getToken: () => {
        calls += 1;
        return calls === 1 ? never<string>() : server.issueToken();
      },
    });
    const error = await settled(client.getJob(7), DEADLINE_MS);
    expect(isApiTimeoutError(error) && error.request).toStrictEqual({ method: 'GET', url: `${server.url}/v3/jobs/7`, attempts: 1 });
    expect(await settled(client.getJob(7), DEADLINE_MS)).toStrictEqual({ id: 7, status: 'unscheduled' });
    expect(server.received.map((r) => r.authorization)).toStrictEqual(['Bearer stale', 'Bearer stale', 'Bearer token-1']);
  });
});

describe('a custom fetch that ignores init.signal', () => {
  test('that never answers: ApiTimeoutError after timeoutMs per attempt', async () => {
    let calls = 0;
    const fetch = (): Promise<Response> => {
      calls += 1;
      return never<Response>();
    };
    const client = createClient({ token: 't', fetch, timeoutMs: TIMEOUT_MS, retries: 1, backoff: () => 1 });
    const error = await settled(client.getJob(7), DEADLINE_MS);
    expect(isApiTimeoutError(error) && error.message).toBe(`GET https://api-sandbox.dispatch.me/v3/jobs/7 got no answer within ${TIMEOUT_MS} ms (2 attempts).`);
    expect(calls).toBe(2);
  });

  test('whose body never ends: ApiTimeoutError', async () => {
    const fetch = async (): Promise<Response> => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{')) }), { status: 200 });
    const client = createClient({ token: 't', fetch, timeoutMs: TIMEOUT_MS, retries: 0 });
    expect(isApiTimeoutError(await settled(client.getJob(7), DEADLINE_MS))).toBe(true);
  });

  test("the call's signal still ends the call at once, with its reason", async () => {
    const client = createClient({ token: 't', fetch: () => never<Response>() });
    const controller = new AbortController();
    const pending = client.getJob(7, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('shutting down')), 20);
    expect(await settled(pending, DEADLINE_MS)).toStrictEqual(new Error('shutting down'));
  });
});
