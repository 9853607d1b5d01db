import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import type { Issue } from '../../src/issues/issue';
import { RULES } from '../../src/rules/registry';
import { rulePlan, runRules, WORK_ORDER_RULES } from '../../src/rules/run-rules';
import { LocationStructure } from '../../src/schemas/location';
import { CONTEXT } from './support';

const run = (plan: ReturnType<typeof rulePlan>, value: unknown, now?: number): [string, unknown][] => {
  const out: Issue[] = [];
  runRules(plan, value, { ...CONTEXT, now }, out);
  return out.map((i) => [i.code, i.path]);
};

describe('the rule pass', () => {
  test('every rule of the registry runs on each value of its entity, children before parents', () => {
    const workOrder = {
      location: { state: 'ON', postal_code: '02115' },
      appointment_windows: [{ start_time: '2017-01-01T07:00:00Z', end_time: '2017-01-01T05:00:00Z' }],
      contacts: [{ contact_methods: [{ method: 'phone', preferred: true }, { method: 'phone', preferred: true }], billing_address: { state: 'MA', postal_code: 'K1A0B1' } }],
      service_providers: [{}, { name: 'N', address: { postal_code: '02115-1234' } }],
      orchestration: 'direct',
    };
    expect(run(WORK_ORDER_RULES, workOrder)).toEqual([
      ['invalid_postal_code', ['location', 'postal_code']],
      ['window_order', ['appointment_windows', 0]],
      ['invalid_postal_code', ['contacts', 0, 'billing_address', 'postal_code']],
      ['preferred_method_conflict', ['contacts', 0, 'contact_methods', 1, 'preferred']],
      ['provider_unidentifiable', ['service_providers', 0]],
      ['postal_code_truncated', ['service_providers', 1, 'address', 'postal_code']],
      ['primary_contact_count', ['contacts']],
      ['direct_single_provider', ['service_providers']],
    ]);
  });

  test('rules that need now check nothing without it', () => {
    const windows = { appointment_windows: [{ start_time: '2017-01-01T05:00:00Z', end_time: '2017-01-01T06:00:00Z' }], contacts: [{ primary: true, first_name: 'Joe' }] };
    expect(run(WORK_ORDER_RULES, windows)).toEqual([]);
    expect(run(WORK_ORDER_RULES, windows, Date.parse('2018-01-01T00:00:00Z'))).toEqual([['window_in_past', ['appointment_windows', 0, 'end_time']]]);
  });

  test('values of the wrong kind are skipped, never a throw', () => {
    for (const value of [null, 42, 'x', [], { contacts: 'x', service_providers: 7, location: [], appointment_windows: {} }]) {
      expect(() => run(WORK_ORDER_RULES, value)).not.toThrow();
    }
  });

  test('an entity inside a union option is found too', () => {
    const plan = rulePlan(z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), place: LocationStructure }), z.object({ kind: z.literal('b') })]));
    expect(run(plan, { kind: 'a', place: { state: 'MA', postal_code: 'K1A0B1' } })).toEqual([['invalid_postal_code', ['place', 'postal_code']]]);
    expect(run(plan, { kind: 'b', place: { state: 'MA', postal_code: 'K1A0B1' } })).toEqual([]);
  });

  test('a schema with no entity that has rules has no plan to run', () => {
    expect(rulePlan(z.object({ n: z.number() })).root).toBeUndefined();
    expect(run(rulePlan(z.string()), 'x')).toEqual([]);
  });

  test('the registry lists each rule once, and every code a rule reports belongs to it', () => {
    expect(new Set(RULES).size).toBe(RULES.length);
    expect([...new Set(RULES.flatMap((r) => r.codes))].sort()).toEqual([
      'contact_incomplete', 'direct_single_provider', 'invalid_postal_code', 'no_service_provider', 'phone_extension_dropped', 'postal_code_state_mismatch', 'postal_code_truncated',
      'preferred_method_conflict', 'primary_contact_count', 'provider_unidentifiable', 'timezone_out_of_area', 'window_in_past', 'window_order', 'window_overlap',
    ]);
  });
});
