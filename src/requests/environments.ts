/**
 * The sandbox API, the default base URL of {@link createClient}.
 *
 * @category API client and requests
 */
export const SANDBOX_BASE_URL = 'https://api-sandbox.dispatch.me';

/**
 * The production API: pass `environment: 'production'` (or this as `baseUrl`) to use it.
 *
 * @category API client and requests
 */
export const PRODUCTION_BASE_URL = 'https://api.dispatch.me';

/**
 * A Dispatch environment: `sandbox` (the default) or `production`.
 *
 * @category API client and requests
 */
export type Environment = 'sandbox' | 'production';

/** @internal Each environment's base URL: the one list `environment` is checked against (docs and tests use it too). */
export const ENVIRONMENTS: Readonly<Record<Environment, string>> = { sandbox: SANDBOX_BASE_URL, production: PRODUCTION_BASE_URL };
