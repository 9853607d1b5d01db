import { message, type Reply } from './reply';
import { parseRoute, type RoutePattern } from './route-pattern';
import { noRoute, ROUTES } from './routes';
import { createStore } from './store';
import type { MockDispatchControls, MockDispatchOptions, MockFault, ReceivedRequest } from './types';

// The mock's one implementation: a request in, an answer out, no I/O. The node:http server and the
// msw handlers only translate their requests into a `CoreRequest` and write the `CoreAnswer` back.

/** @internal A request as an adapter hands it to the core. */
export interface CoreRequest {
  /** The method, e.g. `POST`. */
  readonly method: string;
  /** The path below the base URL, without the query. */
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text, `''` when there is none. */
  readonly body: string;
  /** True when the body was longer than {@link MAX_BODY_BYTES}; `body` is then `''`. */
  readonly oversized?: boolean;
}

/** @internal What an adapter writes back: after `delayMs`, `status` with `headers` and `body` as JSON. */
export interface CoreAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body, to send as JSON. */
  readonly body: object;
  readonly delayMs: number;
}

/** @internal The core: the controls, and `handle`. */
export interface MockCore extends MockDispatchControls {
  handle(request: CoreRequest): CoreAnswer;
}

/** @internal The largest request body the mock reads, in bytes; a longer one is answered 413. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

const ERROR_MESSAGES: Readonly<Record<429 | 500 | 503, string>> = {
  429: 'Too many requests: slow down (a fault injected with mock.fail).',
  500: 'Internal server error (a fault injected with mock.fail).',
  503: 'Service unavailable (a fault injected with mock.fail).',
};

interface ActiveFault {
  readonly route: RoutePattern;
  readonly fault: MockFault;
  remaining: number;
}

/**
 * @internal Creates the core of one mock: its records, its log, its faults and its tokens, shared
 * with nothing else.
 * @throws {TypeError} When an option is invalid.
 */
export function createMockCore(options: MockDispatchOptions = {}): MockCore {
  const acceptsToken = tokenCheck(options.tokens);
  const latency = milliseconds('delayMs', options.delayMs);
  const store = createStore();
  const received: ReceivedRequest[] = [];
  const faults: ActiveFault[] = [];
  const expired = new Set<string>();
  let lastToken: string | undefined;

  function answer(request: CoreRequest, token: string | undefined, fault: ActiveFault | undefined): Reply {
    if (fault?.fault.status !== undefined) {
      const { status, retryAfter } = fault.fault;
      return message(status, ERROR_MESSAGES[status], retryAfter === undefined ? undefined : { 'retry-after': String(retryAfter) });
    }
    if (token === undefined) {
      return message(401, 'Send an OAuth2 bearer token: "Authorization: Bearer <token>".', { 'www-authenticate': 'Bearer' });
    }
    if (expired.has(token) || !acceptsToken(token)) {
      const why = expired.has(token) ? 'has expired' : 'is not one the mock accepts (its "tokens" option)';
      return message(401, `The bearer token ${why}: get a new one.`, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
    lastToken = token;
    if (request.oversized === true) return message(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`);
    for (const route of ROUTES) {
      const params = route.pattern.match(request.method, request.path);
      if (params === undefined) continue;
      const id = params['id'];
      if (id !== undefined && !/^[1-9][0-9]{0,15}$/.test(id)) return message(404, `"${id}" is not a Dispatch id: ids are whole numbers above 0, e.g. ${request.path.replace(/[^/]*$/, '3')}.`);
      if (!route.hasBody) return route.answer(store, Number(id), undefined);
      const parsed = parseBody(request.body);
      if (!parsed.ok) return message(400, parsed.message);
      return route.answer(store, Number(id), parsed.value);
    }
    return noRoute(request.method, request.path);
  }

  return {
    handle(request) {
      const token = /^Bearer +(\S+) *$/i.exec(request.headers['authorization'] ?? '')?.[1];
      const fault = takeFault(faults, request);
      const reply = answer(request, token, fault);
      received.push(Object.freeze({ method: request.method, path: request.path, headers: { ...request.headers }, body: logged(request.body), status: reply.status }));
      const headers = { ...reply.headers, 'content-type': 'application/json' };
      return { status: reply.status, headers, body: reply.body, delayMs: latency + (fault?.fault.delayMs ?? 0) };
    },
    get received() {
      return [...received];
    },
    get records() {
      return store.snapshot();
    },
    fail(route, fault) {
      faults.push({ route: parseRoute(route), fault: checkFault(fault), remaining: fault.times ?? 1 });
    },
    expireToken(token) {
      const which = token ?? lastToken;
      if (typeof which !== 'string' || which === '') {
        throw new TypeError('dispatch-workorder: expireToken() expires the token of the last request the mock accepted, and none has been accepted yet: pass the token to expire.');
      }
      expired.add(which);
    },
    reset() {
      store.clear();
      received.length = 0;
      faults.length = 0;
      expired.clear();
      lastToken = undefined;
    },
  };
}

function takeFault(faults: ActiveFault[], request: CoreRequest): ActiveFault | undefined {
  const index = faults.findIndex((f) => f.route.match(request.method, request.path) !== undefined);
  const fault = faults[index];
  if (fault === undefined) return undefined;
  fault.remaining -= 1;
  if (fault.remaining <= 0) faults.splice(index, 1);
  return fault;
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: false, message: 'Send a JSON body (Content-Type: application/json).' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `The body is not JSON (${(error as Error).message}): send a JSON body.` };
  }
}

function logged(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function tokenCheck(tokens: MockDispatchOptions['tokens']): (token: string) => boolean {
  if (tokens === undefined) return () => true;
  if (typeof tokens === 'function') return (token) => tokens(token) === true;
  if (Array.isArray(tokens) && tokens.every((t) => typeof t === 'string')) {
    const valid = new Set(tokens);
    return (token) => valid.has(token);
  }
  throw new TypeError('dispatch-workorder: "tokens" must be a list of bearer tokens or a function of the token that returns true to accept it.');
}

function milliseconds(name: string, value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 2_147_483_647) {
    throw new TypeError(`dispatch-workorder: "${name}" must be a number of milliseconds from 0, got ${String(value)}.`);
  }
  return value;
}

function checkFault(fault: MockFault): MockFault {
  if (typeof fault !== 'object' || fault === null) throw new TypeError('dispatch-workorder: fail(route, fault) needs a fault such as { status: 429, retryAfter: 1 } or { delayMs: 200 }.');
  const { status, retryAfter, delayMs, times } = fault;
  if (status !== undefined && status !== 429 && status !== 500 && status !== 503) {
    throw new TypeError(`dispatch-workorder: a fault's "status" must be 429, 500 or 503, got ${String(status)}.`);
  }
  if (status === undefined && delayMs === undefined) throw new TypeError('dispatch-workorder: a fault needs a "status" (429, 500 or 503), a "delayMs", or both.');
  if (retryAfter !== undefined && (status === undefined || !Number.isSafeInteger(retryAfter) || retryAfter < 0)) {
    throw new TypeError(`dispatch-workorder: a fault's "retryAfter" is a whole number of seconds from 0, with a "status"; got ${String(retryAfter)}.`);
  }
  milliseconds('delayMs', delayMs);
  if (times !== undefined && times !== Infinity && (!Number.isSafeInteger(times) || times < 1)) {
    throw new TypeError(`dispatch-workorder: a fault's "times" must be a whole number from 1, or Infinity; got ${String(times)}.`);
  }
  return { ...fault };
}
