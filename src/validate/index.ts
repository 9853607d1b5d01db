export type { ValidateOptions } from './options';
export type { ValidationResult, WorkOrderResult } from './result';
export {
  AppointmentWindowSchema,
  ContactMethodSchema,
  ContactSchema,
  LocationSchema,
  ServiceProviderSchema,
  WorkOrderSchema,
  type AppointmentWindow,
  type Contact,
  type ContactMethod,
  type Location,
  type ServiceProvider,
  type WorkOrder,
} from './schemas';
export { parseWorkOrder, validateWorkOrder } from './validate-work-order';
