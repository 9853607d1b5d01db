import { message, type Reply } from '../reply';
import type { Store } from '../store';

/** @internal The collections `GET /v3/<collection>/:id` reads, and the record's name in messages. */
export const COLLECTIONS = {
  jobs: { store: 'jobs', name: 'job', from: '"job_id"' },
  appointments: { store: 'appointments', name: 'appointment', from: '"appointment_id"' },
  customers: { store: 'customers', name: 'customer', from: '"primary_contact_id"' },
  service_providers: { store: 'serviceProviders', name: 'service provider', from: '"service_provider_id"' },
} as const satisfies Record<string, { store: keyof Store; name: string; from: string }>;

/** @internal `GET /v3/<collection>/:id`: the record (200), or 404. */
export function getRecord(store: Store, collection: keyof typeof COLLECTIONS, id: number): Reply {
  const { store: key, name, from } = COLLECTIONS[collection];
  const record = store[key].get(id);
  if (record === undefined) return message(404, `There is no ${name} ${id}: use the ${from} that POST /v3/workorder answered.`);
  return { status: 200, body: structuredClone(record) };
}
