import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A small in-memory Dispatch API on 127.0.0.1 for the client tests: the endpoints the guide and
// the later API reference document, with their realistic behaviour (OAuth2 tokens that expire, a
// bearer check, 422 with an `errors` body, job status rules), plus controls to make it rate limit,
// fail, or stall. Every request it receives is recorded so tests can assert exactly what was sent.

/** A request as the server received it. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly accept: string | undefined;
  /** The parsed JSON body, the raw text if it is not JSON, or `undefined` when there is none. */
  readonly body: unknown;
  /** Every header as received (names in lower case). */
  readonly headers: IncomingHttpHeaders;
}

/** A canned answer served instead of the real endpoint. */
export interface ForcedResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Run the real endpoint first (its effect happens), then answer with this: a server that failed late. */
  readonly afterProcessing?: boolean;
}

type Json = Record<string, unknown>;

export interface FakeDispatch {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Every request received, in order (token requests included). */
  readonly received: ReceivedRequest[];
  /** The records the server holds. */
  readonly jobs: Map<number, Json>;
  readonly appointments: Map<number, Json>;
  readonly customers: Map<number, Json>;
  readonly serviceProviders: Map<number, Json>;
  /** Issues a valid token directly (as if fetched earlier). */
  issueToken(): string;
  /** Makes a token expire: requests carrying it get a 401. */
  expire(token: string): void;
  /** Answers the next `times` API requests (not token requests) with `response`. */
  failNext(response: ForcedResponse, times?: number): void;
  /**
   * Holds the next `times` API requests for `ms` before answering (a slow endpoint); with
   * `midBody`, sends the status and the first byte of the body at once and stalls the rest.
   */
  stallNext(ms: number, times?: number, midBody?: boolean): void;
  /** Resolves once `count` requests have been received (rejects after 5 s). */
  waitForRequests(count: number): Promise<void>;
  /** Closes the server and every open connection. */
  close(): Promise<void>;
}

export const CLIENT_ID = 'test-client';
export const CLIENT_SECRET = 'test-secret';

