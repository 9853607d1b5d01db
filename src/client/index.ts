export {
  createClient,
  type ApiRecord,
  type CallOptions,
  type CreateWorkOrderOptions,
  type DispatchClient,
  type MigrateAndCreateOptions,
  type MigrateAndCreateResult,
} from './create-client';
export {
  ApiError,
  ApiNetworkError,
  ApiRequestError,
  ApiTimeoutError,
  isApiError,
  isApiNetworkError,
  isApiRequestError,
  isApiTimeoutError,
  type ApiErrorCode,
  type FailedRequest,
} from './errors';
export { PRODUCTION_BASE_URL, SANDBOX_BASE_URL, type ClientOptions, type Environment, type GetToken } from './options';
