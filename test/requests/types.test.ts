import { describe, expect, expectTypeOf, test } from 'vitest';
import { createClient, requests, type ApiRecord, type ApiRequest, type AppointmentBody, type JobStatusBody, type WorkOrder, type WorkOrderCreated } from '../../src';

// Types are part of the contract: a result narrows on `success`, and each builder and client
// method says what it sends and returns. Checked by `tsc --noEmit`; the runtime checks pin values.
describe('types of the builders and the client', () => {
  test('a builder result narrows on success to a typed request', () => {
    const built = requests.cancelJob(789);
    if (built.success) {
      expectTypeOf(built.request).toEqualTypeOf<ApiRequest<JobStatusBody>>();
      expectTypeOf(built.request.body.status).toEqualTypeOf<'unscheduled' | 'canceled' | 'complete'>();
    } else {
      expectTypeOf(built.request).toEqualTypeOf<undefined>();
    }
    expect(built.success && built.request.body.status).toBe('canceled');
    expectTypeOf<Extract<ReturnType<typeof requests.createWorkOrder>, { success: true }>['request']['body']>().toEqualTypeOf<WorkOrder>();
    expectTypeOf<Extract<ReturnType<typeof requests.acceptJob>, { success: true }>['request']['body']>().toEqualTypeOf<JobStatusBody | AppointmentBody>();
    expectTypeOf<Extract<ReturnType<typeof requests.getJob>, { success: true }>['request']['body']>().toEqualTypeOf<undefined>();
  });

  test('client methods return the parsed bodies with their types', () => {
    const client = createClient({ token: 't', fetch: async () => new Response('{}') });
    expectTypeOf(client.createWorkOrder).returns.toEqualTypeOf<Promise<WorkOrderCreated>>();
    expectTypeOf(client.getJob).returns.toEqualTypeOf<Promise<ApiRecord>>();
    expectTypeOf(client.migrateAndCreate).returns.resolves.toHaveProperty('created').toEqualTypeOf<WorkOrderCreated>();
    expectTypeOf(client.acceptJob).parameter(1).toEqualTypeOf<{ readonly time: string; readonly duration: number } | undefined>();
    expect(client.baseUrl).toBe('https://api-sandbox.dispatch.me');
  });
});
