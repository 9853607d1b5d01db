import { expect, test } from 'vitest';
import { issue } from '../../src/issues/issue';
import { windowOverlap as rule } from '../../src/rules/window-overlap';
import { CONTEXT } from './support';

// The rule reads the Work Order's windows; these tests give it the windows and read its paths
// relative to them.
const windowOverlap = (windows: unknown) =>
  rule.check({ appointment_windows: windows }, CONTEXT, []).map((v) => {
    expect(v.path[0]).toBe('appointment_windows');
    return issue(v.code, v.path.slice(1), v.message);
  });

const at = (hour: number) => `2017-01-01T${String(hour).padStart(2, '0')}:00:00Z`;
const window = (start: number, end: number) => ({ start_time: at(start), end_time: at(end) });
const found = (windows: unknown) => windowOverlap(windows).map((i) => [i.path[0], i.message.match(/overlaps the window of "appointment_windows\[(\d+)\]"/)?.[1]]);

test('a window overlapping an earlier-starting one is a warning at its index, naming the other', () => {
  expect(windowOverlap([window(5, 7), window(6, 8)])).toEqual([
    {
      code: 'window_overlap',
      severity: 'warning',
      path: [1],
      message:
        'The window of "appointment_windows[1]" (2017-01-01T06:00:00Z to 2017-01-01T08:00:00Z) overlaps the window of "appointment_windows[0]" (2017-01-01T05:00:00Z to 2017-01-01T07:00:00Z): offer windows that do not overlap, or merge them into one.',
    },
  ]);
});

test('windows that only touch, or are apart, do not overlap', () => {
  expect(windowOverlap([window(5, 7), window(7, 9), window(11, 13)])).toEqual([]);
});

test('order in the array does not matter: the later-starting window is named', () => {
  expect(found([window(6, 8), window(5, 7)])).toEqual([[0, '1']]);
});

test('the same window twice overlaps; the second one is named', () => {
  expect(found([window(5, 7), window(5, 7)])).toEqual([[1, '0']]);
});

test('a window inside a long one, and one after it still inside, both overlap the long one', () => {
  expect(found([window(1, 12), window(2, 3), window(4, 5), window(12, 13)])).toEqual([
    [1, '0'],
    [2, '0'],
  ]);
});

test('offsets are compared as instants', () => {
  expect(windowOverlap([window(5, 7), { start_time: '2017-01-01T01:30:00-05:00', end_time: '2017-01-01T03:00:00-05:00' }])).toHaveLength(1);
  expect(windowOverlap([window(5, 7), { start_time: '2017-01-01T02:00:00-05:00', end_time: '2017-01-01T03:00:00-05:00' }])).toEqual([]);
});

test('unreadable windows are skipped', () => {
  expect(windowOverlap([window(5, 7), { start_time: '2017-01-01T05:00:00', end_time: '2017-01-01T07:00:00' }, window(9, 8), null, 'x'])).toEqual([]);
  expect(windowOverlap({})).toEqual([]);
});

test('a long list is swept, not compared pairwise', () => {
  // 20 000 windows of one hour, each starting half an hour after the previous one: every window
  // but the first overlaps its predecessor. Pairwise that is 2·10⁸ comparisons; the sweep is instant.
  const windows = Array.from({ length: 20_000 }, (_, i) => ({
    start_time: new Date(Date.UTC(2017, 0, 1) + i * 1_800_000).toISOString(),
    end_time: new Date(Date.UTC(2017, 0, 1) + i * 1_800_000 + 3_600_000).toISOString(),
  }));
  const issues = windowOverlap(windows);
  expect(issues).toHaveLength(19_999);
  expect(issues[0]?.path).toEqual([1]);
  expect(issues[19_998]?.path).toEqual([19_999]);
});

test('three copies of one window: the second and the third overlap the first', () => {
  expect(found([window(5, 7), window(5, 7), window(5, 7)])).toEqual([
    [1, '0'],
    [2, '0'],
  ]);
});

test('warnings come in array order, whatever order the windows start in', () => {
  // Swept by start: 1 (05–07), 3 (06–08) overlaps 1, 0 (09–11), 2 (10–12) overlaps 0.
  expect(found([window(9, 11), window(5, 7), window(10, 12), window(6, 8)])).toEqual([
    [2, '0'],
    [3, '1'],
  ]);
});

test('of windows that end together, the earlier-starting one stays the one named', () => {
  expect(found([window(5, 8), window(6, 8), window(7, 9)])).toEqual([
    [1, '0'],
    [2, '0'],
  ]);
});
