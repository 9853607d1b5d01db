import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setupServer } from 'msw/node';
import { describe, expect, test } from 'vitest';
import { createClient, SANDBOX_BASE_URL } from '../../../src/index';
import { mockDispatchHandlers, startMockDispatch } from '../../../src/testing/index';
import { adapters, useMock } from './support/adapters';
import { guideWorkOrder, workOrder } from './support/payloads';

// Deterministic ids, reset(), independence of two mocks, and what only one adapter does: closing
// the server, serving another process; the handlers' base URL.

describe.each(adapters)('$name', (adapter) => {
  const h = useMock(adapter);

  /** Plays one short integration and returns everything it saw. */
  async function play(): Promise<unknown> {
    const answers = [];
    answers.push(await h.call('POST', '/v3/workorder', { body: guideWorkOrder() }));
    answers.push(await h.call('POST', '/v3/appointments', { body: { job_id: 3, time: '2017-01-01T05:00:00Z', duration: 3600 } }));
    answers.push(await h.call('PATCH', '/v3/jobs/3', { body: { status: 'complete' } }));
    return { bodies: answers.map((a) => [a.status, a.body]), records: h.mock.records, received: h.mock.received };
  }

  test('the same requests after reset() give the same ids, answers and records', async () => {
    const first = await play();
    h.mock.reset();
    expect(h.mock.received).toEqual([]);
    expect(h.mock.records).toEqual({ jobs: [], appointments: [], customers: [], serviceProviders: [] });
    expect(await play()).toEqual(first);
  });

  test('a body over 16 MiB is a 413, and is not kept', async () => {
    const answer = await h.call('POST', '/v3/workorder', { raw: JSON.stringify({ title: 'x'.repeat(16 * 1024 * 1024) }) });
    expect([answer.status, answer.body]).toEqual([413, { message: 'The body is larger than 16777216 bytes.' }]);
    expect(h.mock.received.map((r) => [r.status, r.body])).toEqual([[413, undefined]]);
  });

  test('reset() keeps the options', async () => {
    const strict = await adapter.start({ tokens: ['only'] });
    try {
      strict.mock.reset();
      expect((await strict.call('GET', '/v3/jobs/1', { token: 'other' })).status).toBe(401);
    } finally {
      await strict.stop();
    }
  });
});

