import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createClient, isApiError } from '../../src';
import { clientCredentials, startFakeDispatch, type FakeDispatch } from './support/fake-dispatch';

let server: FakeDispatch;
beforeEach(async () => {
  server = await startFakeDispatch();
  server.jobs.set(7, { id: 7, status: 'unscheduled' });
});
afterEach(() => server.close());

const summary = () => server.received.map((r) => `${r.method} ${r.path} ${r.authorization ?? '-'}`);

describe('bearer token', () => {
  test('a static token is sent as the bearer token', async () => {
    const token = server.issueToken();
    const client = createClient({ baseUrl: server.url, token });
    expect(await client.getJob(7)).toStrictEqual({ id: 7, status: 'unscheduled' });
    expect(summary()).toStrictEqual(['GET /v3/jobs/7 Bearer token-1']);
  });

  test('getToken is called once for many requests', async () => {
    const getToken = vi.fn(clientCredentials(server));
    const client = createClient({ baseUrl: server.url, getToken });
    await Promise.all([client.getJob(7), client.getJob(7), client.getJob(7)]);
    await client.getJob(7);
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(summary()).toStrictEqual(['POST /v3/oauth/token -', ...Array(4).fill('GET /v3/jobs/7 Bearer token-1')]);
  });

  test('on a 401 (expired token) a new token is fetched once and the request sent again', async () => {
    const client = createClient({ baseUrl: server.url, getToken: clientCredentials(server) });
    await client.getJob(7);
    server.expire('token-1');
    expect(await client.cancelJob(7)).toStrictEqual({ id: 7, status: 'canceled' });
    expect(summary()).toStrictEqual([
      'POST /v3/oauth/token -',
      'GET /v3/jobs/7 Bearer token-1',
      'PATCH /v3/jobs/7 Bearer token-1',
      'POST /v3/oauth/token -',
      'PATCH /v3/jobs/7 Bearer token-2',
    ]);
  });

  test('a 401 on a POST is retried after the refresh too: the server refused it unread', async () => {
    const client = createClient({ baseUrl: server.url, token: 'stale', getToken: clientCredentials(server) });
    await client.acceptJob(7, { time: '2017-01-01T05:00:00Z', duration: 1800 });
    expect(summary()).toStrictEqual(['POST /v3/appointments Bearer stale', 'POST /v3/oauth/token -', 'POST /v3/appointments Bearer token-1']);
    expect(server.appointments.size).toBe(1);
  });

  test('concurrent 401s share one refresh', async () => {
    const getToken = vi.fn(clientCredentials(server));
    const client = createClient({ baseUrl: server.url, getToken });
    await client.getJob(7);
    server.expire('token-1');
    await Promise.all([client.getJob(7), client.getJob(7), client.getJob(7)]);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(summary().filter((s) => s.endsWith('token-2'))).toHaveLength(3);
  });

  test('the refresh happens once: a second 401 is an ApiError', async () => {
    const getToken = vi.fn(async () => 'never-valid');
    const client = createClient({ baseUrl: server.url, getToken });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect([error.status, error.code, error.request.attempts]).toStrictEqual([401, 'unauthorized', 2]);
    expect(error.body).toStrictEqual({ error: 'invalid_token', error_description: 'The access token is missing, expired or invalid.' });
    expect(error.message).toBe(`GET ${server.url}/v3/jobs/7 answered 401 (unauthorized): the bearer token was refused (expired or wrong) (2 attempts).`);
    expect(error.message).not.toContain('never-valid');
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  test('a static token without getToken: a 401 is final', async () => {
    const client = createClient({ baseUrl: server.url, token: 'wrong' });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.request.attempts]).toStrictEqual([401, 1]);
    expect(summary()).toStrictEqual(['GET /v3/jobs/7 Bearer wrong']);
  });

  test('getToken failing rejects the call with its error, and the next call asks again', async () => {
    let calls = 0;
    const client = createClient({
      baseUrl: server.url,
      getToken: async () => {
        calls += 1;
        if (calls === 1) throw new Error('token service down');
        return server.issueToken();
      },
    });
    await expect(client.getJob(7)).rejects.toThrow('token service down');
    expect(await client.getJob(7)).toStrictEqual({ id: 7, status: 'unscheduled' });
    expect(summary()).toStrictEqual(['GET /v3/jobs/7 Bearer token-1']);
  });

  test('getToken returning something that is not a token is a TypeError, and nothing is sent', async () => {
    const client = createClient({ baseUrl: server.url, getToken: () => 'two words' });
    await expect(client.getJob(7)).rejects.toThrow(new TypeError('dispatch-workorder: the value getToken returned must be a non-empty bearer token of printable characters without spaces, got a string that is not.'));
    expect(server.received).toStrictEqual([]);
  });
});
