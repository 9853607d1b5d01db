import type { WorkOrderCreated } from '../../../requests/types';
import type { Contact, ServiceProvider, WorkOrder } from '../../../validate/types.generated';
import { validateWorkOrder } from '../../../validate/validate-work-order';
import { matchCustomer, matchServiceProvider } from '../match';
import { detail, invalid, type Reply } from '../reply';
import type { Store } from '../store';
import type { MockErrorDetail, MockJob } from '../types';

/**
 * @internal `POST /v3/workorder`: checks the body with `validateWorkOrder` (422 with its errors),
 * then creates or matches the service providers and the primary contact's customer, creates the job
 * and, when windows are given, a `draft` appointment, and answers the ids (201).
 */
export function createWorkOrder(store: Store, body: unknown): Reply {
  const result = validateWorkOrder(body);
  if (!result.success) {
    // A failed result holds at least one error.
    const errors = result.issues.filter((i) => i.severity === 'error').map((i) => detail(i.code, i.path, i.message));
    return invalid(errors as [MockErrorDetail, ...MockErrorDetail[]]);
  }
  const workOrder = result.workOrder;
  const providers = workOrder.service_providers ?? [];
  if (providers.length === 0) {
    return invalid([
      detail('no_service_provider', ['service_providers'], 'The job needs a service provider, created or matched from "service_providers": add one (with its Dispatch "id", its "external_ids", or its name and contact details).'),
    ]);
  }
  // A valid Work Order has exactly one primary contact.
  const contacts = workOrder.contacts as Contact[];
  const primary = contacts.find((c) => c.primary === true) as Contact;

  const providerIds = providers.map((provider) => serviceProviderId(store, provider));
  const customerId = customerIdOf(store, primary);
  const job = jobOf(store.nextId(), workOrder, contacts, providerIds[0] as number, customerId);
  store.jobs.set(job.id, job);
  let appointmentId: number | null = null;
  const windows = workOrder.appointment_windows ?? [];
  if (windows.length > 0) {
    appointmentId = store.nextId();
    store.appointments.set(appointmentId, { id: appointmentId, job_id: job.id, status: 'draft', time: null, duration: null, appointment_windows: windows });
  }
  const created: WorkOrderCreated = { service_provider_id: providerIds[0] as number, primary_contact_id: customerId, job_id: job.id, appointment_id: appointmentId };
  return { status: 201, body: created };
}

function serviceProviderId(store: Store, provider: ServiceProvider): number {
  // Dispatch assigns ids: an `id` it does not know is not kept.
  const { id: _unknown, ...data } = provider;
  return matchOrCreate(store, store.serviceProviders, matchServiceProvider(provider, [...store.serviceProviders.values()]), data);
}

function customerIdOf(store: Store, contact: Contact): number {
  const { primary: _primary, ...data } = contact;
  return matchOrCreate(store, store.customers, matchCustomer(contact, [...store.customers.values()]), data);
}

/** The id of the matched record, or of a record created from `data` with the next id. */
function matchOrCreate<T extends { readonly id: number }>(store: Store, records: Map<number, T>, match: T | undefined, data: Omit<T, 'id'>): number {
  if (match !== undefined) return match.id;
  const record = { id: store.nextId(), ...data } as T;
  records.set(record.id, record);
  return record.id;
}

function jobOf(id: number, workOrder: WorkOrder, contacts: Contact[], serviceProviderId: number, customerId: number): MockJob {
  const { status, appointment_windows: _windows, service_providers: _providers, contacts: _contacts, ...fields } = workOrder;
  return { id, status: status ?? 'offered', ...fields, contacts, service_provider_id: serviceProviderId, customer_id: customerId };
}
