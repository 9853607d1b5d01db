import { expect, test } from 'vitest';
import { serviceProviderCount as rule } from '../../src/rules/service-provider-count';
import { CONTEXT } from './support';

const serviceProviderCount = (value: unknown) => rule.check(value, CONTEXT, []);

const one = [{ id: 1 }];
const two = [{ id: 1 }, { id: 2 }];

test.each([
  ['direct', one, []],
  ['direct', two, ['direct_single_provider']],
  ['direct', [], ['direct_single_provider']],
  ['direct', undefined, ['direct_single_provider']],
  ['round_robin', two, []],
  ['round_robin', [], ['no_service_provider']],
  ['jump_ball', undefined, ['no_service_provider']],
  ['jump_ball', one, []],
  [undefined, undefined, []],
  [undefined, two, []],
])('orchestration %j with %j providers → %j', (orchestration, providers, codes) => {
  const violations = serviceProviderCount({ orchestration, service_providers: providers });
  expect(violations.map((v) => v.code)).toEqual(codes);
  for (const v of violations) expect(v.path).toEqual(['service_providers']);
});

test('the message counts the providers', () => {
  expect(serviceProviderCount({ orchestration: 'direct', service_providers: two })[0]?.message).toContain('"service_providers" has 2');
});

test('leaves type problems to the schema', () => {
  expect(serviceProviderCount({ orchestration: 'direct', service_providers: {} })).toEqual([]);
  expect(serviceProviderCount([])).toEqual([]);
});
