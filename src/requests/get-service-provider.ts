import { getById } from './get-by-id';
import type { RequestResult } from './types';

/**
 * Builds `GET /v3/service_providers/:id`, which reads a service provider. A created Work
 * Order's provider is its `service_provider_id`.
 *
 * @param serviceProviderId - The service provider's Dispatch id, e.g. the `service_provider_id` of a created Work Order.
 * @returns The request (its `body` is `undefined`), or `{ success: false, issues }` with an issue
 *   at `['serviceProviderId']`. Never throws.
 *
 * @example
 * requests.getServiceProvider(789);
 * // request: { method: 'GET', path: '/v3/service_providers/789', body: undefined }
 */
export function getServiceProvider(serviceProviderId: number): RequestResult<undefined> {
  return getById('service_providers', serviceProviderId, 'serviceProviderId');
}
