import type { Issue } from '../issues/issue';
import { WorkOrderError } from '../issues/work-order-error';
import { migrateJobOffer } from '../migrate/migrate-job-offer';
import type { MigrateOptions } from '../migrate/options';
import { acceptJob, cancelJob, completeJob, createWorkOrder, getAppointment, getCustomer, getJob, getServiceProvider } from '../requests';
import type { AppointmentInput, RequestResult, WorkOrderCreated } from '../requests/types';
import type { ValidateOptions } from '../validate/options';
import type { JobOfferInput, WorkOrderInput } from '../validate/types.generated';
import { RECORD, RECORD_OR_EMPTY, WORK_ORDER_CREATED, type Answer, type ApiRecord } from './answers';
import { callSignal, checkSignal, resolveClientOptions, type ClientCredentials, type ClientOptions } from './options';
import { send, type Transport } from './send';
import { tokenSource } from './token-source';

/**
 * Options of one client call.
 *
 * @category API client and requests
 */
export interface CallOptions {
  /** Aborts the call, retries and waits included; the call then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Options of {@link DispatchClient.createWorkOrder}: phone options for validation, and a signal.
 *
 * @category API client and requests
 */
export interface CreateWorkOrderOptions extends ValidateOptions, CallOptions {}

/**
 * Options of {@link DispatchClient.migrateAndCreate}: the migration's options, and a signal.
 *
 * @category API client and requests
 */
export interface MigrateAndCreateOptions extends MigrateOptions, CallOptions {}

/**
 * What {@link DispatchClient.migrateAndCreate} returns.
 *
 * @category API client and requests
 */
export interface MigrateAndCreateResult {
  /** The API's answer: the ids of the job, primary contact, service provider and appointment. */
  readonly created: WorkOrderCreated;
  /** The migration's warnings (e.g. `dropped_field`), with paths into the Job Offer. */
  readonly issues: readonly Issue[];
}

/**
 * A client for the Dispatch API's Work Order workflows, made by {@link createClient}. Each method
 * validates its arguments like the {@link requests} builder of the same name (throwing
 * `WorkOrderError` before anything is sent), sends the request, and returns the parsed body once
 * it has checked that it is what the endpoint answers (else an `invalid_response` {@link ApiError}).
 * An unknown key in a method's options is a `TypeError`.
 *
 * @category API client and requests
 */
export interface DispatchClient {
  /** The base URL requests go to, e.g. `https://api-sandbox.dispatch.me`. */
  readonly baseUrl: string;
  /**
   * Validates the Work Order and sends `POST /v3/workorder` with its canonical form. Validation
   * warnings (e.g. unknown keys left out) are not returned: call `validateWorkOrder` first to see them.
   *
   * @throws {WorkOrderError} When the Work Order is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails: {@link ApiError}, {@link ApiTimeoutError} or
   * {@link ApiNetworkError}; an answer that is not {@link WorkOrderCreated} is an `invalid_response` ApiError.
   */
  createWorkOrder(workOrder: WorkOrderInput, options?: CreateWorkOrderOptions): Promise<WorkOrderCreated>;
  /**
   * Accepts a job on its provider's behalf: `PATCH /v3/jobs/:id` `{ status: "unscheduled" }`, or
   * with an appointment `POST /v3/appointments`. Returns the record the API answers (`null` if none).
   *
   * @throws {WorkOrderError} When an argument is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails, or the body is not a JSON object (`invalid_response`).
   */
  acceptJob(jobId: number, appointment?: AppointmentInput, options?: CallOptions): Promise<ApiRecord | null>;
  /**
   * Cancels a job: `PATCH /v3/jobs/:id` `{ status: "canceled" }`. Returns the job (`null` if no body).
   *
   * @throws {WorkOrderError} When `jobId` is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails, or the body is not a JSON object.
   */
  cancelJob(jobId: number, options?: CallOptions): Promise<ApiRecord | null>;
  /**
   * Completes a job: `PATCH /v3/jobs/:id` `{ status: "complete" }`. Returns the job (`null` if no body).
   *
   * @throws {WorkOrderError} When `jobId` is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails, or the body is not a JSON object.
   */
  completeJob(jobId: number, options?: CallOptions): Promise<ApiRecord | null>;
  /**
   * Reads a job: `GET /v3/jobs/:id`.
   *
   * @throws {WorkOrderError} When `jobId` is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails, or the body is not a JSON object (`invalid_response`).
   */
  getJob(jobId: number, options?: CallOptions): Promise<ApiRecord>;
  /**
   * Reads an appointment: `GET /v3/appointments/:id`.
   *
   * @throws {WorkOrderError} When `appointmentId` is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails, or the body is not a JSON object.
   */
  getAppointment(appointmentId: number, options?: CallOptions): Promise<ApiRecord>;
  /**
   * Reads a customer: `GET /v3/customers/:id`.
   *
   * @throws {WorkOrderError} When `customerId` is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails, or the body is not a JSON object.
   */
  getCustomer(customerId: number, options?: CallOptions): Promise<ApiRecord>;
  /**
   * Reads a service provider: `GET /v3/service_providers/:id`.
   *
   * @throws {WorkOrderError} When `serviceProviderId` is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails, or the body is not a JSON object.
   */
  getServiceProvider(serviceProviderId: number, options?: CallOptions): Promise<ApiRecord>;
  /**
   * Migrates a legacy Job Offer and creates the Work Order: `migrateJobOffer`, then
   * `createWorkOrder`. Returns the API's ids and the migration's warnings.
   *
   * @throws {WorkOrderError} When the migration fails; nothing was sent. `error.issues` point into the Job Offer.
   * @throws {ApiRequestError} When the request fails.
   */
  migrateAndCreate(jobOffer: JobOfferInput, options?: MigrateAndCreateOptions): Promise<MigrateAndCreateResult>;
}

/**
 * Creates a client for the Dispatch API on `fetch` (through ky): it validates before sending
 * (nothing invalid leaves the machine), sends the OAuth2 bearer token, gets a new token once via
 * `getToken` after a 401, retries 429 and 5xx answers with bounded backoff that honours
 * `Retry-After`, limits each attempt and each token wait with `timeoutMs`, never retries a `POST`
 * that may have reached the server unless `retryNonIdempotent` is set, follows no redirect to
 * another origin, reads at most `maxResponseBytes` of a body, and checks each answer's shape.
 * Talks to the sandbox unless told otherwise.
 *
 * @param options - The token (or `getToken`), the environment or base URL, retry, time and size limits, hooks.
 * @returns A {@link DispatchClient}.
 * @throws {TypeError} When an option is missing, unknown or invalid (a caller mistake), e.g. no token.
 *
 * @example
 * const client = createClient({ environment: 'production', getToken: () => fetchAccessToken() });
 * const { created, issues } = await client.migrateAndCreate(jobOffer);
 * await client.acceptJob(created.job_id, { time: '2017-01-01T05:00:00Z', duration: 3600 });
 *
 * @category API client and requests
 */
export function createClient(options: ClientOptions & ClientCredentials): DispatchClient {
  const resolved = resolveClientOptions(options);
  const transport: Transport = { options: resolved, tokens: tokenSource(resolved.token, resolved.getToken, resolved.timeoutMs) };

  const call = async <T>(built: RequestResult, signal: AbortSignal | undefined, answer: Answer<T>): Promise<T> => {
    if (!built.success) throw new WorkOrderError(built.issues);
    return send(transport, built.request, signal, answer);
  };
  const create = async (workOrder: WorkOrderInput, createOptions: CreateWorkOrderOptions | undefined): Promise<WorkOrderCreated> => {
    const { signal, ...validateOptions } = createOptions ?? {};
    return call(createWorkOrder(workOrder, validateOptions), checkSignal(signal), WORK_ORDER_CREATED);
  };
  // A method's checks, in order: its options (a caller mistake throws), its arguments, then the request.
  const update = async (method: string, build: () => RequestResult, callOptions: CallOptions | undefined): Promise<ApiRecord | null> =>
    call(build(), callSignal(method, callOptions), RECORD_OR_EMPTY);
  const read = async (method: string, build: () => RequestResult, callOptions: CallOptions | undefined): Promise<ApiRecord> =>
    call(build(), callSignal(method, callOptions), RECORD);

  return {
    baseUrl: resolved.baseUrl,
    createWorkOrder: create,
    acceptJob: (jobId, appointment, callOptions) => update('acceptJob', () => acceptJob(jobId, appointment), callOptions),
    cancelJob: (jobId, callOptions) => update('cancelJob', () => cancelJob(jobId), callOptions),
    completeJob: (jobId, callOptions) => update('completeJob', () => completeJob(jobId), callOptions),
    getJob: (jobId, callOptions) => read('getJob', () => getJob(jobId), callOptions),
    getAppointment: (appointmentId, callOptions) => read('getAppointment', () => getAppointment(appointmentId), callOptions),
    getCustomer: (customerId, callOptions) => read('getCustomer', () => getCustomer(customerId), callOptions),
    getServiceProvider: (serviceProviderId, callOptions) => read('getServiceProvider', () => getServiceProvider(serviceProviderId), callOptions),
    async migrateAndCreate(jobOffer, migrateAndCreateOptions) {
      const { signal, ...migrateOptions } = migrateAndCreateOptions ?? {};
      checkSignal(signal);
      const migration = migrateJobOffer(jobOffer, migrateOptions);
      if (!migration.success) throw new WorkOrderError(migration.issues);
      const { defaultCountry, phoneFormat } = migrateOptions;
      const validateOptions: ValidateOptions = { ...(defaultCountry === undefined ? {} : { defaultCountry }), ...(phoneFormat === undefined ? {} : { phoneFormat }) };
      const created = await create(migration.workOrder, { ...validateOptions, ...(signal === undefined ? {} : { signal }) });
      return { created, issues: migration.issues };
    },
  };
}
