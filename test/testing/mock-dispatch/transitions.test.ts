import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isApiError, type Status } from '../../../src/index';
import { JOB_TRANSITIONS } from '../../../src/testing/mock-dispatch/transitions';
import { adapters, useMock } from './support/adapters';
import { guideWorkOrder, workOrder } from './support/payloads';

// The update workflows: which status changes the mock allows, written out here as a matrix of its
// own (not derived from the table in src), and the table in docs/testing.md held equal to the code.

const STATUSES: readonly Status[] = ['offered', 'unscheduled', 'scheduled', 'paused', 'complete', 'canceled'];

// PATCH /v3/jobs/:id { status: to } from each status: 200 (changed), 'same' (200, nothing changes), or 422.
const PATCH: Record<Status, Partial<Record<Status, 200 | 'same'>>> = {
  offered: { offered: 'same', unscheduled: 200, canceled: 200, complete: 200 },
  unscheduled: { unscheduled: 'same', canceled: 200, complete: 200 },
  scheduled: { scheduled: 'same', canceled: 200, complete: 200 },
  paused: { paused: 'same', canceled: 200, complete: 200 },
  complete: { complete: 'same' },
  canceled: { canceled: 'same' },
};
// POST /v3/appointments for a job in each status: does it create the appointment?
const SCHEDULABLE: Record<Status, boolean> = { offered: true, unscheduled: true, scheduled: true, paused: true, complete: false, canceled: false };

const appointment = (jobId: number) => ({ job_id: jobId, time: '2017-01-01T05:00:00Z', duration: 3600, status: 'scheduled' });

