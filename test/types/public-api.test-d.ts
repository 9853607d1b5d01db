import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import {
  createClient,
  migrateJobOffer,
  migrateJobOfferOrThrow,
  parseWorkOrder,
  requests,
  validateWorkOrder,
  WorkOrderSchema,
  type AppointmentWindow,
  type ContactMethod,
  type ContactMethodInput,
  type DispatchClient,
  type Issue,
  type IssueCode,
  type JobOfferInput,
  type Location,
  type LocationInput,
  type MigrateOptions,
  type MigrationResult,
  type Note,
  type StateCode,
  type ValidationResult,
  type WorkOrder,
  type WorkOrderInput,
} from '../../src';

// Type-level contract of the public API, checked by `npm run test:types` (vitest --typecheck).

describe('WorkOrder and WorkOrderInput', () => {
  const contacts = [{ primary: true }];
  test('both require title, location and contacts; everything else is optional', () => {
    expectTypeOf<WorkOrder['title']>().toEqualTypeOf<string>();
    expectTypeOf<WorkOrder['location']>().toEqualTypeOf<Location>();
    expectTypeOf<WorkOrderInput['location']>().toEqualTypeOf<LocationInput>();
    expectTypeOf<{ location: Location; contacts: { primary: true }[] }>().not.toExtend<WorkOrder>();
    expectTypeOf<{ title: string; contacts: { primary: true }[] }>().not.toExtend<WorkOrder>();
    expectTypeOf<{ title: string; location: Location }>().not.toExtend<WorkOrder>();
    expectTypeOf<{ title: string; location: LocationInput }>().not.toExtend<WorkOrderInput>();
    expectTypeOf<{ title: string; location: Location; contacts: { primary: true }[] }>().toExtend<WorkOrder>();
    expectTypeOf<{ title: string; location: LocationInput; contacts: { primary: true }[] }>().toExtend<WorkOrderInput>();
    // @ts-expect-error: a Work Order without a title does not type-check
    const untitled: WorkOrderInput = { location: { street_1: '1 Main St', city: 'Boston' }, contacts };
    // @ts-expect-error: nor one without contacts
    const noContacts: WorkOrderInput = { title: 'Fix the sink', location: { street_1: '1 Main St', city: 'Boston' } };
    void [untitled, noContacts];
  });

  test('the input takes a state in any case and offers the codes; the canonical form has a code', () => {
    expectTypeOf<NonNullable<Location['state']>>().toEqualTypeOf<StateCode>();
    expectTypeOf<'MA' | 'ON' | 'PR' | 'DC' | 'YT'>().toExtend<StateCode>();
    expectTypeOf<'XX'>().not.toExtend<StateCode>();
    expectTypeOf<'ma'>().toExtend<NonNullable<LocationInput['state']>>();
    expectTypeOf<'ma'>().not.toExtend<NonNullable<Location['state']>>();
  });

  test('phones are strings on both sides', () => {
    expectTypeOf<Extract<ContactMethodInput, { method: 'phone' }>['value']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<ContactMethod, { method: 'phone' }>['value']>().toEqualTypeOf<string>();
  });

  test('enum fields are their unions on both sides, so editors autocomplete them', () => {
    expectTypeOf<NonNullable<WorkOrderInput['orchestration']>>().toEqualTypeOf<NonNullable<WorkOrder['orchestration']>>();
    expectTypeOf<NonNullable<WorkOrderInput['status']>>().toEqualTypeOf<NonNullable<WorkOrder['status']>>();
    expectTypeOf<NonNullable<WorkOrderInput['workflow']>>().toEqualTypeOf<NonNullable<WorkOrder['workflow']>>();
    expectTypeOf<ContactMethodInput['method']>().toEqualTypeOf<'phone' | 'email'>();
    expectTypeOf<NonNullable<WorkOrder['workflow']>>().toEqualTypeOf<'service' | 'sales'>();
    expectTypeOf<NonNullable<WorkOrder['orchestration']>>().toEqualTypeOf<'direct' | 'round_robin' | 'jump_ball'>();
    expectTypeOf<NonNullable<WorkOrder['status']>>().toEqualTypeOf<'offered' | 'unscheduled' | 'scheduled' | 'paused' | 'complete' | 'canceled'>();
    expectTypeOf<ContactMethod['method']>().toEqualTypeOf<'phone' | 'email'>();
    // @ts-expect-error: not an orchestration
    const wrong: WorkOrder['orchestration'] = 'direct_offer';
    void wrong;
  });

  test('nested types are the schema parts', () => {
    expectTypeOf<NonNullable<WorkOrder['appointment_windows']>[number]>().toEqualTypeOf<AppointmentWindow>();
    expectTypeOf<AppointmentWindow>().toEqualTypeOf<{ start_time: string; end_time: string }>();
    expectTypeOf<NonNullable<WorkOrder['service_providers']>[number]['id']>().toEqualTypeOf<number | undefined>();
  });

  test('is the output type of WorkOrderSchema; its input side is the same shape', () => {
    expectTypeOf<z.output<typeof WorkOrderSchema>>().toEqualTypeOf<WorkOrder>();
    expectTypeOf<z.input<typeof WorkOrderSchema>['title']>().toEqualTypeOf<string>();
  });
});

