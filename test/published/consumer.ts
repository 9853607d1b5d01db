// The files of the consumer project of test/published/types.test.ts: an integrator's code as it
// uses the published package. Each needle below occurs once in its file.

const IMPORT = "import { createClient, migrateJobOffer, requests, type JobOfferInput, type WorkOrder, type WorkOrderInput } from 'dispatch-workorder';";

/** A typed Work Order and a Job Offer, as an integrator writes them: no type errors. */
export const CONSUMER = `${IMPORT}

export const workOrder: WorkOrderInput = {
  title: 'PLB 123: Fix the Sink',
  description: null, // absent, as JSON serializers write it
  workflow: 'service',
  orchestration: 'direct',
  status: 'offered',
  location: { street_1: '1234 Test Avenue', city: 'Boston', state: 'ma', postal_code: '02114' },
  appointment_windows: [{ start_time: '2017-01-01T05:00:00Z', end_time: '2017-01-01T07:00:00Z' }],
  contacts: [{ first_name: 'Joe', primary: true, contact_methods: [{ method: 'phone', value: '(617) 555-1234', preferred: true }] }],
  service_providers: [{ id: 123, name: "Jim's Plumbing" }],
};

export const jobOffer: JobOfferInput = {
  offer_strategy: 'round_robin',
  job: { title: 'Fix the Sink', address: { street_1: '1234 Test Avenue', city: 'Boston', state: 'MA', country: 'US' } },
  customer: { last_name: 'Shmo', phone_numbers: [{ number: '+15551234567', type: 'mobile' }] },
  entities: [{ type: 'organization', id: 123 }],
};

export const created = createClient({ token: 't' }).createWorkOrder(workOrder);
export const built = requests.createWorkOrder(workOrder);
export const migrated = migrateJobOffer(jobOffer);
export const fromJson = migrateJobOffer(JSON.parse('{}') as unknown);
export const canonical: WorkOrder | undefined = migrated.workOrder;
`;

/** Incomplete code, where an editor is asked for completions. */
export const COMPLETIONS = `${IMPORT}

export const input: WorkOrderInput = { title: 'x', workflow: '', orchestration: '', status: '', location: { state: '', street_1: '', city: '' }, contacts: [{ contact_methods: [{ method: '', value: '' }] }] };
export const output: WorkOrder = { title: 'x', location: { street_1: '', city: '', state: '', postal_code: '' }, contacts: [{ contact_methods: [{ value: '', method: '' }] }], workflow: '' };
export const output2: WorkOrder = { title: 'x', location: { street_1: '', city: '' }, contacts: [], orchestration: '' };
export const output3: WorkOrder = { title: 'x', location: { street_1: '', city: '' }, contacts: [], status: '' };
export const offer: JobOfferInput = { job: { title: '', address: { street_1: '', city: '', state: '' } }, customer: {} };
createClient({ token: 't' }).createWorkOrder({ });
migrateJobOffer({ });
`;

/** Work Orders that cannot pass, and `createWorkOrder({})`: each line 3 to 6 has one type error. */
export const ERRORS = `${IMPORT}

export const noContacts: WorkOrderInput = { title: 'Fix the Sink', location: { street_1: '1234 Test Avenue', city: 'Boston' } };
export const sent = createClient({ token: 't' }).createWorkOrder({});
export const built = requests.createWorkOrder({});
export const canonical: WorkOrder = { title: 'x', location: { street_1: '1', city: 'Boston', state: 'ma' }, contacts: [{ primary: true }] };
export const fine = migrateJobOffer({}) satisfies object;
export const offer: JobOfferInput | undefined = undefined;
export const anonymous = createClient({ environment: 'production' });
`;

/** Fields to hover, by a needle at the field's name, with the schema path of the doc they must show. */
export const HOVERS: readonly (readonly [string, string])[] = [
  ["title: 'PLB", 'WorkOrder.title'],
  ["workflow: 'service'", 'WorkOrder.workflow'],
  ["orchestration: 'direct'", 'WorkOrder.orchestration'],
  ["status: 'offered'", 'WorkOrder.status'],
  ['location: {', 'WorkOrder.location'],
  ["street_1: '1234 Test Avenue', city: 'Boston', state: 'ma'", 'WorkOrder.location.street_1'],
  ["state: 'ma'", 'WorkOrder.location.state'],
  ["postal_code: '02114'", 'WorkOrder.location.postal_code'],
  ['appointment_windows:', 'WorkOrder.appointment_windows'],
  ["start_time: '2017", 'WorkOrder.appointment_windows.start_time'],
  ['contacts: [', 'WorkOrder.contacts'],
  ['primary: true', 'WorkOrder.contacts.primary'],
  ["method: 'phone'", 'WorkOrder.contacts.contact_methods.method'],
  ["value: '(617)", 'WorkOrder.contacts.contact_methods.value'],
  ['id: 123, name', 'WorkOrder.service_providers.id'],
  ['name: "Jim', 'WorkOrder.service_providers.name'],
  ["offer_strategy: 'round_robin'", 'JobOffer.offer_strategy'],
  ["job: { title: 'Fix", 'JobOffer.job'],
  ["title: 'Fix the Sink', address", 'JobOffer.job.title'],
  ["state: 'MA'", 'JobOffer.job.address.state'],
  ["country: 'US'", 'JobOffer.job.address.country'],
  ["last_name: 'Shmo'", 'JobOffer.customer.last_name'],
  ["number: '+1555", 'JobOffer.customer.phone_numbers.number'],
  ["type: 'organization'", 'JobOffer.entities.type'],
];

/** Where `needle` starts in `text`; it must occur exactly once. */
export function offset(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1 || text.indexOf(needle, at + 1) !== -1) throw new Error(`the needle ${JSON.stringify(needle)} must occur exactly once`);
  return at;
}