describe.each(adapters)('$name', (adapter) => {
  const h = useMock(adapter);

  /** Creates a job in status `from` and returns its id. */
  async function job(from: Status): Promise<number> {
    const answer = await h.call('POST', '/v3/workorder', { body: workOrder({ status: from }) });
    return (answer.body as { job_id: number }).job_id;
  }

  const cases = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to, PATCH[from][to] ?? 422] as const));
  test.each(cases)('PATCH from %s to %s answers %s', async (from, to, expected) => {
    const id = await job(from);
    const answer = await h.call('PATCH', `/v3/jobs/${id}`, { body: { status: to } });
    expect(answer.status).toBe(expected === 'same' ? 200 : expected);
    expect(h.mock.records.jobs[0]?.status).toBe(expected === 422 ? from : to);
    if (expected !== 422) expect(answer.body).toEqual(h.mock.records.jobs[0]);
    else expect(answer.body).toMatchObject({ errors: [{ code: 'status_transition', severity: 'error', path: ['status'] }] });
  });

  test.each(STATUSES)('POST /v3/appointments for a job that is %s', async (from) => {
    const id = await job(from);
    const answer = await h.call('POST', '/v3/appointments', { body: appointment(id) });
    if (SCHEDULABLE[from]) {
      expect(answer).toMatchObject({ status: 201, body: { id: 4, job_id: id, status: 'scheduled', time: '2017-01-01T05:00:00Z', duration: 3600, appointment_windows: [] } });
      expect(h.mock.records.jobs[0]?.status).toBe('scheduled');
      expect(h.mock.records.appointments).toEqual([answer.body]);
    } else {
      expect(answer).toMatchObject({
        status: 422,
        body: {
          errors: [
            { code: 'status_transition', severity: 'error', path: ['job_id'], message: `Job ${id} is "${from}": only a job that is "offered", "unscheduled", "scheduled", or "paused" can be scheduled.` },
          ],
        },
      });
      expect(h.mock.records.jobs[0]?.status).toBe(from);
      expect(h.mock.records.appointments).toEqual([]);
    }
  });

  test('refusals say why and what is allowed', async () => {
    const offered = await job('offered');
    const refusal = async (id: number, status: string) => ((await h.call('PATCH', `/v3/jobs/${id}`, { body: { status } })).body as { errors: { message: string }[] }).errors[0]?.message;
    expect(await refusal(offered, 'scheduled')).toBe(
      `A job becomes "scheduled" when an appointment is created for it: POST /v3/appointments { "job_id": ${offered}, "time", "duration", "status": "scheduled" }.`,
    );
    expect(await refusal(offered, 'paused')).toBe(`Job ${offered} cannot go from "offered" to "paused": from "offered" a PATCH can make it "unscheduled", "canceled", or "complete".`);
    await h.call('PATCH', `/v3/jobs/${offered}`, { body: { status: 'complete' } });
    expect(await refusal(offered, 'canceled')).toBe(`Job ${offered} is "complete", a final status: it cannot become "canceled".`);
  });

  test('canceling a job cancels its appointments, draft and scheduled; other jobs keep theirs', async () => {
    await h.call('POST', '/v3/workorder', { body: guideWorkOrder() }); // provider 1, customer 2, job 3, draft appointment 4
    await h.call('POST', '/v3/workorder', { body: guideWorkOrder() }); // matched 1 and 2, job 5, draft appointment 6
    expect((await h.call('POST', '/v3/appointments', { body: appointment(3) })).status).toBe(201); // appointment 7
    expect((await h.call('PATCH', '/v3/jobs/3', { body: { status: 'canceled' } })).status).toBe(200);
    expect(h.mock.records.appointments.map((a) => [a.id, a.job_id, a.status])).toEqual([
      [4, 3, 'canceled'],
      [6, 5, 'draft'],
      [7, 3, 'canceled'],
    ]);
  });

  test('completing a job leaves its appointments as they are', async () => {
    await h.call('POST', '/v3/workorder', { body: guideWorkOrder() });
    await h.call('POST', '/v3/appointments', { body: appointment(3) });
    await h.call('PATCH', '/v3/jobs/3', { body: { status: 'complete' } });
    expect(h.mock.records.appointments.map((a) => a.status)).toEqual(['draft', 'scheduled']);
  });

  test('PATCH bodies: a status is required and must be a job status; an unknown job is a 404', async () => {
    const id = await job('offered');
    expect(await h.call('PATCH', `/v3/jobs/${id}`, { body: {} })).toMatchObject({
      status: 422,
      body: { errors: [{ code: 'required', path: ['status'], message: 'Send the new status, e.g. { "status": "unscheduled" } to accept, "canceled" to cancel, "complete" to complete.' }] },
    });
    expect(await h.call('PATCH', `/v3/jobs/${id}`, { body: { status: 'done' } })).toMatchObject({
      status: 422,
      body: { errors: [{ code: 'invalid_value', path: ['status'], message: '"status" must be one of "offered", "unscheduled", "scheduled", "paused", "complete", or "canceled", not "done".' }] },
    });
    expect(await h.call('PATCH', `/v3/jobs/${id}`, { body: ['canceled'] })).toMatchObject({ status: 422, body: { errors: [{ code: 'required' }] } });
    expect(await h.call('PATCH', '/v3/jobs/99', { body: { status: 'canceled' } })).toMatchObject({ status: 404, body: { message: 'There is no job 99: use the "job_id" that POST /v3/workorder answered.' } });
  });

  test('appointment bodies are checked as requests.acceptJob checks its arguments, in the body\'s own names', async () => {
    const answer = await h.call('POST', '/v3/appointments', { body: { job_id: '3', time: '2017-01-01 05:00', duration: 0.5, status: 'draft' } });
    expect(answer.status).toBe(422);
    const errors = (answer.body as { errors: { code: string; path: unknown[]; message: string }[] }).errors;
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['invalid_type', ['job_id']],
      ['invalid_timestamp', ['time']],
      ['invalid_value', ['duration']],
      ['invalid_value', ['status']],
    ]);
    expect(errors[0]?.message).toBe('"job_id" must be a number, not the string "3": pass the Dispatch id as a number, e.g. 789.');
    expect(errors[2]?.message).toBe('"duration" must be a whole number of seconds above 0, not 0.5: e.g. 3600 for one hour.');
    expect(errors[3]?.message).toBe('"status" must be "scheduled" (the guide\'s accept with an appointment), not "draft"; or leave it out.');
    expect((await h.call('POST', '/v3/appointments', { body: {} })).body).toMatchObject({
      errors: [
        { code: 'required', path: ['job_id'], message: '"job_id" is required: give the Dispatch id of the record, e.g. 789.' },
        { code: 'required', path: ['time'], message: '"time" is required: give the start as ISO 8601 with an offset, e.g. "2017-01-01T05:00:00Z".' },
        { code: 'required', path: ['duration'], message: '"duration" is required: give the length in seconds, e.g. 3600 for one hour.' },
      ],
    });
    expect(await h.call('POST', '/v3/appointments', { body: 'scheduled' })).toMatchObject({ status: 422, body: { errors: [{ code: 'invalid_type', path: [] }] } });
  });

  test('an appointment for a job that does not exist is a 422 at job_id; without a status it is scheduled', async () => {
    expect(await h.call('POST', '/v3/appointments', { body: appointment(99) })).toMatchObject({
      status: 422,
      body: { errors: [{ code: 'not_found', path: ['job_id'], message: 'There is no job 99: use the "job_id" that POST /v3/workorder answered.' }] },
    });
    const id = await job('unscheduled');
    const { status: _status, ...withoutStatus } = appointment(id);
    expect(await h.call('POST', '/v3/appointments', { body: withoutStatus })).toMatchObject({ status: 201, body: { status: 'scheduled' } });
  });

  test('through the client: accept with an appointment, then a refused change is an ApiError with the errors', async () => {
    const client = h.client();
    const created = await client.createWorkOrder(workOrder());
    expect(await client.acceptJob(created.job_id, { time: '2017-01-01T05:00:00Z', duration: 3600 })).toMatchObject({ job_id: created.job_id, status: 'scheduled' });
    expect(await client.getJob(created.job_id)).toMatchObject({ status: 'scheduled' });
    expect(await client.cancelJob(created.job_id)).toMatchObject({ status: 'canceled' });
    const error = await client.completeJob(created.job_id).catch((e: unknown) => e);
    if (!isApiError(error)) throw error;
    expect([error.status, error.code, error.errors]).toEqual([
      422,
      'validation_failed',
      [{ code: 'status_transition', severity: 'error', path: ['status'], message: `Job ${created.job_id} is "canceled", a final status: it cannot become "complete".` }],
    ]);
  });
});

test('docs/testing.md shows the transition table of the code', () => {
  const docs = readFileSync(new URL('../../../docs/testing.md', import.meta.url), 'utf8');
  const section = /<!-- transitions:start -->\n([\s\S]*?)<!-- transitions:end -->/.exec(docs)?.[1];
  const rows = JOB_TRANSITIONS.map((t) => `| ${t.workflow} | \`${t.request}\`${t.request.startsWith('PATCH') ? ` \`{ "status": "${t.to}" }\`` : ''} | ${t.from.map((s) => `\`${s}\``).join(', ')} | \`${t.to}\` | ${t.effect} |`);
  expect(section).toBe(['| Workflow | Request | From | To | Also |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n'));
});
