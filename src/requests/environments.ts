/** The sandbox API, the default base URL of {@link createClient}. */
export const SANDBOX_BASE_URL = 'https://api-sandbox.dispatch.me';

/** The production API: pass `environment: 'production'` (or this as `baseUrl`) to use it. */
export const PRODUCTION_BASE_URL = 'https://api.dispatch.me';

/** A Dispatch environment: `sandbox` (the default) or `production`. */
export type Environment = 'sandbox' | 'production';

/** @internal Each environment's base URL: the one list `environment` is checked against (docs and tests use it too). */
export const ENVIRONMENTS: Readonly<Record<Environment, string>> = { sandbox: SANDBOX_BASE_URL, production: PRODUCTION_BASE_URL };
