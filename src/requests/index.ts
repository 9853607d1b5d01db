export { acceptJob } from './accept-job';
export { cancelJob } from './cancel-job';
export { completeJob } from './complete-job';
export { createWorkOrder } from './create-work-order';
export { getAppointment } from './get-appointment';
export { getCustomer } from './get-customer';
export { getJob } from './get-job';
export { getServiceProvider } from './get-service-provider';
export type { ApiRequest, AppointmentBody, AppointmentInput, HttpMethod, JobStatusBody, RequestResult, WorkOrderCreated } from './types';
