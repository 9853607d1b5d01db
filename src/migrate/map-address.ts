import type { JobOffer } from '../schemas/job-offer';

type Address = JobOffer['job']['address'];

/** @internal A legacy address becomes a Location field for field; only the fields given are copied. */
export function mapAddress(address: Address): Record<string, unknown> {
  // The legacy address has the Location's fields; zod has already left unknown keys out.
  return { ...address };
}
