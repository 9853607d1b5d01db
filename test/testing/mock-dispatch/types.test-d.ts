import type { HttpHandler } from 'msw';
import { describe, expectTypeOf, test } from 'vitest';
import type { Status, WorkOrder, WorkOrderCreated } from '../../../src';
import {
  mockDispatchHandlers,
  startMockDispatch,
  type MockDispatch,
  type MockDispatchHandlers,
  type MockFault,
  type MockJob,
  type MockRecords,
} from '../../../src/testing';

// Type-level contract of the mock, checked by `npm run test:types` (vitest --typecheck).

describe('the mock', () => {
  test('both adapters resolve to the shared controls plus their own', () => {
    expectTypeOf(startMockDispatch).returns.toEqualTypeOf<Promise<MockDispatch>>();
    expectTypeOf(mockDispatchHandlers).returns.toEqualTypeOf<Promise<MockDispatchHandlers>>();
    expectTypeOf<MockDispatch['close']>().toEqualTypeOf<() => Promise<void>>();
    expectTypeOf<MockDispatchHandlers['handlers']>().toEqualTypeOf<readonly HttpHandler[]>();
    expectTypeOf<MockDispatch['records']>().toEqualTypeOf<MockRecords>();
  });

  test('faults take only the statuses the mock injects', () => {
    expectTypeOf<NonNullable<MockFault['status']>>().toEqualTypeOf<429 | 500 | 503>();
    // @ts-expect-error: a 404 is not a fault the mock injects
    const notFound: MockFault = { status: 404 };
    void notFound;
  });

  test('a job keeps the Work Order\'s fields, with a status and the ids of the answer', () => {
    expectTypeOf<MockJob['status']>().toEqualTypeOf<Status>();
    expectTypeOf<MockJob['title']>().toEqualTypeOf<WorkOrder['title']>();
    expectTypeOf<MockJob['id']>().toEqualTypeOf<WorkOrderCreated['job_id']>();
    expectTypeOf<MockJob>().not.toHaveProperty('appointment_windows');
  });
});
