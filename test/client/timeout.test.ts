import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createClient, isApiRequestError, isApiTimeoutError, type WorkOrderInput } from '../../src';
import { FIXTURES, readJson } from '../support/fixtures';
import { startFakeDispatch, type FakeDispatch } from './support/fake-dispatch';

const workOrder = readJson<WorkOrderInput>(`${FIXTURES}pairs/guide-example.work-order.json`);

let server: FakeDispatch;
beforeEach(async () => {
  server = await startFakeDispatch();
  server.jobs.set(7, { id: 7, status: 'unscheduled' });
});
afterEach(() => server.close());

// Generous enough that a loaded machine still delivers the request within it; a stalled server
// answers only after STALL_MS, and stops stalling as soon as the client hangs up.
const TIMEOUT_MS = 300;
const STALL_MS = 5000;

const calls = () => server.received.map((r) => `${r.method} ${r.path}`);
const fastClient = (extra: { retries?: number; retryNonIdempotent?: boolean } = {}) =>
  createClient({ baseUrl: server.url, token: server.issueToken(), timeoutMs: TIMEOUT_MS, backoff: () => 1, ...extra });

describe('time limits', () => {
  test('a slow GET times out and is retried', async () => {
    server.stallNext(STALL_MS);
    const started = performance.now();
    expect(await fastClient().getJob(7)).toStrictEqual({ id: 7, status: 'unscheduled' });
    expect(performance.now() - started).toBeLessThan(STALL_MS);
    expect(calls()).toStrictEqual(['GET /v3/jobs/7', 'GET /v3/jobs/7']);
  });

  test('when every attempt is slow: ApiTimeoutError after 1 + retries attempts', async () => {
    server.stallNext(STALL_MS, 3);
    const error = await fastClient().getJob(7).catch((e: unknown) => e);
    expect(isApiTimeoutError(error)).toBe(true);
    if (!isApiTimeoutError(error)) return;
    expect(error.timeoutMs).toBe(TIMEOUT_MS);
    expect(error.request.attempts).toBe(3);
    expect(error.message).toBe(`GET ${server.url}/v3/jobs/7 got no answer within ${TIMEOUT_MS} ms (3 attempts).`);
  });

  test('a body that stalls midway times out too', async () => {
    server.stallNext(STALL_MS, 1, true);
    const error = await fastClient({ retries: 0 }).getJob(7).catch((e: unknown) => e);
    expect(isApiTimeoutError(error)).toBe(true);
  });

  test('a POST that timed out is not sent again, and the error says to check', async () => {
    server.stallNext(STALL_MS);
    const error = await fastClient().createWorkOrder(workOrder).catch((e: unknown) => e);
    expect(isApiTimeoutError(error)).toBe(true);
    expect((error as Error).message).toBe(
      `POST ${server.url}/v3/workorder got no answer within ${TIMEOUT_MS} ms (1 attempt). The server may have acted on it: check before sending it again.`,
    );
    expect(calls()).toStrictEqual(['POST /v3/workorder']);
  });

  test('with retryNonIdempotent, a POST that timed out is sent again', async () => {
    server.stallNext(STALL_MS);
    const created = await fastClient({ retryNonIdempotent: true }).createWorkOrder(workOrder);
    expect(created.job_id).toBe(102);
    expect(calls()).toStrictEqual(['POST /v3/workorder', 'POST /v3/workorder']);
  });

  test("the caller's signal aborts a call at once with its reason, and it is not retried", async () => {
    server.stallNext(STALL_MS);
    const controller = new AbortController();
    const client = createClient({ baseUrl: server.url, token: server.issueToken() });
    const pending = client.getJob(7, { signal: controller.signal });
    await server.waitForRequests(1);
    const started = performance.now();
    controller.abort(new Error('user left'));
    await expect(pending).rejects.toThrow('user left');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(calls()).toStrictEqual(['GET /v3/jobs/7']);
  });

  test('an aborted POST rejects with the reason, not as a network error', async () => {
    server.stallNext(STALL_MS);
    const controller = new AbortController();
    const client = createClient({ baseUrl: server.url, token: server.issueToken() });
    const pending = client.createWorkOrder(workOrder, { signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort(new Error('shutting down'));
    const error = await pending.catch((e: unknown) => e);
    expect(error).toStrictEqual(new Error('shutting down'));
    expect(isApiRequestError(error)).toBe(false);
  });

  test('an aborted signal also ends a wait between retries, and an already aborted one sends nothing', async () => {
    server.failNext({ status: 429, headers: { 'retry-after': '20' } });
    const client = createClient({ baseUrl: server.url, token: server.issueToken() });
    const controller = new AbortController();
    const pending = client.getJob(7, { signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    expect(calls()).toStrictEqual(['GET /v3/jobs/7']);
    await expect(client.getJob(7, { signal: AbortSignal.abort(new Error('before')) })).rejects.toThrow('before');
    expect(calls()).toStrictEqual(['GET /v3/jobs/7']);
  });
});
