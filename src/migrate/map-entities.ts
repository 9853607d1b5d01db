import { issue, type Issue } from '../issues/issue';
import type { JobOffer } from '../schemas/job-offer';
import { mapAddress } from './map-address';

type Entity = NonNullable<JobOffer['entities']>[number];

/**
 * @internal Each entity becomes a service provider: `id` → `id`, `external_id` →
 * `external_ids: [id]`, `data.*` → name, address, email, phone_number. `type: "organization"` (or
 * none) is consumed; any other type is an error, since work orders go to service providers only.
 */
export function mapEntities(entities: readonly Entity[], issues: Issue[]): Record<string, unknown>[] {
  return entities.map((entity, i) => {
    if (entity.type !== undefined && entity.type !== 'organization') {
      issues.push(
        issue(
          'unsupported_entity_type',
          ['entities', i, 'type'],
          `"${entity.type}" entities cannot receive a Work Order: work orders go to service providers only, so send it to an "organization".`,
        ),
      );
    }
    const provider: Record<string, unknown> = {};
    if (entity.id !== undefined) provider['id'] = entity.id;
    if (entity.external_id !== undefined) provider['external_ids'] = [entity.external_id];
    const data = entity.data;
    if (data?.name !== undefined) provider['name'] = data.name;
    if (data?.address !== undefined) provider['address'] = mapAddress(data.address);
    if (data?.phone_number !== undefined) provider['phone_number'] = data.phone_number;
    if (data?.email !== undefined) provider['email'] = data.email;
    return provider;
  });
}
