import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createClient, isApiError, type ApiRequestError, type ClientHooks } from '../../src';
import { startFakeDispatch, type FakeDispatch } from './support/fake-dispatch';

let server: FakeDispatch;
beforeEach(async () => {
  server = await startFakeDispatch();
  server.jobs.set(7, { id: 7, status: 'unscheduled' });
});
afterEach(() => server.close());

const client = (hooks: ClientHooks) => createClient({ baseUrl: server.url, token: server.issueToken(), backoff: () => 1, hooks });

describe('hooks', () => {
  test('beforeRequest runs before every attempt and may set headers; it never sees the token', async () => {
    const seen: (string | null)[] = [];
    server.failNext({ status: 503 });
    await client({
      beforeRequest: [
        ({ request, attempt }) => {
          seen.push(request.headers.get('authorization'));
          request.headers.set('x-trace', `trace-${attempt}`);
        },
      ],
    }).getJob(7);
    expect(server.received.map((r) => [r.headers['x-trace'], r.authorization])).toStrictEqual([
      ['trace-1', 'Bearer token-1'],
      ['trace-2', 'Bearer token-1'],
    ]);
    expect(seen).toStrictEqual([null, null]);
  });

  test('beforeRetry gets the typed error of the attempt that failed and the retry number', async () => {
    const retries: [string, number | undefined, number, string][] = [];
    server.failNext({ status: 503 }, 2);
    await client({
      beforeRetry: [({ request, error, retryCount }) => void retries.push([error.name, isApiError(error) ? error.status : undefined, retryCount, `${request.method} ${request.url}`])],
    }).getJob(7);
    expect(retries).toStrictEqual([
      ['ApiError', 503, 1, `GET ${server.url}/v3/jobs/7`],
      ['ApiError', 503, 2, `GET ${server.url}/v3/jobs/7`],
    ]);
  });

  test('afterResponse sees every response, error statuses and the one after a token refresh included', async () => {
    const statuses: [number, number][] = [];
    const refreshing = createClient({
      baseUrl: server.url,
      token: 'stale',
      getToken: () => server.issueToken(),
      backoff: () => 1,
      hooks: { afterResponse: [({ response, attempt }) => void statuses.push([attempt, response.status])] },
    });
    server.failNext({ status: 503 });
    expect(await refreshing.getJob(7)).toStrictEqual({ id: 7, status: 'unscheduled' });
    expect(statuses).toStrictEqual([
      [1, 503],
      [2, 401],
      [3, 200],
    ]);
  });

  test('several hooks run in order, async ones awaited', async () => {
    const order: string[] = [];
    await client({
      beforeRequest: [
        async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          order.push('a');
        },
        () => void order.push('b'),
      ],
    }).getJob(7);
    expect(order).toStrictEqual(['a', 'b']);
  });

  test('a hook that throws rejects the call with its error, and nothing is retried', async () => {
    const failing = client({
      beforeRequest: [
        () => {
          throw new Error('tracing is down');
        },
      ],
    });
    await expect(failing.getJob(7)).rejects.toThrow('tracing is down');
    expect(server.received).toStrictEqual([]);

    const afterFailing = client({
      afterResponse: [
        () => {
          throw new Error('log full');
        },
      ],
    });
    await expect(afterFailing.getJob(7)).rejects.toThrow('log full');
    expect(server.received).toHaveLength(1);
  });

  test("a hook that aborts the call's signal ends the call with its reason, and nothing is sent", async () => {
    const controller = new AbortController();
    const aborting = client({ beforeRequest: [() => controller.abort(new Error('cancelled by the hook'))] });
    await expect(aborting.getJob(7, { signal: controller.signal })).rejects.toThrow('cancelled by the hook');
    expect(server.received).toStrictEqual([]);
  });

  test('the error beforeRetry gets is the one the call would throw', async () => {
    let seen: ApiRequestError | undefined;
    server.failNext({ status: 500, body: { error: 'boom' } }, 3);
    const error = await client({ beforeRetry: [({ error: e }) => void (seen = e)] })
      .getJob(7)
      .catch((e: unknown) => e);
    expect(isApiError(seen) && [seen.status, seen.body, seen.request.attempts]).toStrictEqual([500, { error: 'boom' }, 2]);
    expect(isApiError(error) && [error.status, error.body, error.request.attempts]).toStrictEqual([500, { error: 'boom' }, 3]);
  });
});
