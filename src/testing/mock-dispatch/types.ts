import type { HttpHandler } from 'msw';
import type { PathSegment } from '../../issues/issue';
import type { Status } from '../../schemas/enums';
import type { AppointmentWindow, Contact, ServiceProvider, WorkOrder } from '../../validate/types.generated';

/**
 * Options of {@link startMockDispatch} and {@link mockDispatchHandlers}.
 *
 * @category Mock Dispatch API
 */
export interface MockDispatchOptions {
  /**
   * Which bearer tokens the mock accepts: a list, or a function that says yes or no. Default: any
   * non-empty token. A token passed to {@link MockDispatchControls.expireToken} is refused anyway.
   */
  readonly tokens?: readonly string[] | ((token: string) => boolean);
  /** Milliseconds to wait before every answer, as network latency would. Default `0`. */
  readonly delayMs?: number;
}

/**
 * Options of {@link mockDispatchHandlers}: the mock's options and the URL the handlers answer for.
 *
 * @category Mock Dispatch API
 */
export interface MockDispatchHandlersOptions extends MockDispatchOptions {
  /**
   * The base URL whose requests the handlers answer, a path prefix included. Default: the sandbox,
   * `https://api-sandbox.dispatch.me`, where `createClient` sends by default.
   */
  readonly baseUrl?: string;
}

/**
 * A fault to inject with {@link MockDispatchControls.fail}: an error status, a slow answer, or both.
 *
 * @example
 * { status: 429, retryAfter: 1 }   // rate limited once, "Retry-After: 1"
 * { status: 503, times: Infinity } // down until reset()
 * { delayMs: 200 }                 // the normal answer, 200 ms late
 *
 * @category Mock Dispatch API
 */
export interface MockFault {
  /**
   * Answer `429`, `500` or `503` instead of handling the request (nothing is created or changed).
   * Leave it out to answer normally, late by `delayMs`.
   */
  readonly status?: 429 | 500 | 503;
  /** Seconds to send in a `Retry-After` header, a whole number from 0; only with `status`. */
  readonly retryAfter?: number;
  /**
   * Milliseconds to wait before answering. Without `status`, the request takes effect at once and
   * only its answer is late, as when a slow platform acted on a request a client then gave up on.
   */
  readonly delayMs?: number;
  /** How many matching requests get the fault, from 1; `Infinity` for all of them. Default `1`. */
  readonly times?: number;
}

/**
 * A request the mock received, in {@link MockDispatchControls.received}.
 *
 * @category Mock Dispatch API
 */
export interface ReceivedRequest {
  /** The method, e.g. `POST`. */
  readonly method: string;
  /** The path below the base URL, without the query, e.g. `/v3/jobs/3`. */
  readonly path: string;
  /** The request headers, names in lower case, e.g. `{ authorization: 'Bearer t0k3n', … }`. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body, the raw text when it is not JSON, or `undefined` when there is none. */
  readonly body: unknown;
  /** The status the mock answered with, e.g. `201`, `401`, `422` or an injected `429`. */
  readonly status: number;
}

/**
 * One problem in a `422` answer's `errors`: the library's issue shape.
 *
 * @category Mock Dispatch API
 */
