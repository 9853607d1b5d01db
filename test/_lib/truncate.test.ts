import { expect, test } from 'vitest';
import { truncate } from '../../src/_lib/truncate';

test.each([
  ['', 40, ''],
  ['x'.repeat(40), 40, 'x'.repeat(40)],
  ['x'.repeat(41), 40, `${'x'.repeat(40)}…`],
  ['abcd', 3, 'abc…'],
  ['abc', 3, 'abc'],
])('%j cut at %i is %j', (value, max, text) => {
  expect(truncate(value, max)).toBe(text);
});

test('cuts at 40 characters unless told', () => {
  expect(truncate('y'.repeat(40))).toBe('y'.repeat(40));
  expect(truncate('y'.repeat(41))).toBe(`${'y'.repeat(40)}…`);
});
