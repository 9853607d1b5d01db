import { describe, expect, test } from 'vitest';
import { createClient, isApiError, type DispatchClient, type WorkOrderInput } from '../../src';
import { FIXTURES, readJson } from '../support/fixtures';

// Every 2xx answer is checked against what the endpoint returns before a method resolves with it.

const workOrder = readJson<WorkOrderInput>(`${FIXTURES}pairs/guide-example.work-order.json`);
const URL_BASE = 'https://api-sandbox.dispatch.me';
const POST_HINT = ' The server accepted the request, so it may have acted on it: check before sending it again.';

/** A client whose every request is answered `status` with `body` (raw text). */
const answering = (body: string | null, status = 200): DispatchClient => createClient({ token: 't', retries: 0, fetch: async () => new Response(body, { status }) });

describe('the answer to createWorkOrder', () => {
  test.each([
    ['[1,2]', [1, 2], 'the body: expected an object, got an array'],
    ['42', 42, 'the body: expected an object, got a number'],
    ['null', null, 'the body: expected an object, got null'],
    ['', null, 'the body: expected an object, got null'],
    ['{"job_id":"102"}', { job_id: '102' }, 'service_provider_id: expected a whole number above 0, got undefined'],
    [
      '{"service_provider_id":1,"primary_contact_id":2,"job_id":"3","appointment_id":null}',
      { service_provider_id: 1, primary_contact_id: 2, job_id: '3', appointment_id: null },
      'job_id: expected a whole number above 0, got "3"',
    ],
    [
      '{"service_provider_id":1,"primary_contact_id":2,"job_id":3}',
      { service_provider_id: 1, primary_contact_id: 2, job_id: 3 },
      'appointment_id: expected a whole number above 0 or null, got undefined',
    ],
  ])('%s is an invalid_response', async (text, body, problem) => {
    const error = await answering(text, 201).createWorkOrder(workOrder).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect([error.status, error.code, error.body]).toStrictEqual([201, 'invalid_response', body]);
    expect(error.message).toBe(`POST ${URL_BASE}/v3/workorder answered 201 with a body that is not a Work Order answer (${problem}).${POST_HINT}`);
  });

  test('a valid answer resolves as sent, keys the library does not know included', async () => {
    const answer = { service_provider_id: 1, primary_contact_id: 2, job_id: 3, appointment_id: 4, links: { job: '/v3/jobs/3' } };
    expect(await answering(JSON.stringify(answer), 201).createWorkOrder(workOrder)).toStrictEqual(answer);
  });
});

describe('the answers to acceptJob, cancelJob and completeJob', () => {
  test.each([['[1]'], ['"ok"'], ['true'], ['3']])('%s is an invalid_response', async (text) => {
    const error = await answering(text).cancelJob(7).catch((e: unknown) => e);
    expect(isApiError(error) && [error.code, error.message]).toStrictEqual([
      'invalid_response',
      `PATCH ${URL_BASE}/v3/jobs/7 answered 200 with a body that is not a JSON object.`,
    ]);
  });

  test('an appointment that is not an object warns that it may have been created', async () => {
    const error = await answering('[]', 201).acceptJob(7, { time: '2017-01-01T05:00:00Z', duration: 60 }).catch((e: unknown) => e);
    expect(isApiError(error) && error.message).toBe(`POST ${URL_BASE}/v3/appointments answered 201 with a body that is not a JSON object.${POST_HINT}`);
  });

  test('an object or an empty body resolves', async () => {
    expect(await answering('{"id":7,"status":"complete"}').completeJob(7)).toStrictEqual({ id: 7, status: 'complete' });
    expect(await answering(null, 204).completeJob(7)).toBeNull();
  });
});

describe('the answers of the get… methods', () => {
  test('a record keeps a "__proto__" key as its own data, and Object.prototype is untouched', async () => {
    const record = await answering('{"id":7,"__proto__":{"polluted":true}}').getJob(7);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.hasOwn(record, '__proto__')).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