describe('two mocks share nothing', () => {
  test('two servers', async () => {
    const [a, b] = await Promise.all([startMockDispatch(), startMockDispatch()]);
    try {
      expect(a.baseUrl).not.toBe(b.baseUrl);
      const clientA = createClient({ baseUrl: a.baseUrl, token: 't' });
      const clientB = createClient({ baseUrl: b.baseUrl, token: 't' });
      a.fail('POST /v3/workorder', { status: 500 });
      b.expireToken('t');
      await expect(clientA.createWorkOrder(workOrder())).rejects.toMatchObject({ status: 500 });
      await expect(clientB.createWorkOrder(workOrder())).rejects.toMatchObject({ status: 401 });
      expect(await clientA.createWorkOrder(workOrder())).toMatchObject({ job_id: 3 });
      expect(a.records.jobs).toHaveLength(1);
      expect(b.records.jobs).toHaveLength(0);
      expect(a.received.map((r) => r.status)).toEqual([500, 201]);
      expect(b.received.map((r) => r.status)).toEqual([401]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('two sets of msw handlers on two base URLs', async () => {
    const a = await mockDispatchHandlers({ baseUrl: 'https://a.example/api' });
    const b = await mockDispatchHandlers({ baseUrl: 'https://b.example' });
    const server = setupServer(...a.handlers, ...b.handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      expect(await createClient({ baseUrl: a.baseUrl, token: 't' }).createWorkOrder(workOrder())).toMatchObject({ job_id: 3 });
      expect(a.received.map((r) => r.path)).toEqual(['/v3/workorder']);
      expect(b.received).toEqual([]);
      expect(b.records.jobs).toEqual([]);
    } finally {
      server.close();
    }
  });
});

describe('the server', () => {
  test('answers another process, with any HTTP client', async () => {
    const mock = await startMockDispatch();
    try {
      const script = `
        const res = await fetch(process.argv[1] + '/v3/workorder', {
          method: 'POST',
          headers: { authorization: 'Bearer from-a-child', 'content-type': 'application/json' },
          body: process.argv[2],
        });
        console.log(res.status, await res.text());`;
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, mock.baseUrl, JSON.stringify(workOrder())]);
      expect(stdout.trim()).toBe('201 {"service_provider_id":1,"primary_contact_id":2,"job_id":3,"appointment_id":null}');
      expect(mock.received[0]?.headers['authorization']).toBe('Bearer from-a-child');
    } finally {
      await mock.close();
    }
  });

  test('listens on 127.0.0.1, on a port of its own', async () => {
    const mock = await startMockDispatch();
    await mock.close();
    expect(mock.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:[1-9][0-9]*$/);
  });

  test('close() resolves at once with answers pending, refuses connections after, and can be called twice', async () => {
    const mock = await startMockDispatch();
    mock.fail('GET /v3/jobs/:id', { delayMs: 60_000 });
    const pending = fetch(`${mock.baseUrl}/v3/jobs/1`, { headers: { authorization: 'Bearer t' } }).catch((error: unknown) => error);
    await expect.poll(() => mock.received.length).toBe(1);
    const started = Date.now();
    await Promise.all([mock.close(), mock.close()]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await pending).toBeInstanceOf(TypeError); // the connection was dropped
    await expect(fetch(`${mock.baseUrl}/v3/jobs/1`)).rejects.toThrow(TypeError);
  });

  test('a client that hangs up midway through its body is dropped, and the server goes on', async () => {
    const mock = await startMockDispatch();
    try {
      const { port } = new URL(mock.baseUrl);
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write('POST /v3/workorder HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t\r\nContent-Length: 100\r\n\r\n{"title":');
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(mock.received).toEqual([]);
      expect((await fetch(`${mock.baseUrl}/v3/jobs/1`, { headers: { authorization: 'Bearer t' } })).status).toBe(404);
    } finally {
      await mock.close();
    }
  });

  test('the path is read without its query', async () => {
    const mock = await startMockDispatch();
    try {
      const response = await fetch(`${mock.baseUrl}/v3/jobs/5?expand=all`, { headers: { authorization: 'Bearer t' } });
      expect(response.status).toBe(404);
      expect(mock.received[0]?.path).toBe('/v3/jobs/5');
    } finally {
      await mock.close();
    }
  });
});

describe('the msw handlers', () => {
  test('answer for the sandbox by default, where createClient sends', async () => {
    const mock = await mockDispatchHandlers();
    expect(mock.baseUrl).toBe(SANDBOX_BASE_URL);
    const server = setupServer(...mock.handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      expect(await createClient({ token: 't' }).createWorkOrder(workOrder())).toMatchObject({ job_id: 3 });
    } finally {
      server.close();
    }
  });

  test('answer below a base URL with a path prefix, and nothing outside it', async () => {
    const mock = await mockDispatchHandlers({ baseUrl: 'https://proxy.example/dispatch/' });
    expect(mock.baseUrl).toBe('https://proxy.example/dispatch');
    const server = setupServer(...mock.handlers);
    const unhandled: string[] = [];
    server.listen({ onUnhandledRequest: (request) => void unhandled.push(request.url) });
    try {
      const response = await fetch('https://proxy.example/dispatch/v3/jobs/1', { headers: { authorization: 'Bearer t' } });
      expect(response.status).toBe(404);
      expect(mock.received.map((r) => r.path)).toEqual(['/v3/jobs/1']);
      await fetch('https://proxy.example/other/v3/jobs/1').catch(() => undefined);
      expect(unhandled).toEqual(['https://proxy.example/other/v3/jobs/1']);
    } finally {
      server.close();
    }
  });

  test.each([['not a url'], ['ftp://example.com'], ['https://example.com/?x=1'], [42]])('a baseUrl %j is a TypeError', async (baseUrl) => {
    await expect(mockDispatchHandlers({ baseUrl: baseUrl as string })).rejects.toThrow(/"baseUrl" must be an http or https URL without a query or fragment/);
  });
});

test('msw is never imported eagerly: only types, and one dynamic import()', () => {
  const folder = new URL('../../../src/testing/', import.meta.url).pathname;
  const sources = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const imports = sources.flatMap((file) => [...readFileSync(join(folder, file), 'utf8').matchAll(/^(?!\s*(\*|\/\/)).*['"]msw(\/[^'"]*)?['"].*$/gm)].map((m) => `${file}: ${m[0].trim()}`));
  expect(imports).toEqual([
    "mock-dispatch/mock-dispatch-handlers.ts: async function loadMsw(): Promise<typeof import('msw')> {",
    "mock-dispatch/mock-dispatch-handlers.ts: return await import('msw');",
    "mock-dispatch/types.ts: import type { HttpHandler } from 'msw';",
  ]);
});
