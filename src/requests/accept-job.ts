import type { Issue } from '../issues/issue';
import { checkAppointment } from './check-appointment';
import { checkId } from './check-id';
import type { AppointmentBody, AppointmentInput, JobStatusBody, RequestResult } from './types';

/**
 * Builds the request that accepts a job on its service provider's behalf, picking the call the
 * guide prescribes: without an appointment, `PATCH /v3/jobs/:id` `{ status: "unscheduled" }`; with
 * one, `POST /v3/appointments` `{ job_id, time, duration, status: "scheduled" }`, which creates the
 * appointment and moves the job to `scheduled`. This replaces the legacy
 * `PATCH /v1/organizations/:id/job_offers/:id`.
 *
 * @param jobId - The job's id, the `job_id` the API returned for the Work Order.
 * @param appointment - When the visit happens: `time` in ISO 8601 with an offset and `duration` in
 *   whole seconds above 0. Leave it out to accept without scheduling.
 * @returns The request, or `{ success: false, issues }` with issues at `['jobId']` or
 *   `['appointment', …]`. Never throws.
 *
 * @example
 * requests.acceptJob(789);
 * // request: { method: 'PATCH', path: '/v3/jobs/789', body: { status: 'unscheduled' } }
 * requests.acceptJob(789, { time: '2017-01-01T05:00:00Z', duration: 3600 });
 * // request: { method: 'POST', path: '/v3/appointments',
 * //            body: { job_id: 789, time: '2017-01-01T05:00:00Z', duration: 3600, status: 'scheduled' } }
 */
export function acceptJob(jobId: number, appointment?: AppointmentInput): RequestResult<JobStatusBody | AppointmentBody> {
  const issues: Issue[] = checkId(jobId, 'jobId');
  const checked = appointment === undefined ? undefined : checkAppointment(appointment, issues);
  if (issues.some((i) => i.severity === 'error')) return { success: false, issues };
  if (checked === undefined) {
    return { success: true, request: { method: 'PATCH', path: `/v3/jobs/${jobId}`, body: { status: 'unscheduled' } }, issues };
  }
  const body: AppointmentBody = { job_id: jobId, time: checked.time, duration: checked.duration, status: 'scheduled' };
  return { success: true, request: { method: 'POST', path: '/v3/appointments', body }, issues };
}
