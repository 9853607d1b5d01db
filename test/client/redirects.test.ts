import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createClient, isApiError, type WorkOrderInput } from '../../src';
import { FIXTURES, readJson } from '../support/fixtures';
import { startFakeDispatch, type FakeDispatch } from './support/fake-dispatch';

const workOrder = readJson<WorkOrderInput>(`${FIXTURES}pairs/guide-example.work-order.json`);
const created = { service_provider_id: 1, primary_contact_id: 2, job_id: 3, appointment_id: null };

// The API server, and a server on another origin (another port of 127.0.0.1) that a redirect
// points to: it answers 200 to anything, as a hostile or mistaken endpoint would.
let server: FakeDispatch;
let other: FakeDispatch;
beforeEach(async () => {
  server = await startFakeDispatch();
  other = await startFakeDispatch();
  server.jobs.set(7, { id: 7, status: 'unscheduled' });
});
afterEach(async () => {
  await server.close();
  await other.close();
});

const client = () => createClient({ baseUrl: server.url, token: server.issueToken(), headers: { 'x-tenant': 'acme' }, backoff: () => 1 });
const calls = (s: FakeDispatch) => s.received.map((r) => `${r.method} ${r.path}`);

describe('redirects to another origin are never followed', () => {
  test.each([307, 308])('a %i answer to the Work Order POST: ApiError redirect_refused, nothing reaches the other origin', async (status) => {
    other.failNext({ status: 200, body: created });
    server.failNext({ status, headers: { location: `${other.url}/v3/workorder` } });
    const error = await client().createWorkOrder(workOrder).catch((e: unknown) => e);
    expect(other.received).toStrictEqual([]);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect([error.status, error.code, error.request]).toStrictEqual([status, 'redirect_refused', { method: 'POST', url: `${server.url}/v3/workorder`, attempts: 1 }]);
    expect(error.message).toBe(
      `POST ${server.url}/v3/workorder answered ${status} with a redirect to ${other.url}/v3/workorder, another origin: not followed, so nothing was sent there (1 attempt). Check "baseUrl".`,
    );
  });

  test.each([301, 302, 303, 307, 308])('a %i answer to a GET is not followed either', async (status) => {
    other.failNext({ status: 200, body: { id: 7, status: 'hijacked' } });
    server.failNext({ status, headers: { location: `${other.url}/v3/jobs/7` } });
    const error = await client().getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.code]).toStrictEqual([status, 'redirect_refused']);
    expect(other.received).toStrictEqual([]);
    expect(calls(server)).toStrictEqual(['GET /v3/jobs/7']); // not retried
  });

  test('a redirect within the API to another origin after a same-origin hop is refused too', async () => {
    server.failNext({ status: 307, headers: { location: '/v3/jobs/7?hop=1' } });
    server.failNext({ status: 307, headers: { location: `${other.url}/v3/jobs/7` } });
    const error = await client().getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && error.code).toBe('redirect_refused');
    expect(other.received).toStrictEqual([]);
  });
});

describe('redirects within the API origin', () => {
  test('a 307 or 308 keeps the method, body and headers, and is followed', async () => {
    server.failNext({ status: 307, headers: { location: '/v3/workorder' } });
    const answer = await client().createWorkOrder(workOrder);
    expect(answer.job_id).toBe(102);
    expect(server.received.map((r) => [r.method, r.path, r.authorization, r.headers['x-tenant'], r.body])).toStrictEqual([
      ['POST', '/v3/workorder', 'Bearer token-1', 'acme', workOrder],
      ['POST', '/v3/workorder', 'Bearer token-1', 'acme', workOrder],
    ]);
  });

  test('any redirect of a GET is followed, an absolute same-origin URL included', async () => {
    server.failNext({ status: 301, headers: { location: `${server.url}/v3/jobs/7` } });
    server.failNext({ status: 302, headers: { location: '/v3/jobs/7' } });
    expect(await client().getJob(7)).toStrictEqual({ id: 7, status: 'unscheduled' });
    expect(calls(server)).toStrictEqual(['GET /v3/jobs/7', 'GET /v3/jobs/7', 'GET /v3/jobs/7']);
  });

  test.each([301, 302, 303])('a %i answer to a POST or PATCH is refused: following it would change the request into a GET', async (status) => {
    server.failNext({ status, headers: { location: '/v3/jobs/7' } });
    const error = await client().cancelJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.code, error.message]).toStrictEqual([
      'redirect_refused',
      `PATCH ${server.url}/v3/jobs/7 answered ${status} with a redirect to ${server.url}/v3/jobs/7 that would change the request into a GET: not followed (1 attempt). Check "baseUrl".`,
    ]);
    expect(calls(server)).toStrictEqual(['PATCH /v3/jobs/7']);
    expect(server.jobs.get(7)?.['status']).toBe('unscheduled');
  });

  test('more than 5 redirects in a row are refused', async () => {
    server.failNext({ status: 307, headers: { location: '/v3/jobs/7' } }, 6);
    const error = await client().getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.code, error.message]).toStrictEqual([
      'redirect_refused',
      `GET ${server.url}/v3/jobs/7 answered 307 with a redirect to ${server.url}/v3/jobs/7 after 5 redirects: not followed (1 attempt). Check "baseUrl".`,
    ]);
    expect(calls(server)).toHaveLength(6);
  });

  test('a redirect without a Location is refused', async () => {
    server.failNext({ status: 308 });
    const error = await client().getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.code, error.message]).toStrictEqual([
      'redirect_refused',
      `GET ${server.url}/v3/jobs/7 answered 308 with a redirect without a valid Location: not followed (1 attempt). Check "baseUrl".`,
    ]);
  });

  test('a custom fetch that hides redirects (an opaque redirect) is refused', async () => {
    const opaque = Object.defineProperties(new Response(null, { status: 200 }), { type: { value: 'opaqueredirect' }, status: { value: 0 } });
    const custom = createClient({ token: 't', fetch: async () => opaque });
    const error = await custom.getJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.code]).toStrictEqual([0, 'redirect_refused']);
  });
});