/** Starts the fake API on a free port of 127.0.0.1. */
export async function startFakeDispatch(): Promise<FakeDispatch> {
  const received: ReceivedRequest[] = [];
  const jobs = new Map<number, Json>();
  const appointments = new Map<number, Json>();
  const customers = new Map<number, Json>();
  const serviceProviders = new Map<number, Json>();
  const tokens = new Map<string, { expired: boolean }>();
  const forced: ForcedResponse[] = [];
  const stalls: { ms: number; midBody: boolean }[] = [];
  let nextId = 100;
  let tokenCount = 0;

  const issueToken = (): string => {
    tokenCount += 1;
    const token = `token-${tokenCount}`;
    tokens.set(token, { expired: false });
    return token;
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const contentType = req.headers['content-type'];
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    received.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization, contentType, accept: req.headers.accept, body, headers: req.headers });

    if (req.method === 'POST' && url.pathname === '/v3/oauth/token') return token(res, body);

    const stall = stalls.shift();
    if (stall !== undefined && !stall.midBody) {
      const waited = await wait(stall.ms, res);
      if (!waited) return;
    }
    const force = forced.shift();
    if (force !== undefined && force.afterProcessing !== true) return send(res, force.status, force.body ?? { error: 'forced' }, force.headers);

    const auth = req.headers.authorization ?? '';
    const bearer = /^Bearer (\S+)$/.exec(auth)?.[1];
    const known = bearer === undefined ? undefined : tokens.get(bearer);
    if (known === undefined || known.expired) {
      return send(res, 401, { error: 'invalid_token', error_description: 'The access token is missing, expired or invalid.' }, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
    if (text !== '' && contentType !== 'application/json') return send(res, 415, { error: 'Content-Type must be application/json' });

    const [status, answer] = route(req.method ?? '', url.pathname, body);
    if (force !== undefined) return send(res, force.status, force.body ?? { error: 'forced' }, force.headers);
    if (stall?.midBody === true) {
      const json = JSON.stringify(answer);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.write(json.slice(0, 1));
      if (await wait(stall.ms, res)) res.end(json.slice(1));
      return;
    }
    return send(res, status, answer);
  }

  function token(res: ServerResponse, body: unknown): void {
    const b = (body ?? {}) as Json;
    if (b['grant_type'] !== 'client_credentials' || b['client_id'] !== CLIENT_ID || b['client_secret'] !== CLIENT_SECRET) {
      return send(res, 401, { error: 'invalid_client' });
    }
    return send(res, 200, { access_token: issueToken(), token_type: 'bearer', expires_in: 10800 });
  }

  function route(method: string, path: string, body: unknown): [number, unknown] {
    if (method === 'POST' && path === '/v3/workorder') return createWorkOrder(body as Json);
    if (method === 'POST' && path === '/v3/appointments') return createAppointment(body as Json);
    const match = /^\/v3\/(jobs|appointments|customers|service_providers)\/(\d+)$/.exec(path);
    if (match === null) return [404, { error: 'not_found' }];
    const collection = { jobs, appointments, customers, service_providers: serviceProviders }[match[1] as 'jobs'];
    const record = collection.get(Number(match[2]));
    if (record === undefined) return [404, { error: 'not_found' }];
    if (method === 'GET') return [200, record];
    if (method === 'PATCH' && match[1] === 'jobs') return patchJob(record, body as Json);
    return [405, { error: 'method_not_allowed' }];
  }

  function createWorkOrder(wo: Json): [number, unknown] {
    const errors: Record<string, string[]> = {};
    if (typeof wo['title'] !== 'string' || wo['title'] === '') errors['title'] = ["can't be blank"];
    if (typeof wo['location'] !== 'object' || wo['location'] === null) errors['location'] = ["can't be blank"];
    const contacts = Array.isArray(wo['contacts']) ? (wo['contacts'] as Json[]) : [];
    const primary = contacts.filter((c) => c['primary'] === true);
    if (primary.length !== 1) errors['contacts'] = ['must have exactly one primary contact'];
    const providers = Array.isArray(wo['service_providers']) ? (wo['service_providers'] as Json[]) : [];
    if (providers.length === 0) errors['service_providers'] = ["can't be blank"];
    if (Object.keys(errors).length > 0) return [422, { errors }];

    const provider = providers[0] as Json;
    let providerId = typeof provider['id'] === 'number' ? provider['id'] : undefined;
    if (providerId === undefined || !serviceProviders.has(providerId)) {
      providerId ??= (nextId += 1);
      serviceProviders.set(providerId, { id: providerId, name: provider['name'] ?? null, external_ids: provider['external_ids'] ?? [] });
    }
    const customerId = (nextId += 1);
    const contact = primary[0] as Json;
    customers.set(customerId, { id: customerId, first_name: contact['first_name'] ?? null, last_name: contact['last_name'] ?? null });
    const jobId = (nextId += 1);
    const status = typeof wo['status'] === 'string' ? wo['status'] : 'offered';
    jobs.set(jobId, { id: jobId, title: wo['title'], status, service_provider_id: providerId, customer_id: customerId, external_ids: wo['external_ids'] ?? [] });
    let appointmentId: number | null = null;
    const windows = Array.isArray(wo['appointment_windows']) ? (wo['appointment_windows'] as Json[]) : [];
    if (windows.length > 0) {
      appointmentId = (nextId += 1);
      appointments.set(appointmentId, { id: appointmentId, job_id: jobId, status: 'draft', windows });
    }
    return [201, { service_provider_id: providerId, primary_contact_id: customerId, job_id: jobId, appointment_id: appointmentId }];
  }

  function createAppointment(body: Json): [number, unknown] {
    const errors: Record<string, string[]> = {};
    const job = typeof body['job_id'] === 'number' ? jobs.get(body['job_id']) : undefined;
    if (job === undefined) errors['job_id'] = ['does not exist'];
    if (typeof body['time'] !== 'string' || Number.isNaN(Date.parse(body['time']))) errors['time'] = ['must be an ISO 8601 timestamp'];
    if (typeof body['duration'] !== 'number' || body['duration'] <= 0) errors['duration'] = ['must be greater than 0'];
    if (job !== undefined && (job['status'] === 'canceled' || job['status'] === 'complete')) errors['job_id'] = [`job is ${String(job['status'])}`];
    if (Object.keys(errors).length > 0) return [422, { errors }];
    const id = (nextId += 1);
    const appointment = { id, job_id: body['job_id'], time: body['time'], duration: body['duration'], status: body['status'] ?? 'draft' };
    appointments.set(id, appointment);
    if (appointment.status === 'scheduled') (job as Json)['status'] = 'scheduled';
    return [201, appointment];
  }

  function patchJob(job: Json, body: Json): [number, unknown] {
    const to = body['status'];
    const from = job['status'];
    const allowed: Record<string, readonly string[]> = {
      offered: ['unscheduled', 'canceled'],
      unscheduled: ['scheduled', 'canceled', 'complete'],
      scheduled: ['canceled', 'complete'],
      paused: ['canceled', 'complete'],
    };
    if (typeof to !== 'string' || !(allowed[String(from)] ?? []).includes(to)) {
      return [422, { errors: { status: [`cannot change from ${String(from)} to ${String(to)}`] } }];
    }
    job['status'] = to;
    if (to === 'canceled') {
      for (const appointment of appointments.values()) if (appointment['job_id'] === job['id']) appointment['status'] = 'canceled';
    }
    return [200, job];
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    jobs,
    appointments,
    customers,
    serviceProviders,
    issueToken,
    expire: (t) => {
      const known = tokens.get(t);
      if (known !== undefined) known.expired = true;
    },
    failNext: (response, times = 1) => {
      for (let i = 0; i < times; i += 1) forced.push(response);
    },
    stallNext: (ms, times = 1, midBody = false) => {
      for (let i = 0; i < times; i += 1) stalls.push({ ms, midBody });
    },
    waitForRequests: async (count) => {
      const deadline = Date.now() + 5000;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`the server received ${received.length} requests, not ${count}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Waits `ms`, or stops early (returning false) when the client goes away. */
function wait(ms: number, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(!res.destroyed), ms);
    res.on('close', () => {
      if (!res.writableEnded) {
        clearTimeout(timer);
        resolve(false);
      }
    });
  });
}

/** A `getToken` that asks the fake server for a token with the client-credentials grant. */
export function clientCredentials(server: FakeDispatch): () => Promise<string> {
  return async () => {
    const response = await fetch(`${server.url}/v3/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
    });
    const body = (await response.json()) as { access_token: string };
    return body.access_token;
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
