export { AppointmentWindowSchema, type AppointmentWindow } from './appointment-window';
export { ContactSchema, type Contact } from './contact';
export { ContactMethodSchema, type ContactMethod } from './contact-method';
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
export { JobOfferSchema, type JobOffer } from './job-offer';
export { LocationSchema, type Location } from './location';
export { ServiceProviderSchema, type ServiceProvider } from './service-provider';
export { WorkOrderSchema, type WorkOrder } from './work-order';
