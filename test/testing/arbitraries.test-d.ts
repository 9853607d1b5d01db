import type fc from 'fast-check';
import { expectTypeOf, test } from 'vitest';
import type { JobOfferInput, Location, LocationInput, WorkOrder } from '../../src';
import { arbitraries } from '../../src/testing';

// The arbitraries are typed with the payload types, so that their values reach typed code as they are.
test('workOrder() is canonical Work Orders, jobOffer() what migrateJobOffer takes', () => {
  expectTypeOf(arbitraries.workOrder()).toEqualTypeOf<fc.Arbitrary<WorkOrder>>();
  expectTypeOf(arbitraries.jobOffer()).toEqualTypeOf<fc.Arbitrary<JobOfferInput>>();
  expectTypeOf(arbitraries.address({ canonical: true })).toEqualTypeOf<fc.Arbitrary<Location>>();
  expectTypeOf(arbitraries.address()).toEqualTypeOf<fc.Arbitrary<LocationInput>>();
});

test('a property over Work Orders passes them to code that takes a WorkOrder', () => {
  const send = (workOrder: WorkOrder): string => workOrder.title;
  expectTypeOf(arbitraries.workOrder().map((w) => send(w))).toEqualTypeOf<fc.Arbitrary<string>>();
});
