import type { JobOffer } from '../schemas/job-offer';
import { mapAddress } from './map-address';

/**
 * @internal The job's fields become the Work Order's top level: `title`, `description` (verbatim),
 * `service_type`, `external_id` → `external_ids: [id]`, `address` → `location`.
 */
export function mapJob(job: JobOffer['job']): Record<string, unknown> {
  const out: Record<string, unknown> = { title: job.title };
  if (job.description !== undefined) out['description'] = job.description;
  if (job.service_type !== undefined) out['service_type'] = job.service_type;
  if (job.external_id !== undefined) out['external_ids'] = [job.external_id];
  out['location'] = mapAddress(job.address);
  return out;
}
