import { StatusSchema, type Status } from '../../../schemas/enums';
import { detail, invalid, message, oneOf, type Reply } from '../reply';
import type { Store } from '../store';
import { FINAL_STATUSES, findTransition, JOB_TRANSITIONS } from '../transitions';

const STATUSES: readonly string[] = StatusSchema.options;

/**
 * @internal `PATCH /v3/jobs/:id` `{ status }`: the guide's accept without an appointment, cancel
 * and complete. A change the transition table allows is made (canceling also cancels the job's
 * open appointments) and the job is answered (200); the job's own status changes nothing (200); any
 * other change is a 422 that says what is allowed.
 */
export function updateJob(store: Store, id: number, body: unknown): Reply {
  const job = store.jobs.get(id);
  if (job === undefined) return message(404, `There is no job ${id}: use the "job_id" that POST /v3/workorder answered.`);
  const status = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)['status'] : undefined;
  if (status === undefined) return invalid([detail('required', ['status'], 'Send the new status, e.g. { "status": "unscheduled" } to accept, "canceled" to cancel, "complete" to complete.')]);
  if (typeof status !== 'string' || !STATUSES.includes(status)) {
    return invalid([detail('invalid_value', ['status'], `"status" must be one of ${oneOf(STATUSES)}, not ${JSON.stringify(status)}.`)]);
  }
  const to = status as Status;
  if (to === job.status) return { status: 200, body: structuredClone(job) };
  if (findTransition('PATCH /v3/jobs/:id', job.status, to) === undefined) {
    return invalid([detail('status_transition', ['status'], refusal(job.id, job.status, to))]);
  }
  job.status = to;
  if (to === 'canceled') {
    for (const appointment of store.appointments.values()) {
      if (appointment.job_id === job.id && appointment.status !== 'canceled') appointment.status = 'canceled';
    }
  }
  return { status: 200, body: structuredClone(job) };
}

function refusal(id: number, from: Status, to: Status): string {
  if (FINAL_STATUSES.includes(from)) return `Job ${id} is "${from}", a final status: it cannot become "${to}".`;
  if (to === 'scheduled') return `A job becomes "scheduled" when an appointment is created for it: POST /v3/appointments { "job_id": ${id}, "time", "duration", "status": "scheduled" }.`;
  const allowed = JOB_TRANSITIONS.filter((t) => t.request === 'PATCH /v3/jobs/:id' && t.from.includes(from)).map((t) => t.to);
  return `Job ${id} cannot go from "${from}" to "${to}": from "${from}" a PATCH can make it ${oneOf(allowed)}.`;
}
