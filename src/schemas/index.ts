export {
  ContactMethodKindSchema,
  OrchestrationSchema,
  StatusSchema,
  WorkflowSchema,
  type ContactMethodKind,
  type Orchestration,
  type Status,
  type Workflow,
} from './enums';
export { JobOfferSchema } from './job-offer';
export { LIMITS } from './limits';
