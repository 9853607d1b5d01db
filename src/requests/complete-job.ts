import { setJobStatus } from './set-job-status';
import type { JobStatusBody, RequestResult } from './types';

/**
 * Builds `PATCH /v3/jobs/:id` `{ status: "complete" }`: records work done outside Dispatch as
 * complete, so the customer survey still goes out.
 *
 * @param jobId - The job's id, the `job_id` the API returned for the Work Order.
 * @returns The request, or `{ success: false, issues }` with an issue at `['jobId']`. Never throws.
 *
 * @example
 * requests.completeJob(789);
 * // request: { method: 'PATCH', path: '/v3/jobs/789', body: { status: 'complete' } }
 */
export function completeJob(jobId: number): RequestResult<JobStatusBody> {
  return setJobStatus(jobId, 'complete');
}
