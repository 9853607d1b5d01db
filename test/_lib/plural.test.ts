import { expect, test } from 'vitest';
import { plural } from '../../src/_lib/plural';

test.each([
  [0, 'entry', 'entries', '0 entries'],
  [1, 'entry', 'entries', '1 entry'],
  [2, 'entry', 'entries', '2 entries'],
  [1, 'character', undefined, '1 character'],
  [21, 'character', undefined, '21 characters'],
])('%i %s (plural %s) is %j', (count, singular, pluralForm, text) => {
  expect(plural(count, singular, pluralForm)).toBe(text);
});
