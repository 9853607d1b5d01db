import { getById } from './get-by-id';
import type { RequestResult } from './types';

/**
 * Builds `GET /v3/customers/:id`, which reads a customer. A created Work Order's primary
 * contact is the customer `primary_contact_id`.
 *
 * @param customerId - The customer's Dispatch id, e.g. the `primary_contact_id` of a created Work Order.
 * @returns The request (its `body` is `undefined`), or `{ success: false, issues }` with an issue
 *   at `['customerId']`. Never throws.
 *
 * @example
 * requests.getCustomer(789);
 * // request: { method: 'GET', path: '/v3/customers/789', body: undefined }
 */
export function getCustomer(customerId: number): RequestResult<undefined> {
  return getById('customers', customerId, 'customerId');
}