export interface MockErrorDetail {
  /** A stable code, e.g. `required` (from `validateWorkOrder`) or `status_transition`. */
  readonly code: string;
  /** Always `error`. */
  readonly severity: 'error';
  /** Where the problem is in the request body, e.g. `['contacts', 0, 'primary']`. */
  readonly path: readonly PathSegment[];
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/**
 * A job the mock holds, created by `POST /v3/workorder`: the Work Order's fields in canonical form,
 * without its windows and providers (which became an appointment and service providers).
 *
 * @category Mock Dispatch API
 */
export interface MockJob extends Omit<WorkOrder, 'status' | 'contacts' | 'appointment_windows' | 'service_providers'> {
  /** The job's id, the `job_id` of the Work Order's answer. */
  readonly id: number;
  /** Its status: the Work Order's `status`, `offered` when it had none, then as the update workflows change it. */
  readonly status: Status;
  /** Every contact of the Work Order, the primary one included. */
  readonly contacts: readonly Contact[];
  /** The service provider the job went to: the Work Order's first, created or matched. */
  readonly service_provider_id: number;
  /** The customer: the Work Order's primary contact, created or matched. */
  readonly customer_id: number;
}

/**
 * An appointment the mock holds.
 *
 * @category Mock Dispatch API
 */
export interface MockAppointment {
  /** The appointment's id. */
  readonly id: number;
  /** The job it belongs to. */
  readonly job_id: number;
  /**
   * `draft` when created from a Work Order's `appointment_windows` (the provider still has to pick
   * a time), `scheduled` when created by `POST /v3/appointments`, `canceled` with its job.
   */
  readonly status: 'draft' | 'scheduled' | 'canceled';
  /** When it starts (ISO 8601), or `null` for a draft. */
  readonly time: string | null;
  /** How long it lasts in seconds, or `null` for a draft. */
  readonly duration: number | null;
  /** The windows offered, from the Work Order; empty for an appointment created by `POST /v3/appointments`. */
  readonly appointment_windows: readonly AppointmentWindow[];
}

/**
 * A customer the mock holds: a Work Order's primary contact (without `primary`), matched by `external_ids`.
 *
 * @category Mock Dispatch API
 */
export interface MockCustomer extends Omit<Contact, 'primary'> {
  /** The customer's id, the `primary_contact_id` of the Work Order's answer. */
  readonly id: number;
}

/**
 * A service provider the mock holds, created from the first Work Order that named it and matched
 * by later ones (by `id`, then `external_ids`, then name, address, email and phone together).
 *
 * @category Mock Dispatch API
 */
export interface MockServiceProvider extends Omit<ServiceProvider, 'id'> {
  /** The provider's id, the `service_provider_id` of the Work Order's answer. */
  readonly id: number;
}

/**
 * Copies of every record the mock holds, each list in id order.
 *
 * @category Mock Dispatch API
 */
export interface MockRecords {
  /** Jobs, from `POST /v3/workorder`. */
  readonly jobs: readonly MockJob[];
  /** Appointments, from `appointment_windows` and `POST /v3/appointments`. */
  readonly appointments: readonly MockAppointment[];
  /** Customers (primary contacts). */
  readonly customers: readonly MockCustomer[];
  /** Service providers. */
  readonly serviceProviders: readonly MockServiceProvider[];
}

/**
 * What the mock server and the msw handlers share: what they received, what they hold, and their controls.
 *
 * @category Mock Dispatch API
 */
export interface MockDispatchControls {
  /** Every request received, in order, with the status it was answered (a copy). */
  readonly received: readonly ReceivedRequest[];
  /** Copies of the records the mock holds. */
  readonly records: MockRecords;
  /**
   * Makes the next matching requests fail or answer late. `route` is a method and a path, such as
   * `POST /v3/workorder` or `PATCH /v3/jobs/:id` (`*` for any method, `:name` for one segment, a
   * final `*` for the rest). Faults apply in the order they were added, before the token check.
   *
   * @throws {TypeError} When `route` or `fault` is invalid.
   */
  fail(route: string, fault: MockFault): void;
  /**
   * Makes a token expire: every later request carrying it is answered 401, so a client has to get a
   * new one. Default: the token of the last request the mock accepted.
   *
   * @throws {TypeError} When no token is given and no request has been accepted yet.
   */
  expireToken(token?: string): void;
  /** Forgets every record, request, fault and expired token, and starts ids from 1 again. Options stay. */
  reset(): void;
}

/**
 * A running mock Dispatch API, from {@link startMockDispatch}.
 *
 * @category Mock Dispatch API
 */
export interface MockDispatch extends MockDispatchControls {
  /** Where it listens, e.g. `http://127.0.0.1:53127`: give it to any HTTP client as the API's base URL. */
  readonly baseUrl: string;
  /** Stops the server and drops open connections and pending answers. Resolves once it is closed. */
  close(): Promise<void>;
}

/**
 * The mock Dispatch API as msw request handlers, from {@link mockDispatchHandlers}.
 *
 * @category Mock Dispatch API
 */
export interface MockDispatchHandlers extends MockDispatchControls {
  /** The base URL the handlers answer for, e.g. `https://api-sandbox.dispatch.me`. */
  readonly baseUrl: string;
  /** The msw 2 request handlers: pass them to `setupServer` or `setupWorker`. */
  readonly handlers: readonly HttpHandler[];
}
