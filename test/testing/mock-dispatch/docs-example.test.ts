import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { createClient, isApiError } from '../../../src/index';
import { startMockDispatch, type MockDispatch } from '../../../src/testing/index';

// A legacy Job Offer from your system, as your integration receives it.
const jobOffer = {
  offer_strategy: 'direct',
  duration: -1,
  job: {
    title: 'Fix the Sink',
    service_type: 'PLB',
    external_id: 'AAA123',
    address: { street_1: '1234 Test Avenue', city: 'Boston', state: 'MA', postal_code: '02114' },
  },
  appointment: { window_start_time: ['2017-01-01T05:00:00Z'], window_end_time: ['2017-01-01T07:00:00Z'] },
  customer: { first_name: 'Joe', last_name: 'Shmo', email: 'joe.shmo@email.com', external_id: 'BBB456' },
  entities: [{ type: 'organization', id: 123, external_id: 'CCC789', data: { name: "Jim's Plumbing" } }],
};

let dispatch: MockDispatch;
beforeAll(async () => {
  dispatch = await startMockDispatch();
});
afterEach(() => dispatch.reset());
afterAll(() => dispatch.close());

test('a Job Offer is created as a Work Order, accepted with a visit, and completed', async () => {
  const client = createClient({ baseUrl: dispatch.baseUrl, getToken: async () => 'test-token' });

  // Dispatch is busy at first: one 429, which the client waits out (Retry-After: 1 s) and retries.
  dispatch.fail('POST /v3/workorder', { status: 429, retryAfter: 1 });
  const { created, issues } = await client.migrateAndCreate(jobOffer);
  expect(issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual(['dropped_field duration']);
  // This Dispatch does not know provider 123, so it creates it as provider 1 (matched by CCC789 next time).
  expect(created).toEqual({ service_provider_id: 1, primary_contact_id: 2, job_id: 3, appointment_id: 4 });
  expect(await client.getAppointment(created.appointment_id!)).toMatchObject({ status: 'draft', appointment_windows: [{ start_time: '2017-01-01T05:00:00Z', end_time: '2017-01-01T07:00:00Z' }] });

  // Accept on the provider's behalf with a visit: POST /v3/appointments, and the job is scheduled.
  await client.acceptJob(created.job_id, { time: '2017-01-01T05:00:00Z', duration: 3600 });
  expect(await client.getJob(created.job_id)).toMatchObject({ status: 'scheduled', service_provider_id: 1, customer_id: 2 });

  await client.completeJob(created.job_id);

  // A cancel that arrives after completion is refused with a 422, and the job stays complete.
  const refused = await client.cancelJob(created.job_id).catch((error: unknown) => error);
  expect(isApiError(refused) && refused.code).toBe('validation_failed');
  expect(isApiError(refused) && refused.errors).toEqual([
    { code: 'status_transition', severity: 'error', path: ['status'], message: 'Job 3 is "complete", a final status: it cannot become "canceled".' },
  ]);
  expect(dispatch.records.jobs.map((job) => job.status)).toEqual(['complete']);

  // Everything the integration sent, in order, with the answers it got.
  expect(dispatch.received.map((r) => `${r.status} ${r.method} ${r.path}`)).toEqual([
    '429 POST /v3/workorder',
    '201 POST /v3/workorder',
    '200 GET /v3/appointments/4',
    '201 POST /v3/appointments',
    '200 GET /v3/jobs/3',
    '200 PATCH /v3/jobs/3',
    '422 PATCH /v3/jobs/3',
  ]);
});
