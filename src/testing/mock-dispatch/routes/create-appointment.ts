import type { PathSegment } from '../../../issues/issue';
import * as requests from '../../../requests';
import { detail, invalid, isNonEmpty, oneOf, type Reply } from '../reply';
import type { Store } from '../store';
import { findTransition, JOB_TRANSITIONS } from '../transitions';
import type { MockAppointment } from '../types';

/**
 * @internal `POST /v3/appointments` `{ job_id, time, duration, status: "scheduled" }`: the guide's
 * accept with an appointment. Checks the body as `requests.acceptJob` checks its arguments (422),
 * creates a `scheduled` appointment and moves the job to `scheduled` (201, the appointment).
 */
export function createAppointment(store: Store, body: unknown): Reply {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid([detail('invalid_type', [], 'The body must be a JSON object such as { "job_id": 3, "time": "2017-01-01T05:00:00Z", "duration": 3600, "status": "scheduled" }.')]);
  }
  const { job_id: jobId, time, duration, status } = body as Record<string, unknown>;
  const built = requests.acceptJob(jobId as number, { time: time as string, duration: duration as number });
  const errors = built.issues.filter((i) => i.severity === 'error').map((i) => detail(i.code, bodyPath(i.path), bodyMessage(i.message)));
  if (status !== undefined && status !== 'scheduled') {
    errors.push(detail('invalid_value', ['status'], `"status" must be "scheduled" (the guide's accept with an appointment), not ${JSON.stringify(status)}; or leave it out.`));
  }
  if (isNonEmpty(errors)) return invalid(errors);

  const job = store.jobs.get(jobId as number);
  if (job === undefined) return invalid([detail('not_found', ['job_id'], `There is no job ${String(jobId)}: use the "job_id" that POST /v3/workorder answered.`)]);
  if (findTransition('POST /v3/appointments', job.status, 'scheduled') === undefined) {
    const from = JOB_TRANSITIONS.filter((t) => t.request === 'POST /v3/appointments').flatMap((t) => t.from);
    return invalid([detail('status_transition', ['job_id'], `Job ${job.id} is "${job.status}": only a job that is ${oneOf(from)} can be scheduled.`)]);
  }
  const appointment: MockAppointment = { id: store.nextId(), job_id: job.id, status: 'scheduled', time: time as string, duration: duration as number, appointment_windows: [] };
  store.appointments.set(appointment.id, appointment);
  job.status = 'scheduled';
  return { status: 201, body: appointment };
}

// The builder names its arguments `jobId` and `appointment.time`; the body's fields are `job_id` and `time`.
function bodyPath([head, ...rest]: readonly PathSegment[]): PathSegment[] {
  return head === 'jobId' ? ['job_id', ...rest] : rest;
}

function bodyMessage(text: string): string {
  return text.replaceAll('"jobId"', '"job_id"').replaceAll('"appointment.', '"');
}
