import type { MockAppointment, MockCustomer, MockJob, MockRecords, MockServiceProvider } from './types';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** @internal The records of one mock, and its id sequence. Nothing in it is shared with another mock. */
export interface Store {
  readonly jobs: Map<number, Writable<MockJob>>;
  readonly appointments: Map<number, Writable<MockAppointment>>;
  readonly customers: Map<number, MockCustomer>;
  readonly serviceProviders: Map<number, MockServiceProvider>;
  /**
   * The next id: one sequence for every kind of record (1, 2, 3…), so the same requests give the
   * same ids, and an id of one kind used as another kind (a customer id as a job id) finds nothing.
   */
  nextId(): number;
  /** Forgets every record and starts the ids from 1 again. */
  clear(): void;
  /** Deep copies of the records, each kind in id order. */
  snapshot(): MockRecords;
}

/** @internal Creates an empty store. */
export function createStore(): Store {
  let lastId = 0;
  const jobs = new Map<number, Writable<MockJob>>();
  const appointments = new Map<number, Writable<MockAppointment>>();
  const customers = new Map<number, MockCustomer>();
  const serviceProviders = new Map<number, MockServiceProvider>();
  const copy = <T>(records: Map<number, T>): T[] => structuredClone([...records.values()]);
  return {
    jobs,
    appointments,
    customers,
    serviceProviders,
    nextId: () => (lastId += 1),
    clear() {
      lastId = 0;
      for (const records of [jobs, appointments, customers, serviceProviders]) records.clear();
    },
    snapshot: () => ({ jobs: copy(jobs), appointments: copy(appointments), customers: copy(customers), serviceProviders: copy(serviceProviders) }),
  };
}
