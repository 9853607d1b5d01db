import { expect, test } from 'vitest';
import { ENVIRONMENTS, PRODUCTION_BASE_URL, SANDBOX_BASE_URL } from '../../src/requests/environments';

test("each environment's base URL", () => {
  expect(ENVIRONMENTS).toStrictEqual({ sandbox: 'https://api-sandbox.dispatch.me', production: 'https://api.dispatch.me' });
  expect([SANDBOX_BASE_URL, PRODUCTION_BASE_URL]).toStrictEqual([ENVIRONMENTS.sandbox, ENVIRONMENTS.production]);
});
