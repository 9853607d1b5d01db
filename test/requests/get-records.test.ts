import { describe, expect, test } from 'vitest';
import { requests } from '../../src';

const GETTERS = [
  ['getJob', requests.getJob, '/v3/jobs/789', 'jobId'],
  ['getAppointment', requests.getAppointment, '/v3/appointments/789', 'appointmentId'],
  ['getCustomer', requests.getCustomer, '/v3/customers/789', 'customerId'],
  ['getServiceProvider', requests.getServiceProvider, '/v3/service_providers/789', 'serviceProviderId'],
] as const;

describe('requests.getJob, getAppointment, getCustomer, getServiceProvider', () => {
  test.each(GETTERS)('%s builds GET %s', (_name, build, path) => {
    expect(build(789)).toStrictEqual({ success: true, request: { method: 'GET', path, body: undefined }, issues: [] });
  });

  test.each(GETTERS)('%s reports a bad id at its parameter name', (_name, build, _path, parameter) => {
    expect(build(-1)).toStrictEqual({
      success: false,
      issues: [
        {
          code: 'invalid_value',
          severity: 'error',
          path: [parameter],
          message: `"${parameter}" must be a whole number above 0, not -1: pass the id the API returned, e.g. 789.`,
        },
      ],
    });
  });
});
