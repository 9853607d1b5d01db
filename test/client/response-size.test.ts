import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createClient, isApiError, type WorkOrderInput } from '../../src';
import { FIXTURES, readJson } from '../support/fixtures';
import { startFakeDispatch, type FakeDispatch } from './support/fake-dispatch';

const workOrder = readJson<WorkOrderInput>(`${FIXTURES}pairs/guide-example.work-order.json`);
const MIB = 1024 * 1024;

let server: FakeDispatch;
beforeEach(async () => {
  server = await startFakeDispatch();
  server.jobs.set(7, { id: 7, status: 'unscheduled' });
});
afterEach(() => server.close());

const calls = () => server.received.map((r) => `${r.method} ${r.path}`);
/** A JSON object of exactly `bytes` bytes. */
const recordOf = (bytes: number) => ({ id: 7, pad: 'x'.repeat(bytes - '{"id":7,"pad":""}'.length) });

describe('response size limit (maxResponseBytes)', () => {
  test('a body over the limit is an ApiError response_too_large, and a GET is not retried', async () => {
    server.failNext({ status: 200, body: recordOf(5000) }, 3);
    const client = createClient({ baseUrl: server.url, token: server.issueToken(), maxResponseBytes: 1000, backoff: () => 1 });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect([error.status, error.code, error.body, error.request.attempts]).toStrictEqual([200, 'response_too_large', undefined, 1]);
    expect(error.message).toBe(`GET ${server.url}/v3/jobs/7 answered 200 with a body over 1000 bytes (maxResponseBytes): not read further (1 attempt).`);
    expect(calls()).toStrictEqual(['GET /v3/jobs/7']);
  });

  test('a Content-Length over the limit is refused before the body is read', async () => {
    server.failNext({ status: 200, headers: { 'content-length': String(5000) }, body: recordOf(5000) });
    const client = createClient({ baseUrl: server.url, token: server.issueToken(), maxResponseBytes: 1000 });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.code]).toStrictEqual([200, 'response_too_large']);
  });

  test('an error status with an over-size body is not retried either', async () => {
    server.failNext({ status: 503, body: recordOf(5000) }, 3);
    const client = createClient({ baseUrl: server.url, token: server.issueToken(), maxResponseBytes: 1000, backoff: () => 1 });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.code, error.request.attempts]).toStrictEqual([503, 'response_too_large', 1]);
    expect(calls()).toStrictEqual(['GET /v3/jobs/7']);
  });

  test('an over-size answer to a POST says the server may have acted on it', async () => {
    server.failNext({ status: 201, body: recordOf(5000), afterProcessing: true });
    const client = createClient({ baseUrl: server.url, token: server.issueToken(), maxResponseBytes: 1000 });
    const error = await client.createWorkOrder(workOrder).catch((e: unknown) => e);
    expect(isApiError(error) && error.message).toBe(
      `POST ${server.url}/v3/workorder answered 201 with a body over 1000 bytes (maxResponseBytes): not read further (1 attempt). The server accepted the request, so it may have acted on it: check before sending it again.`,
    );
    expect(calls()).toStrictEqual(['POST /v3/workorder']);
  });

  test('the default limit is 1 MiB: a body of exactly 1 MiB is read, one byte more is refused', async () => {
    const client = createClient({ baseUrl: server.url, token: server.issueToken() });
    server.failNext({ status: 200, body: recordOf(MIB) });
    const read = await client.getJob(7);
    expect(JSON.stringify(read).length).toBe(MIB);
    server.failNext({ status: 200, body: recordOf(MIB + 1) });
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && error.code).toBe('response_too_large');
  });

  test('the limit counts bytes, not characters', async () => {
    const client = createClient({ baseUrl: server.url, token: server.issueToken(), maxResponseBytes: 100 });
    server.failNext({ status: 200, body: { id: 7, name: 'é'.repeat(45) } }); // 45 characters, 90 bytes, 111 with the rest
    const error = await client.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && error.code).toBe('response_too_large');
  });
});
