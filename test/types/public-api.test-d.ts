import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import {
  migrateJobOffer,
  migrateJobOfferOrThrow,
  parseWorkOrder,
  validateWorkOrder,
  WorkOrderSchema,
  type AppointmentWindow,
  type ContactMethod,
  type Issue,
  type IssueCode,
  type Location,
  type MigrateOptions,
  type MigrationResult,
  type Note,
  type ValidationResult,
  type WorkOrder,
} from '../../src';

// Type-level contract of the public API, checked by `npm run test:types` (vitest --typecheck).

describe('WorkOrder', () => {
  test('requires title and location; everything else is optional', () => {
    expectTypeOf<WorkOrder['title']>().toEqualTypeOf<string>();
    expectTypeOf<WorkOrder['location']>().toEqualTypeOf<Location>();
    expectTypeOf<{ location: Location }>().not.toExtend<WorkOrder>();
    expectTypeOf<{ title: string }>().not.toExtend<WorkOrder>();
    expectTypeOf<{ title: string; location: Location }>().toExtend<WorkOrder>();
    // @ts-expect-error: a Work Order without a title does not type-check
    const untitled: WorkOrder = { location: { street_1: '1 Main St', city: 'Boston' } };
    void untitled;
  });

  test('enum fields are their unions, so editors autocomplete them', () => {
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
  test('inputs are unknown: any value may be passed, nothing is assumed', () => {
    expectTypeOf(migrateJobOffer).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validateWorkOrder).parameter(0).toEqualTypeOf<unknown>();
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
