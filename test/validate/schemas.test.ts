import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { JobOfferSchema, migrateJobOffer, validateWorkOrder, WorkOrderSchema } from '../../src';
import { workOrderStructure } from '../../src/schemas/work-order';
import { anyJson, broken, jobOffer, workOrder } from '../../src/testing/arbitraries';
import { FIXTURES, fixtureNames, readJson } from '../support/fixtures';

// One structure per schema, no rule inside it: zod compiles it whole, validateWorkOrder parses it
// once and runs the rules in one pass, and the exported WorkOrderSchema is the same structure with
// the rule pass attached at its top. These properties keep the three telling the same story.

const workOrderInputs = (): unknown[] => [
  ...fixtureNames('pairs', '.work-order.json').map((name) => readJson(join(FIXTURES, 'pairs', `${name}.work-order.json`))),
  ...['valid-work-orders', 'invalid-work-orders'].flatMap((folder) =>
    fixtureNames(folder, '.json').map((name) => (readJson(join(FIXTURES, folder, `${name}.json`)) as { input: unknown }).input),
  ),
];

describe('the Work Order structure', () => {
  test.each([
    ['US', 'E.164'],
    ['CA', 'RFC3966'],
  ] as const)('compiles whole with zod (%s, %s): no part falls back to the interpreter', (country, format) => {
    expect(() => z.compile(workOrderStructure(country, format), { strict: true })).not.toThrow();
  });
});

describe('the exported WorkOrderSchema agrees with validateWorkOrder', () => {
  /** True when some field of `value` is null: the functions read that as absent, the zod schemas used alone do not. */
  const hasNullField = (value: unknown): boolean =>
    typeof value === 'object' && value !== null && (Array.isArray(value) ? value.some(hasNullField) : Object.values(value).some((v) => v === null || hasNullField(v)));

  function agree(input: unknown): void {
    if (hasNullField(input)) return;
    const result = validateWorkOrder(input);
    // Size limits are validateWorkOrder's alone: over one, it checks nothing else.
    if (result.issues.some((i) => i.code === 'too_large')) return;
    const schema = WorkOrderSchema.safeParse(input);
    expect(schema.success).toBe(result.success);
    if (schema.success && result.success) expect(schema.data).toStrictEqual(result.workOrder);
    // Every error the schema raises has the code of one validateWorkOrder reports at the same path.
    if (!schema.success) {
      const codes = new Set(result.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`));
      for (const problem of schema.error.issues) {
        const code = problem.code === 'custom' ? (problem.params as { code: string }).code : undefined;
        if (code !== undefined) expect(codes).toContain(`${code} ${JSON.stringify(problem.path)}`);
      }
    }
  }

  test('on generated valid, broken and arbitrary Work Orders', () => {
    fc.assert(fc.property(fc.oneof(workOrder(), broken(workOrder()), anyJson()), agree), { numRuns: 300 });
  });

  test('on every Work Order fixture', () => {
    const inputs = workOrderInputs();
    expect(inputs.length).toBeGreaterThan(40);
    for (const input of inputs) agree(input);
  });

  test('the schema used alone enforces the business rules, reporting every one with its code', () => {
    const document = (readJson(join(FIXTURES, 'valid-work-orders', 'guide-document.json')) as { input: Record<string, unknown> }).input;
    const parsed = WorkOrderSchema.safeParse({ ...document, contacts: [], service_providers: [] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [((i as { params?: { code: string } }).params)?.code ?? i.code, i.path])).toEqual([
      ['too_small', ['contacts']],
      ['direct_single_provider', ['service_providers']],
    ]);
  });
});

describe('JobOfferSchema and the migration read a Job Offer alike', () => {
  // The migration does not parse with JobOfferSchema: it reads the Job Offer by the attribute table
  // and checks the values on the Work Order. What the schema calls a missing field or a wrong type
  // the migration reports at the same Job Offer path with the same code, and a Job Offer the schema
  // accepts has neither in a migration. The migration reads a key whose value is null as absent
  // (docs/mapping.md, "null"); JobOfferSchema used alone takes JSON as it is, so it is given the
  // Job Offer with those keys left out.
  const structural = new Set(['required', 'invalid_type']);
  const withoutNulls = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutNulls);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null).map(([key, item]) => [key, withoutNulls(item)]));
  };
  test('null in a field is read as absent: required when the field is, nothing when it is optional', () => {
    const optional = { job: { title: 'Fix the Sink', description: null, address: { street_1: '1 Main St', city: 'Boston', state: null, postal_code: '02115' } }, customer: { first_name: 'Joe', email: null }, entities: [{ type: 'organization', id: 123, data: { email: null } }] };
    expect(migrateJobOffer(optional).issues).toEqual([]);
    expect(JobOfferSchema.safeParse(withoutNulls(optional)).success).toBe(true);
    const required = { job: { title: null, address: { street_1: '1 Main St', city: 'Boston' } }, customer: { first_name: 'Joe' }, entities: [{ id: 123 }] };
    expect(migrateJobOffer(required).issues.map((i) => [i.code, i.path])).toEqual([['required', ['job', 'title']]]);
  });
  test('on generated valid, broken and arbitrary Job Offers', () => {
    fc.assert(
      fc.property(fc.oneof(jobOffer(), broken(jobOffer()), anyJson()), (input) => {
        const migrated = migrateJobOffer(input);
        if (migrated.issues.some((i) => i.code === 'too_large')) return; // checked no further
        const schema = JobOfferSchema.safeParse(withoutNulls(input), { reportInput: true });
        const reported = new Set(migrated.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`));
        if (schema.success) expect(migrated.issues.filter((i) => structural.has(i.code))).toEqual([]);
        else {
          for (const problem of schema.error.issues) {
            if (problem.code !== 'invalid_type') continue;
            const code = (problem as { input?: unknown }).input === undefined ? 'required' : 'invalid_type';
            // A wrong type inside a container already reported is not reported again.
            const covered = [...reported].some((r) => {
              const [c, p] = [r.slice(0, r.indexOf(' ')), JSON.parse(r.slice(r.indexOf(' ') + 1)) as unknown[]];
              return structural.has(c) && p.length <= problem.path.length && p.every((s, i) => s === problem.path[i]);
            });
            expect(covered, `${code} at ${JSON.stringify(problem.path)} in ${JSON.stringify([...reported])}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
