export type { ValidateOptions } from './options';
export type { ValidationResult, WorkOrderResult } from './result';
export { parseWorkOrder, validateWorkOrder } from './validate-work-order';
export { LIMITS } from './limits';
