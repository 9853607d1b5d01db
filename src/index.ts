/**
 * dispatch-workorder: migrate Dispatch Job Offers to Work Orders, validate Work Orders, and type
 * them.
 *
 * @packageDocumentation
 */

// Schemas and the types inferred from them.
export {
  AppointmentWindowSchema,
  ContactMethodKindSchema,
  ContactMethodSchema,
  ContactSchema,
  JobOfferSchema,
  LocationSchema,
  OrchestrationSchema,
  ServiceProviderSchema,
  StatusSchema,
  WorkflowSchema,
  WorkOrderSchema,
  type AppointmentWindow,
  type Contact,
  type ContactMethod,
  type ContactMethodKind,
  type JobOffer,
  type Location,
  type Orchestration,
  type ServiceProvider,
  type Status,
  type Workflow,
  type WorkOrder,
} from './schemas';

// Migration and validation.
export { migrateJobOffer, migrateJobOfferOrThrow, type LocalTimes, type MigrateOptions, type MigrationResult } from './migrate';
export { LIMITS, parseWorkOrder, validateWorkOrder, type ValidateOptions, type ValidationResult, type WorkOrderResult } from './validate';
export type { PhoneCountry, PhoneFormat } from './normalize/phone';

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
  type ApiErrorCode,
  type ApiRecord,
  type CallOptions,
  type ClientOptions,
  type CreateWorkOrderOptions,
  type DispatchClient,
  type Environment,
  type FailedRequest,
  type GetToken,
  type MigrateAndCreateOptions,
  type MigrateAndCreateResult,
} from './client';
