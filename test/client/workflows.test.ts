import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createClient, isWorkOrderError, type DispatchClient, type JobOfferInput, type WorkOrderInput } from '../../src';
import { FIXTURES, readJson } from '../support/fixtures';
import { clientCredentials, startFakeDispatch, type FakeDispatch } from './support/fake-dispatch';

const jobOffer = readJson<JobOfferInput>(`${FIXTURES}pairs/guide-example.job-offer.json`);
const workOrder = readJson<WorkOrderInput>(`${FIXTURES}pairs/guide-example.work-order.json`);

let server: FakeDispatch;
let client: DispatchClient;

beforeEach(async () => {
  server = await startFakeDispatch();
  client = createClient({ baseUrl: server.url, getToken: clientCredentials(server), backoff: () => 1 });
});
afterEach(() => server.close());

/** The API requests the server received (token requests left out). */
function apiRequests() {
  return server.received.filter((r) => r.path !== '/v3/oauth/token');
}

describe('the update workflows against a Dispatch API on 127.0.0.1', () => {
  test('migrateAndCreate, accept with an appointment, read everything back, complete', async () => {
    const { created, issues } = await client.migrateAndCreate(jobOffer);
    expect(created).toStrictEqual({ service_provider_id: 123, primary_contact_id: 101, job_id: 102, appointment_id: 103 });
    // The guide's example has `"duration": -1`, an expiry the Work Order has no field for.
    expect(issues.map((i) => [i.code, i.severity, i.path])).toStrictEqual([['dropped_field', 'warning', ['duration']]]);

    const appointment = await client.acceptJob(created.job_id, { time: '2017-01-01T05:00:00Z', duration: 3600 });
    expect(appointment).toStrictEqual({ id: 104, job_id: 102, time: '2017-01-01T05:00:00Z', duration: 3600, status: 'scheduled' });

    expect(await client.getJob(created.job_id)).toStrictEqual({
      id: 102,
      title: 'Fix the Sink',
      status: 'scheduled',
      service_provider_id: 123,
      customer_id: 101,
      external_ids: ['AAA123'],
    });
    expect(await client.getCustomer(created.primary_contact_id)).toStrictEqual({ id: 101, first_name: 'Joe', last_name: 'Shmo' });
    expect(await client.getServiceProvider(created.service_provider_id)).toStrictEqual({ id: 123, name: "Jim's Plumbing", external_ids: ['CCC789'] });
    expect(await client.getAppointment(104)).toStrictEqual({ id: 104, job_id: 102, time: '2017-01-01T05:00:00Z', duration: 3600, status: 'scheduled' });
    expect(await client.completeJob(created.job_id)).toMatchObject({ id: 102, status: 'complete' });

    // Exactly what reached the server: one token request, then each call once, with the bearer token.
    expect(server.received.map((r) => `${r.method} ${r.path}`)).toStrictEqual([
      'POST /v3/oauth/token',
      'POST /v3/workorder',
      'POST /v3/appointments',
      'GET /v3/jobs/102',
      'GET /v3/customers/101',
      'GET /v3/service_providers/123',
      'GET /v3/appointments/104',
      'PATCH /v3/jobs/102',
    ]);
    for (const request of apiRequests()) {
      expect(request.authorization).toBe('Bearer token-1');
      expect(request.accept).toBe('application/json');
      expect(request.contentType).toBe(request.method === 'GET' ? undefined : 'application/json');
    }
    expect(apiRequests()[0]?.body).toStrictEqual(workOrder);
    expect(apiRequests()[1]?.body).toStrictEqual({ job_id: 102, time: '2017-01-01T05:00:00Z', duration: 3600, status: 'scheduled' });
    expect(apiRequests()[2]?.body).toBeUndefined();
    expect(apiRequests()[6]?.body).toStrictEqual({ status: 'complete' });
  });

  test('accept without an appointment, then cancel: the job and its appointment are canceled', async () => {
    const created = await client.createWorkOrder({ ...workOrder, status: 'offered' });
    expect(await client.acceptJob(created.job_id)).toMatchObject({ id: created.job_id, status: 'unscheduled' });
    expect(await client.cancelJob(created.job_id)).toMatchObject({ id: created.job_id, status: 'canceled' });
    expect(server.appointments.get(created.appointment_id as number)?.['status']).toBe('canceled');
    expect(apiRequests().map((r) => [r.method, r.path, r.body])).toStrictEqual([
      ['POST', '/v3/workorder', { ...workOrder, status: 'offered' }],
      ['PATCH', '/v3/jobs/102', { status: 'unscheduled' }],
      ['PATCH', '/v3/jobs/102', { status: 'canceled' }],
    ]);
  });

  test('migrateAndCreate returns the migration\'s warnings with paths into the Job Offer', async () => {
    const offer = { ...jobOffer, ui_options: { color: 'red' } };
    const { created, issues } = await client.migrateAndCreate(offer);
    expect(created.job_id).toBe(102);
    expect(issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['dropped_field', ['duration']],
      ['dropped_field', ['ui_options']],
    ]);
  });

  test('migrateAndCreate passes the phone options to the migration and to the body sent', async () => {
    await client.migrateAndCreate(jobOffer, { phoneFormat: 'RFC3966', status: 'offered' });
    const body = apiRequests()[0]?.body as { status: string; service_providers: { phone_number: string }[] };
    expect(body.status).toBe('offered');
    expect(body.service_providers[0]?.phone_number).toBe('tel:+15558887777');
  });

  test('nothing invalid leaves the machine: a failed migration throws WorkOrderError and sends nothing', async () => {
    const broken = { ...jobOffer, job: {} } as never; // not a Job Offer: no title, no address
    const error = await client.migrateAndCreate(broken).catch((e: unknown) => e);
    expect(isWorkOrderError(error)).toBe(true);
    expect(isWorkOrderError(error) && error.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path])).toStrictEqual([
      ['required', ['job', 'title']],
      ['required', ['job', 'address']],
    ]);
    expect(server.received).toStrictEqual([]);
  });

  test('nothing invalid leaves the machine: invalid Work Orders and arguments throw WorkOrderError before any request', async () => {
    const attempts = [
      client.createWorkOrder({ ...workOrder, contacts: [] }),
      client.acceptJob(102, { time: '2017-01-01T05:00:00', duration: 3600 }),
      client.acceptJob(0),
      client.cancelJob(-1),
      client.completeJob(1.5),
      client.getJob(Number.NaN),
      client.getAppointment('104' as never),
      client.getCustomer(0),
      client.getServiceProvider(undefined as never),
    ];
    const codes = [];
    for (const pending of attempts) {
      const error = await pending.catch((e: unknown) => e);
      expect(isWorkOrderError(error)).toBe(true);
      if (isWorkOrderError(error)) codes.push(error.issues[0]?.code);
    }
    expect(codes).toStrictEqual(['invalid_value', 'invalid_timestamp', 'invalid_value', 'invalid_value', 'invalid_value', 'invalid_value', 'invalid_type', 'invalid_value', 'required']);
    expect(server.received).toStrictEqual([]);
  });
});
