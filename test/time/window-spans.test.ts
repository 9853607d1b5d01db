import { expect, test } from 'vitest';
import { windowSpans } from '../../src/time/window-spans';

test('the windows that can be compared, as instants, each with its index', () => {
  expect(
    windowSpans([
      { start_time: '2017-01-01T05:00:00Z', end_time: '2017-01-01T07:00:00Z' },
      { start_time: '2017-01-01T09:00:00Z', end_time: '2017-01-01T08:00:00Z' }, // reversed
      null,
      { start_time: '2017-01-01T01:00:00-05:00', end_time: '2017-01-01T02:00:00-05:00' },
    ]),
  ).toStrictEqual([
    { index: 0, startTime: '2017-01-01T05:00:00Z', endTime: '2017-01-01T07:00:00Z', start: Date.UTC(2017, 0, 1, 5), end: Date.UTC(2017, 0, 1, 7) },
    { index: 3, startTime: '2017-01-01T01:00:00-05:00', endTime: '2017-01-01T02:00:00-05:00', start: Date.UTC(2017, 0, 1, 6), end: Date.UTC(2017, 0, 1, 7) },
  ]);
});

test.each([undefined, null, 'windows', {}, { 0: { start_time: '2017-01-01T05:00:00Z', end_time: '2017-01-01T07:00:00Z' }, length: 1 }])('%j is no list of windows: none', (windows) => {
  expect(windowSpans(windows)).toEqual([]);
});
