import { describe, expect, test } from 'vitest';
import { isApiError, isApiTimeoutError } from '../../../src/index';
import { adapters, useMock } from './support/adapters';
import { workOrder } from './support/payloads';

// Faults on demand: 429, 500 and 503 answers and slow answers, for a method and a path pattern,
// a number of times; and the latency option.

describe.each(adapters)('$name', (adapter) => {
  const h = useMock(adapter);

  test.each([429, 500, 503] as const)('a %i once, with Retry-After, then the normal answer; the faulted request changes nothing', async (status) => {
    h.mock.fail('POST /v3/workorder', { status, retryAfter: 1 });
    const first = await h.call('POST', '/v3/workorder', { body: workOrder() });
    expect(first.status).toBe(status);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(first.body).toEqual({ message: expect.stringContaining('(a fault injected with mock.fail)') });
    expect(h.mock.records.jobs).toEqual([]);
    const second = await h.call('POST', '/v3/workorder', { body: workOrder() });
    expect(second).toMatchObject({ status: 201, body: { job_id: 3 } });
    expect(second.headers.get('retry-after')).toBeNull();
    expect(h.mock.received.map((r) => r.status)).toEqual([status, 201]);
  });

  test('no Retry-After unless asked for', async () => {
    h.mock.fail('GET /v3/jobs/:id', { status: 503 });
    expect((await h.call('GET', '/v3/jobs/1')).headers.get('retry-after')).toBeNull();
  });

  test('a route pattern matches its method and path only: ":id" is one segment, a final "*" the rest, "*" any method', async () => {
    h.mock.fail('PATCH /v3/jobs/:id', { status: 500, times: Infinity });
    expect((await h.call('PATCH', '/v3/jobs/7', { body: { status: 'canceled' } })).status).toBe(500);
    expect((await h.call('PATCH', '/v3/jobs/8', { body: { status: 'canceled' } })).status).toBe(500);
    expect((await h.call('GET', '/v3/jobs/7')).status).toBe(404);
    expect((await h.call('PATCH', '/v3/jobs/7/x', { body: {} })).status).toBe(404);
    expect((await h.call('PATCH', '/v3/jobs/', { body: {} })).status).toBe(404);
    h.mock.reset();
    h.mock.fail('* /v3/*', { status: 503, times: 2 });
    expect((await h.call('GET', '/v3/customers/1')).status).toBe(503);
    expect((await h.call('POST', '/v3/workorder', { body: workOrder() })).status).toBe(503);
    expect((await h.call('POST', '/v3/workorder', { body: workOrder() })).status).toBe(201);
  });

  test('faults apply in the order they were added, before the token check', async () => {
    h.mock.fail('POST /v3/workorder', { status: 429, retryAfter: 0, times: 2 });
    h.mock.fail('POST /v3/workorder', { status: 503 });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await h.call('POST', '/v3/workorder', { body: workOrder(), token: null })).status);
    expect(statuses).toEqual([429, 429, 503, 401]);
  });

  test('reset() forgets the faults', async () => {
    h.mock.fail('GET /v3/jobs/:id', { status: 500, times: Infinity });
    h.mock.reset();
    expect((await h.call('GET', '/v3/jobs/1')).status).toBe(404);
  });

  test('the client retries a 429 on a POST after Retry-After, and does not retry a 503 on a POST', async () => {
    const client = h.client();
    h.mock.fail('POST /v3/workorder', { status: 429, retryAfter: 0 });
    expect(await client.createWorkOrder(workOrder())).toEqual({ service_provider_id: 1, primary_contact_id: 2, job_id: 3, appointment_id: null });
    h.mock.fail('POST /v3/workorder', { status: 503, retryAfter: 0 });
    const error = await client.createWorkOrder(workOrder()).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.code, error.request.attempts]).toEqual([503, 'server_error', 1]);
    expect(h.mock.received.map((r) => `${r.status} ${r.method} ${r.path}`)).toEqual(['429 POST /v3/workorder', '201 POST /v3/workorder', '503 POST /v3/workorder']);
  });

  test('a Retry-After longer than the client waits is reported, not waited for', async () => {
    h.mock.fail('GET /v3/jobs/:id', { status: 429, retryAfter: 120 });
    const error = await h.client({ maxRetryDelayMs: 1000 }).getJob(1).catch((e: unknown) => e);
    expect(isApiError(error) && [error.code, error.retryAfterMs]).toEqual(['rate_limited', 120_000]);
  });

  test('a slow answer: the client times out, retries the GET and gets the answer', async () => {
    const client = h.client();
    const { job_id: id } = await client.createWorkOrder(workOrder());
    h.mock.fail('GET /v3/jobs/:id', { delayMs: 300 });
    const started = Date.now();
    expect(await h.client({ timeoutMs: 100 }).getJob(id)).toMatchObject({ id, status: 'offered' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(h.mock.received.map((r) => `${r.status} ${r.method}`)).toEqual(['201 POST', '200 GET', '200 GET']);
  });

  test('a slow POST acts at once and answers late: the client gives up, yet the job exists', async () => {
    h.mock.fail('POST /v3/workorder', { delayMs: 300 });
    const error = await h.client({ timeoutMs: 100 }).createWorkOrder(workOrder()).catch((e: unknown) => e);
    expect(isApiTimeoutError(error) && error.message).toMatch(/The server may have acted on it/);
    expect(h.mock.records.jobs.map((j) => j.id)).toEqual([3]);
  });

  test('a fault with a status and a delay answers the status late', async () => {
    h.mock.fail('GET /v3/jobs/:id', { status: 500, delayMs: 150 });
    const started = Date.now();
    expect((await h.call('GET', '/v3/jobs/1')).status).toBe(500);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  test.each([
    ['not a route', { status: 429 }, /a route is a method and a path/],
    ['POST v3/workorder', { status: 429 }, /a route is a method and a path/],
    ['POST /v3/*/jobs', { status: 429 }, /a route is a method and a path/],
    ['POST /v3/workorder?x=1', { status: 429 }, /a route is a method and a path/],
    ['POST /v3/workorder', { status: 404 }, /"status" must be 429, 500 or 503, got 404/],
    ['POST /v3/workorder', {}, /needs a "status" \(429, 500 or 503\), a "delayMs", or both/],
    ['POST /v3/workorder', { status: 429, retryAfter: 1.5 }, /"retryAfter" is a whole number of seconds from 0, with a "status"; got 1.5/],
    ['POST /v3/workorder', { delayMs: 10, retryAfter: 1 }, /"retryAfter" is a whole number/],
    ['POST /v3/workorder', { delayMs: -1 }, /"delayMs" must be a number of milliseconds from 0, got -1/],
    ['POST /v3/workorder', { status: 500, times: 0 }, /"times" must be a whole number from 1, or Infinity; got 0/],
    ['POST /v3/workorder', null, /needs a fault such as/],
    [42, { status: 429 }, /a route is a method and a path/],
  ])('fail(%j, %j) is a caller mistake: a TypeError', (route, fault, message) => {
    expect(() => h.mock.fail(route as string, fault as never)).toThrow(TypeError);
    expect(() => h.mock.fail(route as string, fault as never)).toThrow(message);
  });
});

describe.each(adapters)('$name with a latency', (adapter) => {
  const h = useMock(adapter, { delayMs: 120 });

  test('every answer waits delayMs, faults add their own delay', async () => {
    let started = Date.now();
    expect((await h.call('GET', '/v3/jobs/1')).status).toBe(404);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    h.mock.fail('GET /v3/jobs/:id', { delayMs: 100 });
    started = Date.now();
    await h.call('GET', '/v3/jobs/1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(210);
  });
});

test.each(adapters)('$name: a bad delayMs option is a TypeError', async (adapter) => {
  await expect(adapter.start({ delayMs: Number.NaN })).rejects.toThrow('"delayMs" must be a number of milliseconds from 0, got NaN.');
});
