import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { requests } from '../../src';

// The builders never throw on any argument: whatever a caller passes comes back as issues.
const BUILDERS = [
  ['acceptJob', (a: unknown, b: unknown) => requests.acceptJob(a as never, b as never)],
  ['cancelJob', (a: unknown) => requests.cancelJob(a as never)],
  ['completeJob', (a: unknown) => requests.completeJob(a as never)],
  ['createWorkOrder', (a: unknown) => requests.createWorkOrder(a as never)],
  ['getJob', (a: unknown) => requests.getJob(a as never)],
  ['getAppointment', (a: unknown) => requests.getAppointment(a as never)],
  ['getCustomer', (a: unknown) => requests.getCustomer(a as never)],
  ['getServiceProvider', (a: unknown) => requests.getServiceProvider(a as never)],
] as const;

describe('request builders on any arguments', () => {
  test.each(BUILDERS)('%s never throws, and fails with at least one error or builds a request', (_name, build) => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.constant(undefined), fc.anything()), (a, b) => {
        const result = build(a, b);
        if (result.success) {
          expect(result.request.path).toMatch(/^\/v3\/[a-z_]+(\/[1-9]\d*)?$/);
          expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
        } else {
          expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
        }
      }),
      { numRuns: 200, seed: 6 },
    );
  });
});
