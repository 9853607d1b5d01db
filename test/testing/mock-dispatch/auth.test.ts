import { describe, expect, test } from 'vitest';
import { isApiError } from '../../../src/index';
import { adapters, useMock } from './support/adapters';
import { workOrder } from './support/payloads';

// Bearer tokens: required on every call, valid per the `tokens` option, and expired on demand so
// that a client's refresh can be tested.

describe.each(adapters)('$name', (adapter) => {
  describe('with the default tokens (any non-empty one)', () => {
    const h = useMock(adapter);

    test('a request without a bearer token is a 401 on every route, and does nothing', async () => {
      for (const [method, path] of [['POST', '/v3/workorder'], ['GET', '/v3/jobs/1'], ['PATCH', '/v3/jobs/1'], ['POST', '/v3/appointments'], ['GET', '/v3/nothing']] as const) {
        const answer = await h.call(method, path, { token: null, ...(method === 'GET' ? {} : { body: workOrder() }) });
        expect(answer).toMatchObject({ status: 401, body: { message: 'Send an OAuth2 bearer token: "Authorization: Bearer <token>".' } });
        expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      }
      expect(h.mock.records.jobs).toEqual([]);
    });

    test('another scheme, or "Bearer" without a token, is a 401', async () => {
      for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer  ', 'token abc']) {
        const response = await fetch(`${h.baseUrl}/v3/jobs/1`, { headers: { authorization } });
        expect(response.status).toBe(401);
      }
      expect((await fetch(`${h.baseUrl}/v3/jobs/1`, { headers: { authorization: 'bearer any-token' } })).status).toBe(404);
    });

    test('expireToken() expires the last accepted token: it gets 401 from then on, a new one works', async () => {
      expect((await h.call('GET', '/v3/jobs/1', { token: 'first' })).status).toBe(404);
      h.mock.expireToken();
      const refused = await h.call('GET', '/v3/jobs/1', { token: 'first' });
      expect(refused).toMatchObject({ status: 401, body: { message: 'The bearer token has expired: get a new one.' } });
      expect(refused.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect((await h.call('GET', '/v3/jobs/1', { token: 'first' })).status).toBe(401);
      expect((await h.call('GET', '/v3/jobs/1', { token: 'second' })).status).toBe(404);
    });

    test('expireToken(token) expires that token; reset() forgets expired tokens', async () => {
      h.mock.expireToken('old');
      expect((await h.call('GET', '/v3/jobs/1', { token: 'old' })).status).toBe(401);
      h.mock.reset();
      expect((await h.call('GET', '/v3/jobs/1', { token: 'old' })).status).toBe(404);
    });

    test('expireToken() before any accepted request is a caller mistake', () => {
      expect(() => h.mock.expireToken()).toThrow(
        new TypeError('dispatch-workorder: expireToken() expires the token of the last request the mock accepted, and none has been accepted yet: pass the token to expire.'),
      );
    });

    test('the client gets a new token once after the 401 and sends the request again', async () => {
      let issued = 0;
      const getToken = () => `token-${(issued += 1)}`;
      const client = h.client({ token: undefined, getToken } as never);
      const { job_id: id } = await client.createWorkOrder(workOrder());
      h.mock.expireToken();
      expect(await client.completeJob(id)).toMatchObject({ id, status: 'complete' });
      expect(h.mock.received.map((r) => [r.status, r.headers['authorization']])).toEqual([
        [201, 'Bearer token-1'],
        [401, 'Bearer token-1'],
        [200, 'Bearer token-2'],
      ]);
    });

    test('a client that sends the expired token again fails with unauthorized', async () => {
      const client = h.client({ token: undefined, getToken: () => 'same-token' } as never);
      await client.getJob(1).catch(() => undefined);
      h.mock.expireToken();
      const error = await client.getJob(1).catch((e: unknown) => e);
      expect(isApiError(error) && [error.status, error.code, error.request.attempts]).toEqual([401, 'unauthorized', 2]);
    });
  });

  test('the tokens option: a list', async () => {
    const h = await adapter.start({ tokens: ['good'] });
    try {
      expect((await h.call('GET', '/v3/jobs/1', { token: 'good' })).status).toBe(404);
      expect(await h.call('GET', '/v3/jobs/1', { token: 'bad' })).toMatchObject({
        status: 401,
        body: { message: 'The bearer token is not one the mock accepts (its "tokens" option): get a new one.' },
      });
      h.mock.expireToken('good');
      expect((await h.call('GET', '/v3/jobs/1', { token: 'good' })).status).toBe(401);
    } finally {
      await h.stop();
    }
  });

  test('the tokens option: a function', async () => {
    const h = await adapter.start({ tokens: (token) => token.startsWith('ok-') });
    try {
      expect((await h.call('GET', '/v3/jobs/1', { token: 'ok-1' })).status).toBe(404);
      expect((await h.call('GET', '/v3/jobs/1', { token: 'no-1' })).status).toBe(401);
    } finally {
      await h.stop();
    }
  });

  test('a bad tokens option is a TypeError', async () => {
    await expect(adapter.start({ tokens: 'good' as never })).rejects.toThrow(
      new TypeError('dispatch-workorder: "tokens" must be a list of bearer tokens or a function of the token that returns true to accept it.'),
    );
  });
});
