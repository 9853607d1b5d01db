import { expect, test } from 'vitest';
import { startsWithPath } from '../../src/issues/issue';

test('startsWithPath: a path starts with each of its prefixes and with itself, never with a longer or a different path', () => {
  const path = ['contacts', 0, 'contact_methods'];
  expect([[], ['contacts'], ['contacts', 0], path].map((prefix) => startsWithPath(path, prefix))).toEqual([true, true, true, true]);
  expect([['contacts', 1], ['contacts', '0'], [...path, 'value'], ['location']].map((prefix) => startsWithPath(path, prefix))).toEqual([false, false, false, false]);
  expect(startsWithPath([], [])).toBe(true);
});
