import { describe, expect, test } from 'vitest';
import { requests } from '../../src';

describe('requests.acceptJob', () => {
  test('without an appointment: PATCH the job to unscheduled', () => {
    expect(requests.acceptJob(789)).toStrictEqual({
      success: true,
      request: { method: 'PATCH', path: '/v3/jobs/789', body: { status: 'unscheduled' } },
      issues: [],
    });
  });

  test('with an appointment: POST /v3/appointments, scheduled, in the guide\'s key order', () => {
    const result = requests.acceptJob(789, { time: '2017-01-01T00:00:00-05:00', duration: 3600 });
    expect(result).toStrictEqual({
      success: true,
      request: { method: 'POST', path: '/v3/appointments', body: { job_id: 789, time: '2017-01-01T00:00:00-05:00', duration: 3600, status: 'scheduled' } },
      issues: [],
    });
    expect(JSON.stringify(result.request?.body)).toBe('{"job_id":789,"time":"2017-01-01T00:00:00-05:00","duration":3600,"status":"scheduled"}');
  });

  test('a time without an offset is an invalid_timestamp that says how to fix it', () => {
    expect(requests.acceptJob(789, { time: '2017-01-01T05:00:00', duration: 3600 })).toStrictEqual({
      success: false,
      issues: [
        {
          code: 'invalid_timestamp',
          severity: 'error',
          path: ['appointment', 'time'],
          message: 'In "appointment.time", "2017-01-01T05:00:00" has no offset, so the instant it means is unknown: add "Z" for UTC or the local offset, e.g. "2017-01-01T05:00:00-05:00".',
        },
      ],
    });
  });

  test.each([
    ['a date only', '2017-01-01'],
    ['an impossible date', '2017-02-30T05:00:00Z'],
    ['a compact offset', '2017-01-01T05:00:00-0500'],
    ['free text', 'tomorrow at 9'],
  ])('%s is an invalid_timestamp', (_name, time) => {
    const result = requests.acceptJob(789, { time, duration: 3600 });
    expect(result.success).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toStrictEqual([['invalid_timestamp', ['appointment', 'time']]]);
  });

  test.each([
    [0, 'invalid_value'],
    [-60, 'invalid_value'],
    [90.5, 'invalid_value'],
    [Number.NaN, 'invalid_value'],
    [Number.POSITIVE_INFINITY, 'invalid_value'],
    ['3600', 'invalid_type'],
    [undefined, 'required'],
  ])('duration %s is %s', (duration, code) => {
    const result = requests.acceptJob(789, { time: '2017-01-01T05:00:00Z', duration } as never);
    expect(result.success).toBe(false);
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toStrictEqual([[code, 'error', ['appointment', 'duration']]]);
  });

  test('every bad argument is reported in one pass, with messages naming the fix', () => {
    const result = requests.acceptJob(0, { duration: -1 } as never);
    expect(result.success).toBe(false);
    expect(result.issues).toStrictEqual([
      { code: 'invalid_value', severity: 'error', path: ['jobId'], message: '"jobId" must be a whole number above 0, not 0: pass the id the API returned, e.g. 789.' },
      {
        code: 'required',
        severity: 'error',
        path: ['appointment', 'time'],
        message: '"appointment.time" is required: give the start as ISO 8601 with an offset, e.g. "2017-01-01T05:00:00Z".',
      },
      {
        code: 'invalid_value',
        severity: 'error',
        path: ['appointment', 'duration'],
        message: '"appointment.duration" must be a whole number of seconds above 0, not -1: e.g. 3600 for one hour.',
      },
    ]);
  });

  test('an appointment that is not an object is an invalid_type, not silently an unscheduled accept', () => {
    for (const appointment of [null, 'tomorrow', 3600, []]) {
      const result = requests.acceptJob(789, appointment as never);
      expect(result.success).toBe(false);
      expect(result.issues.map((i) => [i.code, i.path])).toStrictEqual([['invalid_type', ['appointment']]]);
    }
  });

  test('unknown appointment keys are left out with a warning', () => {
    const result = requests.acceptJob(789, { time: '2017-01-01T05:00:00Z', duration: 3600, status: 'draft', notes: 'x' } as never);
    expect(result.success).toBe(true);
    expect(result.request?.body).toStrictEqual({ job_id: 789, time: '2017-01-01T05:00:00Z', duration: 3600, status: 'scheduled' });
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toStrictEqual([
      ['unknown_field', 'warning', ['appointment', 'status']],
      ['unknown_field', 'warning', ['appointment', 'notes']],
    ]);
  });

  test('does not mutate a frozen appointment', () => {
    const appointment = Object.freeze({ time: '2017-01-01T05:00:00Z', duration: 3600 });
    const result = requests.acceptJob(789, appointment);
    expect(appointment).toStrictEqual({ time: '2017-01-01T05:00:00Z', duration: 3600 });
    expect(result.request?.body).not.toBe(appointment);
  });
});

test('the appointment time is sent in the one timestamp form the library writes', () => {
  const built = requests.acceptJob(789, { time: '2017-01-01t00:00-05:00', duration: 3600 });
  expect(built.request?.body).toEqual({ job_id: 789, time: '2017-01-01T00:00:00-05:00', duration: 3600, status: 'scheduled' });
});

describe('requests.acceptJob: each message names the field and the fix', () => {
  const issuesOf = (appointment: unknown) => requests.acceptJob(789, appointment as never).issues;

  test('an appointment that is not an object', () => {
    expect(issuesOf('tomorrow')).toStrictEqual([
      {
        code: 'invalid_type',
        severity: 'error',
        path: ['appointment'],
        message: '"appointment" must be an object such as { time: "2017-01-01T05:00:00Z", duration: 3600 }, not the string "tomorrow"; leave it out to accept without an appointment.',
      },
    ]);
  });

  test('a time that is not a string', () => {
    expect(issuesOf({ time: 1483246800, duration: 3600 })).toStrictEqual([
      {
        code: 'invalid_type',
        severity: 'error',
        path: ['appointment', 'time'],
        message: '"appointment.time" must be a string, not 1483246800: write it as ISO 8601 with an offset, e.g. "2017-01-01T05:00:00Z".',
      },
    ]);
  });

  test('a duration missing, or not a number', () => {
    expect(issuesOf({ time: '2017-01-01T05:00:00Z' })).toStrictEqual([
      { code: 'required', severity: 'error', path: ['appointment', 'duration'], message: '"appointment.duration" is required: give the length in seconds, e.g. 3600 for one hour.' },
    ]);
    expect(issuesOf({ time: '2017-01-01T05:00:00Z', duration: '1h' })).toStrictEqual([
      {
        code: 'invalid_type',
        severity: 'error',
        path: ['appointment', 'duration'],
        message: '"appointment.duration" must be a number of seconds, not the string "1h": e.g. 3600 for one hour.',
      },
    ]);
  });

  test('a key that is not an appointment field is a warning, and the accept goes ahead', () => {
    expect(issuesOf({ time: '2017-01-01T05:00:00Z', duration: 3600, notes: 'x' })).toStrictEqual([
      {
        code: 'unknown_field',
        severity: 'warning',
        path: ['appointment', 'notes'],
        message: '"appointment.notes" is not an appointment field (only "time" and "duration" are): it was left out of the request.',
      },
    ]);
  });
});
