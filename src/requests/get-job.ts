import { getById } from './get-by-id';
import type { RequestResult } from './types';

/**
 * Builds `GET /v3/jobs/:id`, which reads a job: its status, its service provider and what else
 * the platform holds. A created Work Order's job is its `job_id`.
 *
 * @param jobId - The job's Dispatch id, e.g. the `job_id` of a created Work Order.
 * @returns The request (its `body` is `undefined`), or `{ success: false, issues }` with an issue
 *   at `['jobId']`. Never throws.
 *
 * @example
 * requests.getJob(789);
 * // request: { method: 'GET', path: '/v3/jobs/789', body: undefined }
 */
export function getJob(jobId: number): RequestResult<undefined> {
  return getById('jobs', jobId, 'jobId');
}
