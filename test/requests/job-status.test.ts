import { describe, expect, test } from 'vitest';
import { requests } from '../../src';

describe('requests.cancelJob and requests.completeJob', () => {
  test('cancelJob: PATCH the job to canceled', () => {
    expect(requests.cancelJob(789)).toStrictEqual({
      success: true,
      request: { method: 'PATCH', path: '/v3/jobs/789', body: { status: 'canceled' } },
      issues: [],
    });
  });

  test('completeJob: PATCH the job to complete', () => {
    expect(requests.completeJob(42)).toStrictEqual({
      success: true,
      request: { method: 'PATCH', path: '/v3/jobs/42', body: { status: 'complete' } },
      issues: [],
    });
  });

  test.each([
    [0, 'invalid_value', '"jobId" must be a whole number above 0, not 0: pass the id the API returned, e.g. 789.'],
    [-5, 'invalid_value', '"jobId" must be a whole number above 0, not -5: pass the id the API returned, e.g. 789.'],
    [1.5, 'invalid_value', '"jobId" must be a whole number above 0, not 1.5: pass the id the API returned, e.g. 789.'],
    [2 ** 53, 'invalid_value', '"jobId" must be a whole number above 0, not 9007199254740992: pass the id the API returned, e.g. 789.'],
    ['789', 'invalid_type', '"jobId" must be a number, not the string "789": pass the Dispatch id as a number, e.g. 789.'],
    [null, 'invalid_type', '"jobId" must be a number, not null: pass the Dispatch id as a number, e.g. 789.'],
    [undefined, 'required', '"jobId" is required: give the Dispatch id of the record, e.g. 789.'],
  ])('jobId %s is %s', (jobId, code, message) => {
    for (const build of [requests.cancelJob, requests.completeJob]) {
      expect(build(jobId as never)).toStrictEqual({ success: false, issues: [{ code, severity: 'error', path: ['jobId'], message }] });
    }
  });

  test('an id with path characters never reaches the path', () => {
    const result = requests.cancelJob('1/../../v3/workorder' as never);
    expect(result.success).toBe(false);
    expect(result.request).toBeUndefined();
  });
});
