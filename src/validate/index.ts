export type { ValidateOptions } from './options';
export type { ValidationResult, WorkOrderResult } from './result';
export {
  AppointmentWindowSchema,
  ContactMethodSchema,
  ContactSchema,
  LocationSchema,
  ServiceProviderSchema,
  WorkOrderSchema,
} from './schemas';
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
} from './types.generated';
export { parseWorkOrder, validateWorkOrder } from './validate-work-order';
