import { expect, test } from 'vitest';
import { issue } from '../../src/issues/issue';
import { windowInPast as rule } from '../../src/rules/window-in-past';
import { validateWorkOrder } from '../../src';
import { FIXTURES, readJson } from '../support/fixtures';
import { CONTEXT } from './support';

// The rule reads the Work Order's windows; these tests give it the windows and read its paths
// relative to them.
const windowInPast = (windows: unknown, now: number) =>
  rule.check({ appointment_windows: windows }, { ...CONTEXT, now }, []).map((v) => {
    expect(v.path[0]).toBe('appointment_windows');
    return issue(v.code, v.path.slice(1), v.message);
  });

const NOW = Date.parse('2017-01-01T07:00:00Z');

test('a window that ended at or before now is a warning at its end_time; an open or future one is not', () => {
  const windows = [
    { start_time: '2017-01-01T05:00:00Z', end_time: '2017-01-01T06:00:00Z' }, // over
    { start_time: '2017-01-01T06:00:00Z', end_time: '2017-01-01T07:00:00Z' }, // ends exactly now: over
    { start_time: '2017-01-01T06:30:00Z', end_time: '2017-01-01T07:30:00Z' }, // open now
    { start_time: '2017-01-01T08:00:00Z', end_time: '2017-01-01T09:00:00Z' }, // ahead
  ];
  expect(windowInPast(windows, NOW)).toEqual([
    {
      code: 'window_in_past',
      severity: 'warning',
      path: [0, 'end_time'],
      message: '"appointment_windows[0].end_time" is 2017-01-01T06:00:00Z, at or before now (2017-01-01T07:00:00.000Z), so no one can take this window: offer a later window or remove this one.',
    },
    {
      code: 'window_in_past',
      severity: 'warning',
      path: [1, 'end_time'],
      message: '"appointment_windows[1].end_time" is 2017-01-01T07:00:00Z, at or before now (2017-01-01T07:00:00.000Z), so no one can take this window: offer a later window or remove this one.',
    },
  ]);
});

test('offsets are compared as instants: 01:59 in New York is after 06:00Z', () => {
  expect(windowInPast([{ start_time: '2017-01-01T01:00:00-05:00', end_time: '2017-01-01T01:59:00-05:00' }], Date.parse('2017-01-01T06:00:00Z'))).toEqual([]);
  expect(windowInPast([{ start_time: '2017-01-01T01:00:00-05:00', end_time: '2017-01-01T01:59:00-05:00' }], Date.parse('2017-01-01T06:59:00Z'))).toHaveLength(1);
});

test('windows that cannot be read as instants in order are skipped: other checks report them', () => {
  const windows = [
    { start_time: '2016-01-01T05:00:00', end_time: '2016-01-01T06:00:00' }, // no offset
    { start_time: '2016-01-01T07:00:00Z', end_time: '2016-01-01T05:00:00Z' }, // reversed: window_order
    { start_time: 5, end_time: 6 },
    null,
    'window',
  ];
  expect(windowInPast(windows, NOW)).toEqual([]);
  expect(windowInPast('not an array', NOW)).toEqual([]);
  expect(windowInPast(undefined, NOW)).toEqual([]);
});

test('through validateWorkOrder: a Work Order with one window gets its warning too', () => {
  const guide = readJson(`${FIXTURES}pairs/guide-example.work-order.json`) as Record<string, unknown>;
  const workOrder = { ...guide, appointment_windows: [{ start_time: '2017-01-01T05:00:00Z', end_time: '2017-01-01T06:00:00Z' }] };
  expect(validateWorkOrder(workOrder, { now: '2017-01-01T06:00:00Z' }).issues).toEqual([
    {
      code: 'window_in_past',
      severity: 'warning',
      path: ['appointment_windows', 0, 'end_time'],
      message: '"appointment_windows[0].end_time" is 2017-01-01T06:00:00Z, at or before now (2017-01-01T06:00:00.000Z), so no one can take this window: offer a later window or remove this one.',
    },
  ]);
  expect(validateWorkOrder(workOrder, { now: '2017-01-01T05:59:59Z' }).issues).toEqual([]);
});
