import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockCore, MAX_BODY_BYTES, type CoreAnswer, type CoreRequest } from './core';
import { withControls } from './controls';
import type { MockDispatch, MockDispatchOptions } from './types';

/**
 * Starts a mock of the Dispatch API on a free port of 127.0.0.1, for testing an integration end to
 * end with any HTTP client, in this process or another: `POST /v3/workorder` (checked with
 * `validateWorkOrder`), `GET` of the jobs, appointments, customers and service providers it created,
 * the guide's update workflows (`PATCH /v3/jobs/:id`, `POST /v3/appointments`), bearer tokens that
 * can expire, and faults on demand. It is a model of the platform written from the migration guide,
 * not the platform: the [testing guide](../../../docs/testing.md#what-the-mock-does-not-model) says what it does not do.
 *
 * @param options - Which tokens are valid (default: any non-empty one) and a latency for every answer.
 * @returns The running mock: its `baseUrl`, what it `received`, its `records`, its controls, and `close()`.
 * @throws {TypeError} When an option is invalid.
 *
 * @example
 * const dispatch = await startMockDispatch();
 * const client = createClient({ baseUrl: dispatch.baseUrl, token: 'test-token' });
 * const created = await client.createWorkOrder(workOrder); // { service_provider_id: 1, primary_contact_id: 2, job_id: 3, appointment_id: null }
 * dispatch.fail('PATCH /v3/jobs/:id', { status: 503, retryAfter: 0 });
 * await client.completeJob(created.job_id); // a 503, then retried
 * await dispatch.close();
 *
 * @category Mock Dispatch API
 */
export async function startMockDispatch(options?: MockDispatchOptions): Promise<MockDispatch> {
  const core = createMockCore(options);
  const pending = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    readBody(req)
      // A server's requests always have a method and a URL.
      .then((read) => core.handle({ method: req.method as string, path: new URL(req.url as string, 'http://127.0.0.1').pathname, headers: headersOf(req), ...read }))
      .then((answer) => respond(res, answer, pending))
      .catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };
  return withControls(core, { baseUrl: `http://127.0.0.1:${port}`, close });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(req.headersDistinct as Record<string, string[]>).map(([name, values]) => [name, values.join(', ')]));
}

/** Reads the body as UTF-8, at most {@link MAX_BODY_BYTES}; a longer one is read to its end, dropped, and flagged. */
function readBody(req: IncomingMessage): Promise<Pick<CoreRequest, 'body' | 'oversized'>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? { body: '', oversized: true } : { body: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

function respond(res: ServerResponse, answer: CoreAnswer, pending: Set<NodeJS.Timeout>): void {
  const write = (): void => {
    if (res.destroyed) return;
    res.writeHead(answer.status, answer.headers);
    res.end(JSON.stringify(answer.body));
  };
  if (answer.delayMs === 0) return write();
  const timer = setTimeout(() => {
    pending.delete(timer);
    write();
  }, answer.delayMs);
  pending.add(timer);
}
