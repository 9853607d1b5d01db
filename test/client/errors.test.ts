import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  ApiError,
  ApiNetworkError,
  ApiRequestError,
  ApiTimeoutError,
  createClient,
  isApiError,
  isApiNetworkError,
  isApiRequestError,
  isApiTimeoutError,
  isWorkOrderError,
} from '../../src';
import { startFakeDispatch, type FakeDispatch } from './support/fake-dispatch';

let server: FakeDispatch;
beforeEach(async () => {
  server = await startFakeDispatch();
  server.jobs.set(7, { id: 7, status: 'canceled' });
});
afterEach(() => server.close());

describe('typed errors', () => {
  test("a 422 carries the body's errors", async () => {
    const client = createClient({ baseUrl: server.url, token: server.issueToken() });
    const error = await client.completeJob(7).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(ApiRequestError);
    if (!isApiError(error)) return;
    expect(error.name).toBe('ApiError');
    expect([error.status, error.code]).toStrictEqual([422, 'validation_failed']);
    expect(error.errors).toStrictEqual({ status: ['cannot change from canceled to complete'] });
    expect(error.body).toStrictEqual({ errors: { status: ['cannot change from canceled to complete'] } });
    expect(error.request).toStrictEqual({ method: 'PATCH', url: `${server.url}/v3/jobs/7`, attempts: 1 });
    expect(error.message).toBe(`PATCH ${server.url}/v3/jobs/7 answered 422 (validation_failed): {"status":["cannot change from canceled to complete"]} (1 attempt).`);
  });

  test('errors is only the 422 body\'s: other statuses leave it undefined', async () => {
    server.failNext({ status: 400, body: { errors: ['bad'] } });
    const client = createClient({ baseUrl: server.url, token: server.issueToken() });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.code, error.errors, error.body]).toStrictEqual(['bad_request', undefined, { errors: ['bad'] }]);
  });

  test.each([
    [403, 'forbidden'],
    [409, 'unexpected_status'],
    [501, 'server_error'],
  ])('status %i has code %s; a body that is not JSON is kept as text', async (status, code) => {
    server.failNext({ status, body: 'plain text' });
    const client = createClient({ baseUrl: server.url, token: server.issueToken(), retries: 0 });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.code, error.body]).toStrictEqual([status, code, 'plain text']);
  });

  test('a GET whose 2xx body is not a JSON object is an invalid_response', async () => {
    const client = createClient({
      baseUrl: 'https://api-sandbox.dispatch.me',
      token: 't',
      fetch: async () => new Response('[1,2]', { status: 200 }),
    });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.code, error.body, error.message]).toStrictEqual([
      200,
      'invalid_response',
      [1, 2],
      'GET https://api-sandbox.dispatch.me/v3/jobs/7 answered 200 with a body that is not a JSON object.',
    ]);
  });

  test('a POST whose 2xx body is not JSON is an invalid_response that warns it may have been created', async () => {
    const client = createClient({ token: 't', fetch: async () => new Response('<html>ok</html>', { status: 201 }) });
    const error = await client.acceptJob(7, { time: '2017-01-01T05:00:00Z', duration: 60 }).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.code, error.body, error.message]).toStrictEqual([
      201,
      'invalid_response',
      '<html>ok</html>',
      'POST https://api-sandbox.dispatch.me/v3/appointments answered 201 with a body that is not JSON. The server accepted the request, so it may have acted on it: check before sending it again.',
    ]);
  });

  test.each([
    [404, { message: 'Job 7 was not found.' }, 'answered 404 (not_found): the server said "Job 7 was not found."'],
    [403, { error: '  Not your account  ' }, 'answered 403 (forbidden): the server said "Not your account"'],
    [400, { message: 'line one\nline two\u001b[2J' }, 'answered 400 (bad_request): the server said "line one\\nline two\\u001b[2J"'],
    [400, { message: 'Job \u202e7 gone\u009b2J\u2028next\u007f' }, 'answered 400 (bad_request): the server said "Job \\u202e7 gone\\u009b2J\\u2028next\\u007f"'],
    [404, { message: 'x'.repeat(400) }, `answered 404 (not_found): the server said "${'x'.repeat(300)}…"`],
    [404, { message: '' }, 'answered 404 (not_found)'],
    [404, { message: 5 }, 'answered 404 (not_found)'],
    [404, ['Job 7 was not found.'], 'answered 404 (not_found)'],
  ])('an error answer %i %j: its message carries the server\'s sentence, escaped and clipped', async (status, body, said) => {
    const client = createClient({ token: 't', retries: 0, fetch: async () => new Response(JSON.stringify(body), { status }) });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.body, error.message]).toStrictEqual([status, body, `GET https://api-sandbox.dispatch.me/v3/jobs/7 ${said} (1 attempt).`]);
  });

  test('an error body that is not JSON is kept as text', async () => {
    const client = createClient({ token: 't', retries: 0, fetch: async () => new Response('<html>Bad Gateway</html>', { status: 502 }) });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.code, error.body]).toStrictEqual(['server_error', '<html>Bad Gateway</html>']);
  });

  test.each([
    ['an Error without a code', new Error('socket hang up'), 'socket hang up'],
    ['a value that is not an Error', 'offline', 'offline'],
  ])('a fetch that throws %s: ApiNetworkError naming it', async (_name, thrown, reason) => {
    const client = createClient({
      token: 't',
      retries: 0,
      fetch: async () => {
        throw thrown;
      },
    });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiNetworkError(error) && [error.message, error.cause]).toStrictEqual([`GET https://api-sandbox.dispatch.me/v3/jobs/7 failed: ${reason} (1 attempt).`, thrown]);
  });

  test('a body that is not a stream of bytes (a custom fetch) is an ApiNetworkError', async () => {
    const strings = new ReadableStream({
      start: (controller) => {
        controller.enqueue('{}');
        controller.close();
      },
    });
    const client = createClient({ token: 't', retries: 0, fetch: async () => new Response(strings) });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiNetworkError(error) && error.message).toBe('GET https://api-sandbox.dispatch.me/v3/jobs/7 failed: the response body is not a stream of bytes (1 attempt).');
  });

  test('an empty 2xx body is null', async () => {
    const client = createClient({ token: 't', fetch: async () => new Response(null, { status: 204 }) });
    expect(await client.cancelJob(7)).toBeNull();
  });

  test('each class has a constant name, and each guard recognises only its own kind', () => {
    const request = { method: 'GET' as const, url: 'https://api-sandbox.dispatch.me/v3/jobs/7', attempts: 1 };
    const api = new ApiError('m', request, { status: 500, code: 'server_error', errors: undefined, body: null, retryAfterMs: undefined });
    const timeout = new ApiTimeoutError('m', request, 100);
    const network = new ApiNetworkError('m', request, { cause: new TypeError('fetch failed') });
    expect([api.name, timeout.name, network.name]).toStrictEqual(['ApiError', 'ApiTimeoutError', 'ApiNetworkError']);
    expect([api, timeout, network].map((e) => [isApiRequestError(e), isApiError(e), isApiTimeoutError(e), isApiNetworkError(e)])).toStrictEqual([
      [true, true, false, false],
      [true, false, true, false],
      [true, false, false, true],
    ]);
    const others = [new Error('x'), new DOMException('t', 'TimeoutError'), new TypeError('fetch failed'), null, 'ApiError', { name: 'ApiError' }];
    for (const other of others) expect([isApiRequestError(other), isApiError(other), isApiTimeoutError(other), isApiNetworkError(other)]).toStrictEqual([false, false, false, false]);
    expect(isWorkOrderError(api)).toBe(false);
  });

  test('the guards recognise an error from another copy of the package by its name and shape', () => {
    const foreign = Object.assign(new Error('m'), { name: 'ApiError', status: 503, request: { method: 'GET', url: 'u', attempts: 1 } });
    expect([isApiError(foreign), isApiRequestError(foreign)]).toStrictEqual([true, true]);
  });
});
