/**
 * `dispatch-workorder`: migrate Dispatch Job Offers to Work Orders, validate Work Orders, and type
 * them; build and send the API's update calls. The ZIP → time zone resolver is the subpath
 * `dispatch-workorder/timezone`, the test helpers `dispatch-workorder/testing`.
 *
 * @module dispatch-workorder
 */

// The payload types: what you may pass (`…Input`) and the canonical form the library returns.
export type {
  AppointmentWindow,
  AppointmentWindowInput,
  Contact,
  ContactInput,
  ContactMethod,
  ContactMethodInput,
  JobOffer,
  JobOfferInput,
  Location,
  LocationInput,
  ServiceProvider,
  ServiceProviderInput,
  WorkOrder,
  WorkOrderInput,
} from './validate';
export type { StateCode } from './normalize/state';

// The zod schemas behind them.
export { AppointmentWindowSchema, ContactMethodSchema, ContactSchema, LocationSchema, ServiceProviderSchema, WorkOrderSchema } from './validate';
export {
  ContactMethodKindSchema,
  JobOfferSchema,
  LIMITS,
  OrchestrationSchema,
  StatusSchema,
  WorkflowSchema,
  type ContactMethodKind,
  type Orchestration,
  type Status,
  type Workflow,
} from './schemas';

// Migration and validation.
export { LOCAL_TIMES, migrateJobOffer, migrateJobOfferOrThrow, type LocalTimes, type MigrateOptions, type MigrationResult } from './migrate';
export { parseWorkOrder, validateWorkOrder, type ValidateOptions, type ValidationResult, type WorkOrderResult } from './validate';
export { PHONE_COUNTRIES, PHONE_FORMATS, type PhoneCountry, type PhoneFormat } from './normalize/phone';

// Time zones and appointment windows (the ZIP → zone resolver is the subpath dispatch-workorder/timezone).
export { formatWindow, type TimezoneLocation, type TimezoneResolver } from './time';

// Issues and errors.
export {
  isWorkOrderError,
  WorkOrderError,
  type ErrorCode,
  type Issue,
  type IssueCode,
  type Note,
  type NoteCode,
  type PathSegment,
  type Severity,
  type WarningCode,
} from './issues';

// Showing issues: the one-line text and JSON Pointer the CLI prints, and issues grouped by field for forms.
export { flattenIssues, formatIssue, toJsonPointer, type FlattenedIssues, type FormatIssueOptions } from './issues';

// Update workflows: request builders for any HTTP stack, and a client on fetch.
/**
 * Request builders for the update workflows: each returns the `{ method, path, body }` of one API
 * call (no I/O), for any HTTP stack; {@link createClient} sends the same calls for you. See the
 * [workflows guide](../docs/workflows.md).
 *
 * @category API client and requests
 */
export * as requests from './requests';
export type { ApiRequest, AppointmentBody, AppointmentInput, HttpMethod, JobStatusBody, RequestResult, WorkOrderCreated } from './requests';
export {
  ApiError,
  ApiNetworkError,
  ApiRequestError,
  ApiTimeoutError,
  createClient,
  isApiError,
  isApiNetworkError,
  isApiRequestError,
  isApiTimeoutError,
  PRODUCTION_BASE_URL,
  SANDBOX_BASE_URL,
  type AfterResponseContext,
  type AfterResponseHook,
  type ApiErrorCode,
  type ApiRecord,
  type BeforeRequestHook,
  type BeforeRetryContext,
  type BeforeRetryHook,
  type CallOptions,
  type ClientCredentials,
  type ClientHooks,
  type ClientOptions,
  type CreateWorkOrderOptions,
  type DispatchClient,
  type Environment,
  type FailedRequest,
  type GetToken,
  type GetTokenContext,
  type HookContext,
  type MigrateAndCreateOptions,
  type MigrateAndCreateResult,
} from './client';
