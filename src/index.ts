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
export { migrateJobOffer, migrateJobOfferOrThrow, type MigrateOptions, type MigrationResult } from './migrate';
export { parseWorkOrder, validateWorkOrder, type ValidateOptions, type ValidationResult, type WorkOrderResult } from './validate';
export type { PhoneCountry, PhoneFormat } from './normalize/phone';

// Issues and errors.
export {
  isWorkOrderError,
  WorkOrderError,
  type ErrorCode,
  type Issue,
  type IssueCode,
  type PathSegment,
  type Severity,
  type WarningCode,
} from './issues';
