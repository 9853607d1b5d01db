import type { PathSegment } from '../issues/issue';

const JOB_FIELDS: ReadonlySet<PathSegment> = new Set(['title', 'description', 'service_type']);
const PROVIDER_DATA_FIELDS: ReadonlySet<PathSegment> = new Set(['name', 'address', 'email', 'phone_number']);
const PHONE_FIELDS: Readonly<Record<string, string>> = { value: 'number', preferred: 'primary', type: 'type' };

/**
 * @internal Where a Work Order path built by the migration came from in the Job Offer: the
 * attribute table read backwards. `hasEmail` says whether contact method 0 is the customer's
 * email (phones follow it).
 */
export function toJobOfferPath(path: readonly PathSegment[], hasEmail: boolean): PathSegment[] {
  const [head, ...rest] = path;
  if (head === undefined) return [];
  if (JOB_FIELDS.has(head)) return ['job', head, ...rest];
  switch (head) {
    case 'external_ids':
      return ['job', 'external_id'];
    case 'location':
      return ['job', 'address', ...rest];
    case 'orchestration':
      return ['offer_strategy'];
    case 'appointment_windows': {
      const [i, field] = rest;
      if (i === undefined) return ['appointment'];
      return ['appointment', field === 'end_time' ? 'window_end_time' : 'window_start_time', i];
    }
    case 'contacts':
      return contactPath(rest.slice(1), hasEmail);
    case 'service_providers': {
      const [i, field, ...deeper] = rest;
      if (i === undefined) return ['entities'];
      if (field === undefined) return ['entities', i];
      if (field === 'id') return ['entities', i, 'id'];
      if (field === 'external_ids') return ['entities', i, 'external_id'];
      if (PROVIDER_DATA_FIELDS.has(field)) return ['entities', i, 'data', field, ...deeper];
      return ['entities', i];
    }
    default:
      return [...path];
  }
}

function contactPath(rest: readonly PathSegment[], hasEmail: boolean): PathSegment[] {
  const [field, ...deeper] = rest;
  switch (field) {
    case 'first_name':
    case 'last_name':
      return ['customer', field];
    case 'external_ids':
      return ['customer', 'external_id'];
    case 'billing_address':
      return ['customer', 'billing_address', ...deeper];
    case 'contact_methods': {
      const [k, methodField] = deeper;
      if (typeof k !== 'number') return ['customer'];
      if (hasEmail && k === 0) return ['customer', 'email'];
      const phone = hasEmail ? k - 1 : k;
      if (methodField === undefined) return ['customer', 'phone_numbers', phone];
      return ['customer', 'phone_numbers', phone, PHONE_FIELDS[String(methodField)] ?? String(methodField)];
    }
    default:
      return ['customer'];
  }
}