describe('results narrow on success', () => {
  test('migrateJobOffer', () => {
    const result = migrateJobOffer({});
    expectTypeOf(result).toEqualTypeOf<MigrationResult>();
    if (result.success) {
      expectTypeOf(result.workOrder).toEqualTypeOf<WorkOrder>();
      expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
      expectTypeOf(result.notes).toEqualTypeOf<readonly Note[] | undefined>();
    } else {
      expectTypeOf(result.workOrder).toEqualTypeOf<undefined>();
      expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
    }
    // @ts-expect-error: workOrder may be missing until success is checked
    result.workOrder.title;
  });

  test('validateWorkOrder', () => {
    const result = validateWorkOrder(null);
    expectTypeOf(result).toEqualTypeOf<ValidationResult>();
    if (result.success) expectTypeOf(result.workOrder).toEqualTypeOf<WorkOrder>();
    else expectTypeOf(result.workOrder).toEqualTypeOf<undefined>();
  });

  test('the throwing variants return the Work Order', () => {
    expectTypeOf(migrateJobOfferOrThrow).returns.toEqualTypeOf<WorkOrder>();
    expectTypeOf(parseWorkOrder).returns.toEqualTypeOf<WorkOrder>();
  });
});

describe('inputs and options', () => {
  test('migration and validation take any value, and name the input type for completion', () => {
    for (const fn of [migrateJobOffer, migrateJobOfferOrThrow]) {
      expectTypeOf<unknown>().toExtend<Parameters<typeof fn>[0]>();
      expectTypeOf<JobOfferInput>().toExtend<Parameters<typeof fn>[0]>();
    }
    for (const fn of [validateWorkOrder, parseWorkOrder]) {
      expectTypeOf<unknown>().toExtend<Parameters<typeof fn>[0]>();
      expectTypeOf<WorkOrderInput>().toExtend<Parameters<typeof fn>[0]>();
    }
    migrateJobOffer({ job: { title: 'x', address: { street_1: '1 Main St', city: 'Boston' } }, customer: {}, made_up: true }); // accepted, reported at run time
  });

  test('what sends a Work Order takes the input type: an object literal is checked', () => {
    expectTypeOf(requests.createWorkOrder).parameter(0).toEqualTypeOf<WorkOrderInput>();
    expectTypeOf<DispatchClient['createWorkOrder']>().parameter(0).toEqualTypeOf<WorkOrderInput>();
    expectTypeOf<DispatchClient['migrateAndCreate']>().parameter(0).toEqualTypeOf<JobOfferInput>();
    const client = createClient({ token: 't' });
    // @ts-expect-error: not a Work Order (no title, location or contacts)
    void client.createWorkOrder({});
    // @ts-expect-error: nor is this one (a misspelt field)
    requests.createWorkOrder({ title: 'x', location: { street_1: '1 Main St', city: 'Boston' }, contacts: [], orchestation: 'direct' });
    // @ts-expect-error: a Job Offer needs its job and customer
    void client.migrateAndCreate({ offer_strategy: 'direct' });
  });

  test('options are typed unions', () => {
    expectTypeOf<NonNullable<MigrateOptions['phoneFormat']>>().toEqualTypeOf<'E.164' | 'RFC3966'>();
    expectTypeOf<NonNullable<MigrateOptions['defaultCountry']>>().toEqualTypeOf<'US' | 'CA'>();
    expectTypeOf<NonNullable<MigrateOptions['status']>>().toEqualTypeOf<NonNullable<WorkOrder['status']>>();
    // @ts-expect-error: not a phone format
    migrateJobOffer({}, { phoneFormat: 'national' });
  });
});

test('issues are data with a code union and a severity', () => {
  expectTypeOf<Issue['severity']>().toEqualTypeOf<'error' | 'warning'>();
  expectTypeOf<'required'>().toExtend<IssueCode>();
  expectTypeOf<'no_such_code'>().not.toExtend<IssueCode>();
  expectTypeOf<Issue['path']>().toEqualTypeOf<readonly (string | number)[]>();
});
