import { expect, test } from 'vitest';
import { windowOrder as rule } from '../../src/rules/window-order';
import { CONTEXT } from './support';

const windowOrder = (value: unknown) => rule.check(value, CONTEXT, []);

test('a window that starts before it ends passes, across offsets', () => {
  expect(windowOrder({ start_time: '2017-01-01T05:00:00Z', end_time: '2017-01-01T07:00:00Z' })).toEqual([]);
  // 09:00 in Boston (-05:00) is 14:00Z, before 15:00Z.
  expect(windowOrder({ start_time: '2017-01-01T09:00:00-05:00', end_time: '2017-01-01T15:00:00Z' })).toEqual([]);
});

test('equal or reversed instants fail at the window', () => {
  for (const [start_time, end_time] of [
    ['2017-01-01T07:00:00Z', '2017-01-01T07:00:00Z'],
    ['2017-01-01T07:00:00Z', '2017-01-01T05:00:00Z'],
    // 10:00 in Boston is 15:00Z, after 14:00Z, although the wall-clock digits look earlier.
    ['2017-01-01T10:00:00-05:00', '2017-01-01T14:00:00Z'],
  ]) {
    expect(windowOrder({ start_time, end_time })).toEqual([{ code: 'window_order', path: [], message: expect.stringContaining(`starts at ${start_time}`) }]);
  }
});

test('times without an offset or not timestamps are left to the format check', () => {
  expect(windowOrder({ start_time: '2017-01-01T07:00:00', end_time: '2017-01-01T05:00:00Z' })).toEqual([]);
  expect(windowOrder({ start_time: 'soon', end_time: 'later' })).toEqual([]);
  expect(windowOrder({ start_time: 5, end_time: 1 })).toEqual([]);
});
