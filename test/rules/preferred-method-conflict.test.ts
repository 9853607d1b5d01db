import { expect, test } from 'vitest';
import { preferredMethodConflict as rule } from '../../src/rules/preferred-method-conflict';
import { CONTEXT } from './support';

const preferredMethodConflict = (value: unknown) => rule.check(value, CONTEXT, []);

test('one preferred phone and one preferred email pass', () => {
  expect(
    preferredMethodConflict({
      contact_methods: [
        { method: 'phone', preferred: true },
        { method: 'email', preferred: true },
        { method: 'phone', preferred: false },
        { method: 'phone' },
      ],
    }),
  ).toEqual([]);
});

test('a second preferred phone or email is a conflict at its preferred flag', () => {
  expect(
    preferredMethodConflict({
      contact_methods: [
        { method: 'email', preferred: true },
        { method: 'phone', preferred: true },
        { method: 'phone', preferred: true },
        { method: 'email', preferred: true },
      ],
    }),
  ).toEqual([
    { code: 'preferred_method_conflict', path: ['contact_methods', 2, 'preferred'], message: expect.stringContaining('"contact_methods[1]" is already the preferred phone') },
    { code: 'preferred_method_conflict', path: ['contact_methods', 3, 'preferred'], message: expect.stringContaining('"contact_methods[0]" is already the preferred email') },
  ]);
});

test('unknown kinds and malformed entries are left to the schema', () => {
  expect(preferredMethodConflict({ contact_methods: [{ method: 'fax', preferred: true }, { method: 'fax', preferred: true }, 'x'] })).toEqual([]);
  expect(preferredMethodConflict('contact')).toEqual([]);
});
