import { describe, expectTypeOf, test } from 'vitest';
import { createClient } from '../../src';
import type {
  AfterResponseContext,
  ApiRecord,
  ApiRequestError,
  BeforeRetryContext,
  ClientCredentials,
  ClientHooks,
  ClientOptions,
  DispatchClient,
  GetToken,
  HookContext,
  WorkOrderCreated,
} from '../../src';

describe('client types', () => {
  test('each method resolves with the type its answer is checked against', () => {
    expectTypeOf<DispatchClient['createWorkOrder']>().returns.toEqualTypeOf<Promise<WorkOrderCreated>>();
    expectTypeOf<DispatchClient['acceptJob']>().returns.toEqualTypeOf<Promise<ApiRecord | null>>();
    expectTypeOf<DispatchClient['cancelJob']>().returns.toEqualTypeOf<Promise<ApiRecord | null>>();
    expectTypeOf<DispatchClient['completeJob']>().returns.toEqualTypeOf<Promise<ApiRecord | null>>();
    expectTypeOf<DispatchClient['getJob']>().returns.toEqualTypeOf<Promise<ApiRecord>>();
  });

  test('hooks get typed contexts: the request, the attempt, the response or the typed error', () => {
    expectTypeOf<HookContext>().toEqualTypeOf<{ readonly request: Request; readonly attempt: number }>();
    expectTypeOf<AfterResponseContext['response']>().toEqualTypeOf<Response>();
    expectTypeOf<BeforeRetryContext['error']>().toEqualTypeOf<ApiRequestError>();
    expectTypeOf<BeforeRetryContext['retryCount']>().toEqualTypeOf<number>();
    expectTypeOf<ClientOptions['hooks']>().toEqualTypeOf<ClientHooks | undefined>();
    // A hook may return nothing or a promise of nothing; an async logger fits.
    expectTypeOf<{ beforeRequest: [(context: HookContext) => Promise<void>] }>().toMatchTypeOf<ClientHooks>();
  });

  test('a getToken may ignore its context, or use its signal', () => {
    expectTypeOf<() => string>().toMatchTypeOf<GetToken>();
    expectTypeOf<({ signal }: { signal: AbortSignal }) => Promise<string>>().toMatchTypeOf<GetToken>();
    expectTypeOf<(retry: number) => string>().not.toMatchTypeOf<GetToken>();
  });

  test('createClient needs a token, a getToken, or both: without either it does not compile', () => {
    expectTypeOf(createClient).toBeCallableWith({ token: 't' });
    expectTypeOf(createClient).toBeCallableWith({ getToken: () => 't', environment: 'production' });
    expectTypeOf(createClient).toBeCallableWith({ token: 't', getToken: async () => 't', timeoutMs: 5000 });
    // A token read from the environment may be undefined: the key is there, the value is checked at run time.
    expectTypeOf<{ token: string | undefined; environment: 'production' }>().toMatchTypeOf<ClientCredentials>();
    expectTypeOf<{ getToken: GetToken | undefined }>().toMatchTypeOf<ClientCredentials>();
    expectTypeOf<{ environment: 'production' }>().not.toMatchTypeOf<ClientCredentials>();
    // @ts-expect-error no token and no getToken
    expectTypeOf(createClient).toBeCallableWith({});
    // @ts-expect-error no token and no getToken
    expectTypeOf(createClient).toBeCallableWith({ baseUrl: 'https://api.example.com', retries: 2 });
  });
});
