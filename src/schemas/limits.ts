/**
 * Size limits on payloads, so that a hostile or broken payload cannot make one call take seconds
 * or gigabytes. A payload over a limit fails with a `too_large` error at the oversized field, and
 * nothing else is checked in it. Real Work Orders stay far below every limit.
 *
 * @category Schemas and types
 */
export const LIMITS = {
  /** Most characters in any string field (a long markdown `description` fits easily). */
  maxStringLength: 65_536,
  /** Most keys in any object, known and unknown together. */
  maxObjectKeys: 200,
  /** Most contacts on a Work Order. */
  maxContacts: 50,
  /** Most contact methods of one contact, and most phone numbers of a Job Offer's customer. */
  maxContactMethods: 20,
  /** Most appointment windows (and of each of a Job Offer's window arrays). */
  maxAppointmentWindows: 50,
  /** Most service providers (and Job Offer entities). */
  maxServiceProviders: 50,
  /** Most external ids in one `external_ids` array. */
  maxExternalIds: 20,
} as const;
