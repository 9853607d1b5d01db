import type { Issue } from '../issues/issue';

/**
 * The HTTP methods the Dispatch endpoints of this package use.
 *
 * @category API client and requests
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH';

/**
 * An HTTP request for the Dispatch API, ready for any HTTP stack: send `body` as JSON (when it is
 * not `undefined`) with `method` to the API's base URL followed by `path`, with an OAuth2 bearer
 * token.
 *
 * @example
 * { method: 'PATCH', path: '/v3/jobs/789', body: { status: 'canceled' } }
 *
 * @category API client and requests
 */
export interface ApiRequest<Body = unknown> {
  /** `GET`, `POST` or `PATCH`. */
  readonly method: HttpMethod;
  /** The path below the base URL, starting with `/v3/`, e.g. `/v3/jobs/789`. */
  readonly path: string;
  /** The JSON body to send; `undefined` for a `GET`, which has none. */
  readonly body: Body;
}

/**
 * What every request builder returns. Narrow on `success`: when `true`, `request` is ready to send
 * and `issues` holds warnings only (e.g. an unknown key left out of the body); when `false`,
 * `issues` holds at least one error and nothing should be sent.
 *
 * @category API client and requests
 */
export type RequestResult<Body = unknown> =
  | {
      /** The arguments are valid. */
      readonly success: true;
      /** The request to send. */
      readonly request: ApiRequest<Body>;
      /** Warnings only, e.g. `unknown_field` for a key left out of the body. */
      readonly issues: readonly Issue[];
    }
  | {
      /** At least one argument is invalid: send nothing. */
      readonly success: false;
      /** Never set when `success` is `false`. */
      readonly request?: never;
      /** Every problem found, errors first; paths start at the parameter name (or in the Work Order). */
      readonly issues: readonly Issue[];
    };

/**
 * An appointment to create when accepting a job on a service provider's behalf.
 *
 * @example
 * { time: '2017-01-01T05:00:00Z', duration: 3600 }
 *
 * @category API client and requests
 */
export interface AppointmentInput {
  /** When the appointment starts: ISO 8601 with `Z` or an offset, e.g. `"2017-01-01T00:00:00-05:00"`. */
  readonly time: string;
  /** How long it lasts, in whole seconds above 0, e.g. `3600` for one hour. */
  readonly duration: number;
}

/**
 * The body of `PATCH /v3/jobs/:id`: the job's new status.
 *
 * @category API client and requests
 */
export interface JobStatusBody {
  /** `unscheduled` (accepted without an appointment), `canceled` or `complete`. */
  readonly status: 'unscheduled' | 'canceled' | 'complete';
}

/**
 * The body of `POST /v3/appointments`: a scheduled appointment, which moves its job to `scheduled`.
 *
 * @category API client and requests
 */
export interface AppointmentBody {
  /** The job the appointment is for, as returned when the Work Order was created. */
  readonly job_id: number;
  /** When the appointment starts: ISO 8601 with `Z` or an offset. */
  readonly time: string;
  /** How long it lasts, in seconds. */
  readonly duration: number;
  /** Always `scheduled`. */
  readonly status: 'scheduled';
}

/**
 * The answer to `POST /v3/workorder`: the ids of the records the Work Order created or matched.
 *
 * @example
 * { service_provider_id: 123, primary_contact_id: 456, job_id: 789, appointment_id: null }
 *
 * @category API client and requests
 */
export interface WorkOrderCreated {
  /** The service provider, created or matched; read it with `GET /v3/service_providers/:id`. */
  readonly service_provider_id: number;
  /** The primary contact as a customer, created or matched; `GET /v3/customers/:id`. */
  readonly primary_contact_id: number;
  /** The job; `GET /v3/jobs/:id`, and the id to accept, cancel or complete. */
  readonly job_id: number;
  /** The appointment created from `appointment_windows`, or `null` when none was; `GET /v3/appointments/:id`. */
  readonly appointment_id: number | null;
}
