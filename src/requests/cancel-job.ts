import { setJobStatus } from './set-job-status';
import type { JobStatusBody, RequestResult } from './types';

/**
 * Builds `PATCH /v3/jobs/:id` `{ status: "canceled" }`: cancels the work (and, on the platform, the
 * job's appointments). To cancel a Work Order, cancel each job it created.
 *
 * @param jobId - The job's id, the `job_id` the API returned for the Work Order.
 * @returns The request, or `{ success: false, issues }` with an issue at `['jobId']`. Never throws.
 *
 * @example
 * requests.cancelJob(789);
 * // request: { method: 'PATCH', path: '/v3/jobs/789', body: { status: 'canceled' } }
 */
export function cancelJob(jobId: number): RequestResult<JobStatusBody> {
  return setJobStatus(jobId, 'canceled');
}
