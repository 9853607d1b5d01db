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
// input type and the schema's input are assignable to each other (the declared input only adds
// completions, such as `StateCode | (string & {})` where the schema reads any string).

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

describe('each input type and its schema\'s input are assignable to each other', () => {
  test('Work Order and its entities', () => {
    expectTypeOf<WorkOrderInput>().toExtend<z.input<typeof WorkOrderSchema>>();
    expectTypeOf<z.input<typeof WorkOrderSchema>>().toExtend<WorkOrderInput>();
    expectTypeOf<LocationInput>().toExtend<z.input<typeof LocationSchema>>();
    expectTypeOf<z.input<typeof LocationSchema>>().toExtend<LocationInput>();
    expectTypeOf<AppointmentWindowInput>().toExtend<z.input<typeof AppointmentWindowSchema>>();
    expectTypeOf<z.input<typeof AppointmentWindowSchema>>().toExtend<AppointmentWindowInput>();
    expectTypeOf<ContactInput>().toExtend<z.input<typeof ContactSchema>>();
    expectTypeOf<z.input<typeof ContactSchema>>().toExtend<ContactInput>();
    expectTypeOf<ContactMethodInput>().toExtend<z.input<typeof ContactMethodSchema>>();
    expectTypeOf<z.input<typeof ContactMethodSchema>>().toExtend<ContactMethodInput>();
    expectTypeOf<ServiceProviderInput>().toExtend<z.input<typeof ServiceProviderSchema>>();
    expectTypeOf<z.input<typeof ServiceProviderSchema>>().toExtend<ServiceProviderInput>();
  });

  test('Job Offer', () => {
    expectTypeOf<JobOfferInput>().toExtend<z.input<typeof JobOfferSchema>>();
    expectTypeOf<z.input<typeof JobOfferSchema>>().toExtend<JobOfferInput>();
  });
});
