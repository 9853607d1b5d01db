import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createClient, type ClientCredentials, type ClientOptions, type DispatchClient } from '../../../../src/index';
import { mockDispatchHandlers, startMockDispatch, type MockDispatchControls, type MockDispatchOptions } from '../../../../src/testing/index';

// The two adapters of the mock, behind one interface, so that every test of the mock runs against
// both: the node:http server on 127.0.0.1 and the msw handlers (intercepting the sandbox URL).

/** What a test gets: the mock's controls, where it answers, and helpers to call it. */
export interface Harness {
  readonly mock: MockDispatchControls;
  readonly baseUrl: string;
  /** Sends a request with plain fetch (a bearer token unless `token: null`) and reads the answer. */
  call(method: string, path: string, options?: CallInit): Promise<Answer>;
  /** A client of the library on the mock; options over `{ baseUrl, token: 'test-token', backoff: () => 0 }`. */
  client(options?: Partial<ClientOptions>): DispatchClient;
  stop(): Promise<void>;
}

export interface CallInit {
  readonly body?: unknown;
  /** The bearer token; `null` sends no Authorization header. Default `'test-token'`. */
  readonly token?: string | null;
  /** A raw body, sent as is. */
  readonly raw?: string;
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

export interface Adapter {
  readonly name: string;
  start(options?: MockDispatchOptions): Promise<Harness>;
}

function harness(mock: MockDispatchControls, baseUrl: string, stop: () => Promise<void>): Harness {
  return {
    mock,
    baseUrl,
    async call(method, path, { body, token = 'test-token', raw } = {}) {
      const headers: Record<string, string> = {};
      if (token !== null) headers['authorization'] = `Bearer ${token}`;
      const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
      if (payload !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
    },
    client: (options = {}) => createClient({ baseUrl, token: 'test-token', backoff: () => 0, ...options } as ClientOptions & ClientCredentials),
    stop,
  };
}

export const adapters: readonly Adapter[] = [
  {
    name: 'node:http server',
    async start(options) {
      const mock = await startMockDispatch(options);
      return harness(mock, mock.baseUrl, () => mock.close());
    },
  },
  {
    name: 'msw handlers',
    async start(options) {
      const mock = await mockDispatchHandlers(options);
      const server = setupServer(...mock.handlers);
      server.listen({ onUnhandledRequest: 'error' });
      return harness(mock, mock.baseUrl, async () => server.close());
    },
  },
];

/**
 * Starts the mock of `adapter` for the enclosing `describe` (before its tests, reset before each,
 * stopped after them) and returns a harness that forwards to it.
 */
export function useMock(adapter: Adapter, options?: MockDispatchOptions): Harness {
  let started: Harness | undefined;
  const current = (): Harness => {
    if (started === undefined) throw new Error('the mock starts in beforeAll: use it inside a test');
    return started;
  };
  beforeAll(async () => {
    started = await adapter.start(options);
  });
  beforeEach(() => current().mock.reset());
  afterAll(() => current().stop());
  return {
    get mock() {
      return current().mock;
    },
    get baseUrl() {
      return current().baseUrl;
    },
    call: (method, path, init) => current().call(method, path, init),
    client: (clientOptions) => current().client(clientOptions),
    stop: () => current().stop(),
  };
}
