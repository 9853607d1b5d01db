export { mockDispatchHandlers } from './mock-dispatch-handlers';
export { startMockDispatch } from './start-mock-dispatch';
export type {
  MockAppointment,
  MockCustomer,
  MockDispatch,
  MockDispatchControls,
  MockDispatchHandlers,
  MockDispatchHandlersOptions,
  MockDispatchOptions,
  MockErrorDetail,
  MockFault,
  MockJob,
  MockRecords,
  MockServiceProvider,
  ReceivedRequest,
} from './types';
