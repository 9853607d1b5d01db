import type { Issue } from '../issues/issue';
import { WorkOrderError } from '../issues/work-order-error';
import { migrateJobOffer } from '../migrate/migrate-job-offer';
import type { MigrateOptions } from '../migrate/options';
import { acceptJob, cancelJob, completeJob, createWorkOrder, getAppointment, getCustomer, getJob, getServiceProvider } from '../requests';
import type { AppointmentInput, RequestResult, WorkOrderCreated } from '../requests/types';
import type { ValidateOptions } from '../validate/options';
import { resolveClientOptions, type ClientOptions } from './options';
import { send, type Transport } from './send';
import { tokenSource } from './token-source';

/** Options of one client call. */
export interface CallOptions {
  /** Aborts the call, retries and waits included; the call then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** Options of {@link DispatchClient.createWorkOrder}: phone options for validation, and a signal. */
export interface CreateWorkOrderOptions extends ValidateOptions, CallOptions {}

/** Options of {@link DispatchClient.migrateAndCreate}: the migration's options, and a signal. */
export interface MigrateAndCreateOptions extends MigrateOptions, CallOptions {}

/** What {@link DispatchClient.migrateAndCreate} returns. */
export interface MigrateAndCreateResult {
  /** The API's answer: the ids of the job, primary contact, service provider and appointment. */
  readonly created: WorkOrderCreated;
  /** The migration's warnings (e.g. `dropped_field`), with paths into the Job Offer. */
  readonly issues: readonly Issue[];
}

/** A Dispatch record as the API returns it: a JSON object whose fields are the platform's. */
export type ApiRecord = { readonly [field: string]: unknown };

/**
 * A client for the Dispatch API's Work Order workflows, made by {@link createClient}. Each method
 * validates its arguments like the {@link requests} builder of the same name (throwing
 * `WorkOrderError` before anything is sent), sends the request, and returns the parsed body.
 */
export interface DispatchClient {
  /** The base URL requests go to, e.g. `https://api-sandbox.dispatch.me`. */
  readonly baseUrl: string;
  /**
   * Validates the Work Order and sends `POST /v3/workorder` with its canonical form. Validation
   * warnings (e.g. unknown keys left out) are not returned: call `validateWorkOrder` first to see them.
   *
   * @throws {WorkOrderError} When the Work Order is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails: {@link ApiError}, {@link ApiTimeoutError} or {@link ApiNetworkError}.
   */
  createWorkOrder(workOrder: unknown, options?: CreateWorkOrderOptions): Promise<WorkOrderCreated>;
  /**
   * Accepts a job on its provider's behalf: `PATCH /v3/jobs/:id` `{ status: "unscheduled" }`, or
   * with an appointment `POST /v3/appointments`. Returns the body the API answers (`null` if none).
   *
   * @throws {WorkOrderError} When an argument is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails.
   */
  acceptJob(jobId: number, appointment?: AppointmentInput, options?: CallOptions): Promise<unknown>;
  /**
   * Cancels a job: `PATCH /v3/jobs/:id` `{ status: "canceled" }`. Returns the body (`null` if none).
   *
   * @throws {WorkOrderError} When `jobId` is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails.
   */
  cancelJob(jobId: number, options?: CallOptions): Promise<unknown>;
  /**
   * Completes a job: `PATCH /v3/jobs/:id` `{ status: "complete" }`. Returns the body (`null` if none).
   *
   * @throws {WorkOrderError} When `jobId` is invalid; nothing was sent.
   * @throws {ApiRequestError} When the request fails.
   */
  completeJob(jobId: number, options?: CallOptions): Promise<unknown>;
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
  migrateAndCreate(jobOffer: unknown, options?: MigrateAndCreateOptions): Promise<MigrateAndCreateResult>;
}

/**
 * Creates a client for the Dispatch API on `fetch`: it validates before sending (nothing invalid
 * leaves the machine), sends the OAuth2 bearer token, gets a new token once via `getToken` after a
 * 401, retries 429 and 5xx answers with bounded backoff that honours `Retry-After`, limits each
 * attempt with `timeoutMs`, and never retries a `POST` that may have reached the server unless
 * `retryNonIdempotent` is set. Talks to the sandbox unless told otherwise.
 *
 * @param options - The token (or `getToken`), the environment or base URL, and retry and time limits.
 * @returns A {@link DispatchClient}.
 * @throws {TypeError} When an option is missing or invalid (a caller mistake), e.g. no token.
 *
 * @example
 * const client = createClient({ environment: 'production', getToken: () => fetchAccessToken() });
 * const { created, issues } = await client.migrateAndCreate(jobOffer);
 * await client.acceptJob(created.job_id, { time: '2017-01-01T05:00:00Z', duration: 3600 });
 */
export function createClient(options: ClientOptions): DispatchClient {
  const resolved = resolveClientOptions(options);
  const transport: Transport = { ...resolved, tokens: tokenSource(resolved.token, resolved.getToken) };

  const call = (built: RequestResult, signal: AbortSignal | undefined): Promise<unknown> => {
    if (!built.success) return Promise.reject(new WorkOrderError(built.issues));
    return send(transport, built.request, signal);
  };
  const read = async (built: RequestResult, signal: AbortSignal | undefined): Promise<ApiRecord> => {
    if (!built.success) throw new WorkOrderError(built.issues);
    return (await send(transport, built.request, signal, 'object')) as ApiRecord;
  };
  const create = async (workOrder: unknown, createOptions: CreateWorkOrderOptions | undefined): Promise<WorkOrderCreated> => {
    const { signal, ...validateOptions } = createOptions ?? {};
    return (await call(createWorkOrder(workOrder, validateOptions), signal)) as WorkOrderCreated;
  };

  return {
    baseUrl: transport.baseUrl,
    createWorkOrder: create,
    acceptJob: (jobId, appointment, callOptions) => call(acceptJob(jobId, appointment), callOptions?.signal),
    cancelJob: (jobId, callOptions) => call(cancelJob(jobId), callOptions?.signal),
    completeJob: (jobId, callOptions) => call(completeJob(jobId), callOptions?.signal),
    getJob: (jobId, callOptions) => read(getJob(jobId), callOptions?.signal),
    getAppointment: (appointmentId, callOptions) => read(getAppointment(appointmentId), callOptions?.signal),
    getCustomer: (customerId, callOptions) => read(getCustomer(customerId), callOptions?.signal),
    getServiceProvider: (serviceProviderId, callOptions) => read(getServiceProvider(serviceProviderId), callOptions?.signal),
    async migrateAndCreate(jobOffer, migrateAndCreateOptions) {
      const { signal, ...migrateOptions } = migrateAndCreateOptions ?? {};
      const migration = migrateJobOffer(jobOffer, migrateOptions);
      if (!migration.success) throw new WorkOrderError(migration.issues);
      const { defaultCountry, phoneFormat } = migrateOptions;
      const validateOptions: ValidateOptions = { ...(defaultCountry === undefined ? {} : { defaultCountry }), ...(phoneFormat === undefined ? {} : { phoneFormat }) };
      const created = await create(migration.workOrder, { ...validateOptions, ...(signal === undefined ? {} : { signal }) });
      return { created, issues: migration.issues };
    },
  };
}
