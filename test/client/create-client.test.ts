import { describe, expect, test, vi } from 'vitest';
import { createClient, PRODUCTION_BASE_URL, SANDBOX_BASE_URL } from '../../src';

/** A fetch that records the URL and headers and answers `{}`. */
function recordingFetch(seen: { url: string; headers: Record<string, string> }[]): typeof fetch {
  return async (input, init) => {
    seen.push({ url: String(input), headers: { ...(init?.headers as Record<string, string>) } });
    return new Response('{}', { status: 200 });
  };
}

describe('createClient options', () => {
  test('the sandbox is the default; production is one option away', async () => {
    const seen: { url: string; headers: Record<string, string> }[] = [];
    const fetch = recordingFetch(seen);
    expect(SANDBOX_BASE_URL).toBe('https://api-sandbox.dispatch.me');
    expect(PRODUCTION_BASE_URL).toBe('https://api.dispatch.me');
    expect(createClient({ token: 't', fetch }).baseUrl).toBe('https://api-sandbox.dispatch.me');
    expect(createClient({ token: 't', fetch, environment: 'sandbox' }).baseUrl).toBe('https://api-sandbox.dispatch.me');
    const production = createClient({ token: 't', fetch, environment: 'production' });
    await production.getJob(5);
    expect(seen.map((s) => s.url)).toStrictEqual(['https://api.dispatch.me/v3/jobs/5']);
  });

  test('a base URL keeps its path prefix, without a trailing slash', async () => {
    const seen: { url: string; headers: Record<string, string> }[] = [];
    const client = createClient({ token: 't', fetch: recordingFetch(seen), baseUrl: 'https://proxy.example.com/dispatch/' });
    expect(client.baseUrl).toBe('https://proxy.example.com/dispatch');
    await client.getCustomer(9);
    expect(seen.map((s) => s.url)).toStrictEqual(['https://proxy.example.com/dispatch/v3/customers/9']);
  });

  test('extra headers are sent beside the bearer token', async () => {
    const seen: { url: string; headers: Record<string, string> }[] = [];
    await createClient({ token: 'abc', fetch: recordingFetch(seen), headers: { 'user-agent': 'acme-sync/2.1' } }).getJob(1);
    expect(seen[0]?.headers).toStrictEqual({ 'user-agent': 'acme-sync/2.1', accept: 'application/json', authorization: 'Bearer abc' });
  });

  test.each([
    ['no options', undefined, 'dispatch-workorder: createClient needs an options object with a token or getToken, got undefined.'],
    ['no token', {}, 'dispatch-workorder: createClient needs "token" or "getToken" (an OAuth2 bearer token, or a function that returns one).'],
    ['an empty token', { token: '' }, 'dispatch-workorder: "token" must be a non-empty bearer token of printable characters without spaces, got a string that is not.'],
    ['a token with a newline', { token: 'a\r\nX-Evil: 1' }, 'dispatch-workorder: "token" must be a non-empty bearer token of printable characters without spaces, got a string that is not.'],
    ['getToken not a function', { getToken: 'abc' }, 'dispatch-workorder: "getToken" must be a function, got string.'],
    ['baseUrl and environment', { token: 't', baseUrl: 'https://a.example', environment: 'production' }, 'dispatch-workorder: give "baseUrl" or "environment", not both.'],
    ['an unknown environment', { token: 't', environment: 'prod' }, 'dispatch-workorder: "environment" must be "sandbox" or "production", got "prod".'],
    ['a relative baseUrl', { token: 't', baseUrl: '/v3' }, 'dispatch-workorder: "baseUrl" must be an absolute URL such as "https://api-sandbox.dispatch.me", got "/v3".'],
    [
      'plain http to a remote host',
      { token: 't', baseUrl: 'http://api.dispatch.me' },
      'dispatch-workorder: "baseUrl" must use https (http only to localhost), so the bearer token is never sent in clear; got http://api.dispatch.me.',
    ],
    ['credentials in the baseUrl', { token: 't', baseUrl: 'https://user:pw@api.dispatch.me' }, 'dispatch-workorder: "baseUrl" must not hold credentials, a query or a fragment.'],
    ['a negative timeout', { token: 't', timeoutMs: -1 }, 'dispatch-workorder: "timeoutMs" must be a number from 1 to 2147483647, got -1.'],
    ['fractional retries', { token: 't', retries: 1.5 }, 'dispatch-workorder: "retries" must be a whole number from 0 to 10, got 1.5.'],
    ['too many retries', { token: 't', retries: 11 }, 'dispatch-workorder: "retries" must be a whole number from 0 to 10, got 11.'],
    ['retryNonIdempotent not a boolean', { token: 't', retryNonIdempotent: 'yes' }, 'dispatch-workorder: "retryNonIdempotent" must be true or false, got string.'],
    ['backoff not a function', { token: 't', backoff: 100 }, 'dispatch-workorder: "backoff" must be a function of the retry number, got number.'],
    ['an Authorization header', { token: 't', headers: { Authorization: 'Basic x' } }, 'dispatch-workorder: "headers" must not set Authorization: pass "token" or "getToken".'],
    ['fetch not a function', { token: 't', fetch: 'fetch' }, 'dispatch-workorder: "fetch" must be a function, got string.'],
    ['a header name with a space', { token: 't', headers: { 'X Trace': '1' } }, 'dispatch-workorder: "X Trace" is not a valid header name.'],
    ['a header value with a line break', { token: 't', headers: { 'x-trace': '1\r\nx-evil: 2' } }, 'dispatch-workorder: header "x-trace" must be a string without line breaks, got one with a line break.'],
  ])('%s is a TypeError', (_name, options, message) => {
    expect(() => createClient(options as never)).toThrow(new TypeError(message));
  });

  test('without a global fetch, a fetch must be given', () => {
    const original = globalThis.fetch;
    vi.stubGlobal('fetch', undefined);
    try {
      expect(() => createClient({ token: 't' })).toThrow(new TypeError('dispatch-workorder: there is no global fetch: pass one as "fetch".'));
      expect(createClient({ token: 't', fetch: original }).baseUrl).toBe('https://api-sandbox.dispatch.me');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(globalThis.fetch).toBe(original);
  });

  test('http is allowed to loopback hosts only', () => {
    for (const baseUrl of ['http://localhost:8080', 'http://127.0.0.1:3000', 'http://[::1]:3000']) {
      expect(createClient({ token: 't', baseUrl }).baseUrl).toBe(baseUrl);
    }
  });

  test('a backoff that returns no number is a TypeError at the retry', async () => {
    let calls = 0;
    const client = createClient({
      token: 't',
      backoff: () => Number.NaN,
      fetch: async () => {
        calls += 1;
        return new Response('{}', { status: 503 });
      },
    });
    await expect(client.getJob(1)).rejects.toThrow(new TypeError('dispatch-workorder: "backoff" must return a number of milliseconds, got NaN.'));
    expect(calls).toBe(1);
  });
});
