export type { ApiRecord } from './answers';
export {
  createClient,
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
export type { AfterResponseContext, AfterResponseHook, BeforeRequestHook, BeforeRetryContext, BeforeRetryHook, ClientHooks, HookContext } from './hooks';
export { PRODUCTION_BASE_URL, SANDBOX_BASE_URL, type ClientCredentials, type ClientOptions, type Environment, type GetToken, type GetTokenContext } from './options';
