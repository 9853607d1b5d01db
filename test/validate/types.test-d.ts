import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type {
  AppointmentWindow,
  AppointmentWindowInput,
  AppointmentWindowSchema,
  Contact,
  ContactInput,
  ContactMethod,
  ContactMethodInput,
  ContactMethodSchema,
  ContactSchema,
  JobOffer,
  JobOfferInput,
  JobOfferSchema,
  Location,
  LocationInput,
  LocationSchema,
  ServiceProvider,
  ServiceProviderInput,
  ServiceProviderSchema,
  WorkOrder,
  WorkOrderInput,
  WorkOrderSchema,
} from '../../src';

// The declared payload types (src/validate/types.generated.ts, rendered from the schemas) and what
// each schema infers cannot drift apart: the canonical type is exactly the schema's output, and the
// input type and the schema's input are assignable to each other, once `null` is allowed where the
// library reads it as absent (the declared input otherwise only adds completions, such as
// `StateCode | (string & {})` where the schema reads any string).

describe('each canonical type is its schema\'s output', () => {
  test('Work Order and its entities', () => {
    expectTypeOf<WorkOrder>().toEqualTypeOf<z.output<typeof WorkOrderSchema>>();
    expectTypeOf<Location>().toEqualTypeOf<z.output<typeof LocationSchema>>();
    expectTypeOf<AppointmentWindow>().toEqualTypeOf<z.output<typeof AppointmentWindowSchema>>();
    expectTypeOf<Contact>().toEqualTypeOf<z.output<typeof ContactSchema>>();
    expectTypeOf<ContactMethod>().toEqualTypeOf<z.output<typeof ContactMethodSchema>>();
    expectTypeOf<ServiceProvider>().toEqualTypeOf<z.output<typeof ServiceProviderSchema>>();
  });

  test('Job Offer: mutually assignable (its open strings are offered completions)', () => {
    expectTypeOf<JobOffer>().toExtend<z.output<typeof JobOfferSchema>>();
    expectTypeOf<z.output<typeof JobOfferSchema>>().toExtend<JobOffer>();
  });
});

/**
 * What the library accepts where a schema reads `T`: `null` in an optional field means absent (the
 * reading walk leaves it out, src/validate/snapshot.ts), so each optional field also takes `null`.
 */
type NullAsAbsent<T> = T extends readonly (infer E)[]
  ? NullAsAbsent<E>[]
  : T extends object
    ? { [K in keyof T]: undefined extends T[K] ? NullAsAbsent<T[K]> | null : NullAsAbsent<T[K]> }
    : T;

describe('each input type and its schema\'s input (null as absent) are assignable to each other', () => {
  test('Work Order and its entities', () => {
    expectTypeOf<WorkOrderInput>().toExtend<NullAsAbsent<z.input<typeof WorkOrderSchema>>>();
    expectTypeOf<NullAsAbsent<z.input<typeof WorkOrderSchema>>>().toExtend<WorkOrderInput>();
    expectTypeOf<LocationInput>().toExtend<NullAsAbsent<z.input<typeof LocationSchema>>>();
    expectTypeOf<NullAsAbsent<z.input<typeof LocationSchema>>>().toExtend<LocationInput>();
    expectTypeOf<AppointmentWindowInput>().toExtend<NullAsAbsent<z.input<typeof AppointmentWindowSchema>>>();
    expectTypeOf<NullAsAbsent<z.input<typeof AppointmentWindowSchema>>>().toExtend<AppointmentWindowInput>();
    expectTypeOf<ContactInput>().toExtend<NullAsAbsent<z.input<typeof ContactSchema>>>();
    expectTypeOf<NullAsAbsent<z.input<typeof ContactSchema>>>().toExtend<ContactInput>();
    expectTypeOf<ContactMethodInput>().toExtend<NullAsAbsent<z.input<typeof ContactMethodSchema>>>();
    expectTypeOf<NullAsAbsent<z.input<typeof ContactMethodSchema>>>().toExtend<ContactMethodInput>();
    expectTypeOf<ServiceProviderInput>().toExtend<NullAsAbsent<z.input<typeof ServiceProviderSchema>>>();
    expectTypeOf<NullAsAbsent<z.input<typeof ServiceProviderSchema>>>().toExtend<ServiceProviderInput>();
  });

  test('Job Offer', () => {
    expectTypeOf<JobOfferInput>().toExtend<NullAsAbsent<z.input<typeof JobOfferSchema>>>();
    expectTypeOf<NullAsAbsent<z.input<typeof JobOfferSchema>>>().toExtend<JobOfferInput>();
  });

  test('null is taken in optional fields only, and never in the canonical types', () => {
    expectTypeOf<null>().toExtend<WorkOrderInput['description']>();
    expectTypeOf<null>().toExtend<LocationInput['state']>();
    expectTypeOf<null>().not.toExtend<WorkOrderInput['title']>();
    expectTypeOf<null>().not.toExtend<WorkOrderInput['contacts']>();
    expectTypeOf<null>().not.toExtend<WorkOrder['description']>();
    expectTypeOf<null>().not.toExtend<Location['state']>();
  });
});
