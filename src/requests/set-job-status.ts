import { checkId } from './check-id';
import type { JobStatusBody, RequestResult } from './types';

/** @internal Builds `PATCH /v3/jobs/:id` `{ status }` after checking the id. */
export function setJobStatus(jobId: number, status: JobStatusBody['status']): RequestResult<JobStatusBody> {
  const issues = checkId(jobId, 'jobId');
  if (issues.length > 0) return { success: false, issues };
  return { success: true, request: { method: 'PATCH', path: `/v3/jobs/${jobId}`, body: { status } }, issues };
}
