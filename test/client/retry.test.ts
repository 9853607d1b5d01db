import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createClient, isApiError, isApiNetworkError, type DispatchClient, type WorkOrderInput } from '../../src';
import { FIXTURES, readJson } from '../support/fixtures';
import { startFakeDispatch, type FakeDispatch } from './support/fake-dispatch';

const workOrder = readJson<WorkOrderInput>(`${FIXTURES}pairs/guide-example.work-order.json`);

let server: FakeDispatch;
let client: DispatchClient;
let backoffCalls: number[];

beforeEach(async () => {
  server = await startFakeDispatch();
  server.jobs.set(7, { id: 7, status: 'unscheduled' });
  backoffCalls = [];
  client = createClient({
    baseUrl: server.url,
    token: server.issueToken(),
    backoff: (retry) => {
      backoffCalls.push(retry);
      return 1;
    },
  });
});
afterEach(() => server.close());

const calls = () => server.received.map((r) => `${r.method} ${r.path}`);

describe('retries', () => {
  test('a 429 with Retry-After is waited out and retried', async () => {
    server.failNext({ status: 429, headers: { 'retry-after': '1' }, body: { error: 'rate_limited' } });
    const started = performance.now();
    expect(await client.getJob(7)).toStrictEqual({ id: 7, status: 'unscheduled' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(calls()).toStrictEqual(['GET /v3/jobs/7', 'GET /v3/jobs/7']);
    expect(backoffCalls).toStrictEqual([]); // Retry-After replaced the backoff
  });

  test('a POST is retried after a 429: the server did not act on it', async () => {
    server.failNext({ status: 429, headers: { 'retry-after': '0' } });
    const created = await client.createWorkOrder(workOrder);
    expect(created.job_id).toBe(102);
    expect(calls()).toStrictEqual(['POST /v3/workorder', 'POST /v3/workorder']);
    expect(server.jobs.size).toBe(2); // job 7 and the one created
  });

  test('5xx answers to a GET or PATCH are retried with the backoff, up to `retries`', async () => {
    server.failNext({ status: 503 }, 1);
    server.failNext({ status: 502 }, 1);
    expect(await client.completeJob(7)).toStrictEqual({ id: 7, status: 'complete' });
    expect(calls()).toStrictEqual(['PATCH /v3/jobs/7', 'PATCH /v3/jobs/7', 'PATCH /v3/jobs/7']);
    expect(backoffCalls).toStrictEqual([1, 2]);
  });

  test('when the retries run out, the last ApiError is thrown', async () => {
    server.failNext({ status: 500, body: { error: 'boom' } }, 3);
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect([error.status, error.code, error.request.attempts, error.body]).toStrictEqual([500, 'server_error', 3, { error: 'boom' }]);
    expect(calls()).toHaveLength(3);
  });

  test('a 4xx other than 401 and 429 is not retried', async () => {
    const error = await client.getJob(999).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.code, error.request.attempts]).toStrictEqual([404, 'not_found', 1]);
    expect(calls()).toStrictEqual(['GET /v3/jobs/999']);
  });

  test('a POST that failed with a 5xx after the server acted is not sent again: no duplicate', async () => {
    server.failNext({ status: 500, afterProcessing: true });
    const error = await client.createWorkOrder(workOrder).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.request.attempts]).toStrictEqual([500, 1]);
    expect(calls()).toStrictEqual(['POST /v3/workorder']);
    expect(server.jobs.size).toBe(2); // the Work Order was created once
  });

  test('retryNonIdempotent opts in to retrying a POST after a 5xx, duplicates included', async () => {
    const optedIn = createClient({ baseUrl: server.url, token: server.issueToken(), backoff: () => 1, retryNonIdempotent: true });
    server.failNext({ status: 500, afterProcessing: true });
    const created = await optedIn.createWorkOrder(workOrder);
    expect(calls()).toStrictEqual(['POST /v3/workorder', 'POST /v3/workorder']);
    expect(created.job_id).toBe(105); // the second job: customer 104, job 105, appointment 106
    expect(server.jobs.size).toBe(3); // the hazard the default avoids
  });

  test('a Retry-After longer than maxRetryDelayMs is not waited for: ApiError with retryAfterMs', async () => {
    server.failNext({ status: 429, headers: { 'retry-after': '120' } });
    const started = performance.now();
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect([error.status, error.code, error.retryAfterMs, error.request.attempts]).toStrictEqual([429, 'rate_limited', 120_000, 1]);
    expect(error.message).toBe(`GET ${server.url}/v3/jobs/7 answered 429 (rate_limited): the server said "forced"; the server asked to wait 120 s before trying again (1 attempt).`);
  });

  test('the backoff is capped at maxRetryDelayMs', async () => {
    const capped = createClient({ baseUrl: server.url, token: server.issueToken(), backoff: () => 60_000, maxRetryDelayMs: 5 });
    server.failNext({ status: 503 });
    const started = performance.now();
    expect(await capped.getJob(7)).toStrictEqual({ id: 7, status: 'unscheduled' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('retries: 0 sends once', async () => {
    const once = createClient({ baseUrl: server.url, token: server.issueToken(), retries: 0 });
    server.failNext({ status: 503 });
    await expect(once.getJob(7)).rejects.toMatchObject({ name: 'ApiError', status: 503 });
    expect(calls()).toStrictEqual(['GET /v3/jobs/7']);
  });

  test('a connection that was never made is retried, even for a POST, then ApiNetworkError', async () => {
    const url = server.url;
    await server.close();
    const refused = createClient({ baseUrl: url, token: 'token-1', backoff: () => 1 });
    const error = await refused.createWorkOrder(workOrder).catch((e: unknown) => e);
    expect(isApiNetworkError(error)).toBe(true);
    if (!isApiNetworkError(error)) return;
    expect(error.request).toStrictEqual({ method: 'POST', url: `${url}/v3/workorder`, attempts: 3 });
    expect(error.message).toBe(`POST ${url}/v3/workorder failed: ECONNREFUSED (3 attempts).`);
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});
