import { SANDBOX_BASE_URL } from '../../requests/environments';
import { withControls } from './controls';
import { createMockCore, MAX_BODY_BYTES } from './core';
import type { MockDispatchHandlers, MockDispatchHandlersOptions } from './types';

/**
 * The mock Dispatch API of {@link startMockDispatch} as msw 2 request handlers, for test suites that
 * already intercept `fetch` with msw: the same routes, records, faults and controls, from the same
 * implementation. msw is an optional peer dependency (`npm install -D msw`), loaded only when this
 * is called, hence the promise.
 *
 * @param options - The URL to answer for (default: the sandbox, where `createClient` sends by
 *   default), which tokens are valid, and a latency for every answer.
 * @returns The `handlers` for `setupServer` or `setupWorker`, the `baseUrl` they answer for, what
 *   they `received`, their `records` and controls.
 * @throws {TypeError} When an option is invalid (the promise rejects).
 * @throws {Error} When msw is not installed (the promise rejects with what to install).
 *
 * @example
 * import { setupServer } from 'msw/node';
 *
 * const dispatch = await mockDispatchHandlers();
 * const server = setupServer(...dispatch.handlers);
 * server.listen();
 * const client = createClient({ token: 'test-token' }); // the sandbox URL, answered by the handlers
 * await client.createWorkOrder(workOrder);
 * expect(dispatch.records.jobs[0]?.status).toBe('offered');
 *
 * @category Mock Dispatch API
 */
export async function mockDispatchHandlers(options: MockDispatchHandlersOptions = {}): Promise<MockDispatchHandlers> {
  const { baseUrl = SANDBOX_BASE_URL, ...mockOptions } = options;
  const base = parseBaseUrl(baseUrl);
  const prefix = new URL(base).pathname.replace(/\/$/, '');
  const core = createMockCore(mockOptions);
  const { http } = await loadMsw();
  const handler = http.all(`${base}/*`, async ({ request }) => {
    const body = await request.text();
    const oversized = Buffer.byteLength(body) > MAX_BODY_BYTES;
    const answer = core.handle({
      method: request.method,
      path: new URL(request.url).pathname.slice(prefix.length),
      headers: Object.fromEntries(request.headers),
      body: oversized ? '' : body,
      oversized,
    });
    if (answer.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  });
  return withControls(core, { baseUrl: base, handlers: [handler] });
}

/** msw, an optional peer dependency: when it is not installed, an error that says what to do. */
async function loadMsw(): Promise<typeof import('msw')> {
  try {
    return await import('msw');
  } catch (error) {
    // msw itself missing (ESM: "Cannot find package 'msw'", CommonJS: "Cannot find module 'msw'"),
    // not a module msw needs.
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    const missing = (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /\Wmsw'/.test(String(message));
    if (!missing) throw error;
    throw new Error(
      'dispatch-workorder/testing: mockDispatchHandlers needs msw 2, an optional peer dependency that is not installed: run `npm install --save-dev msw`, or use startMockDispatch, which needs nothing more.',
      { cause: error },
    );
  }
}

function parseBaseUrl(value: unknown): string {
  let url: URL | undefined;
  try {
    if (typeof value === 'string') url = new URL(value);
  } catch {
    // Reported below.
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new TypeError(`dispatch-workorder: "baseUrl" must be an http or https URL without a query or fragment, such as "${SANDBOX_BASE_URL}", got ${JSON.stringify(value)}.`);
  }
  return url.href.replace(/\/+$/, '');
}
