import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import type { PhoneCountry, PhoneFormat } from '../../src/normalize/phone';
import { JobOfferSchema } from '../../src/schemas/job-offer';
import { workOrderSchema, workOrderSchemaFor } from '../../src/schemas/work-order';
import { anyJson, broken, jobOffer, workOrder } from '../../src/testing/arbitraries';
import { compiledJobOfferSchema, compiledWorkOrderSchemaFor } from '../../src/validate/compiled-schemas';
import { FIXTURES, fixtureNames, readJson } from '../support/fixtures';

// migrateJobOffer and validateWorkOrder parse with compiled twins of the schemas first and use the
// reporting schemas only when that fails. The shortcut is sound when a twin accepts exactly what
// its schema accepts, with the same output: checked here on generated valid, broken and arbitrary
// payloads and on every fixture, for every phone option.

function agree(fast: z.ZodType, schema: z.ZodType, input: unknown): void {
  const quick = fast.safeParse(input);
  const full = schema.safeParse(input);
  expect(quick.success).toBe(full.success);
  if (quick.success && full.success) expect(quick.data).toStrictEqual(full.data);
}

const options: [PhoneCountry, PhoneFormat][] = [
  ['US', 'E.164'],
  ['CA', 'RFC3966'],
];

describe.each(options)('the compiled Work Order twin (%s, %s)', (country, format) => {
  const fast = compiledWorkOrderSchemaFor(country, format);
  const schema = workOrderSchemaFor(country, format);

  test('is compiled: zod compiles the twin without falling back', () => {
    expect(fast).not.toBe(schema);
    expect(() => z.compile(workOrderSchema(country, format, false), { strict: true })).not.toThrow();
  });

  test('agrees on valid, broken and arbitrary Work Orders', () => {
    const payloads = fc.oneof(workOrder(), broken(workOrder()), anyJson());
    fc.assert(fc.property(payloads, (input) => agree(fast, schema, input)), { numRuns: 400, seed: 21 });
  }, 60_000);

  test('agrees on every Work Order fixture', () => {
    const inputs = [
      ...fixtureNames('pairs', '.work-order.json').map((name) => readJson(join(FIXTURES, 'pairs', `${name}.work-order.json`))),
      ...['valid-work-orders', 'invalid-work-orders'].flatMap((folder) =>
        fixtureNames(folder, '.json').map((name) => (readJson(join(FIXTURES, folder, `${name}.json`)) as { input: unknown }).input),
      ),
    ];
    expect(inputs.length).toBeGreaterThan(40);
    for (const input of inputs) agree(fast, schema, input);
  });
});

describe('the compiled Job Offer schema', () => {
  const fast = compiledJobOfferSchema();

  test('is compiled', () => {
    expect(fast).not.toBe(JobOfferSchema);
    expect(() => z.compile(JobOfferSchema, { strict: true })).not.toThrow();
  });

  test('agrees on valid, broken and arbitrary Job Offers', () => {
    const payloads = fc.oneof(jobOffer(), broken(jobOffer()), anyJson());
    fc.assert(fc.property(payloads, (input) => agree(fast, JobOfferSchema, input)), { numRuns: 400, seed: 22 });
  }, 60_000);

  test('agrees on every Job Offer fixture', () => {
    const inputs = [
      ...fixtureNames('pairs', '.job-offer.json').map((name) => readJson(join(FIXTURES, 'pairs', `${name}.job-offer.json`))),
      ...fixtureNames('invalid-job-offers', '.json').map((name) => (readJson(join(FIXTURES, 'invalid-job-offers', `${name}.json`)) as { input: unknown }).input),
    ];
    expect(inputs.length).toBeGreaterThan(30);
    for (const input of inputs) agree(fast, JobOfferSchema, input);
  });
});
