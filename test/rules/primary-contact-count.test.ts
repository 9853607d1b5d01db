import { expect, test } from 'vitest';
import { primaryContactCount as rule } from '../../src/rules/primary-contact-count';
import { CONTEXT } from './support';

const primaryContactCount = (value: unknown) => rule.check(value, CONTEXT, []);

test('one primary contact passes', () => {
  expect(primaryContactCount({ contacts: [{ primary: false }, { primary: true }] })).toEqual([]);
});

test('no contacts, or an empty list, is left to the structure (required, invalid_value): one issue per problem', () => {
  for (const workOrder of [{}, { contacts: [] }]) expect(primaryContactCount(workOrder)).toEqual([]);
});

test('contacts with none primary fail at contacts', () => {
  expect(primaryContactCount({ contacts: [{ primary: false }, {}] })).toEqual([
    { code: 'primary_contact_count', path: ['contacts'], message: expect.stringContaining('No contact of "contacts" is primary') },
  ]);
});

test('each extra primary is named', () => {
  expect(primaryContactCount({ contacts: [{ primary: true }, {}, { primary: true }, { primary: true }] }).map((v) => v.path)).toEqual([
    ['contacts', 2, 'primary'],
    ['contacts', 3, 'primary'],
  ]);
});

test('only the boolean true counts, and non-objects are skipped', () => {
  expect(primaryContactCount({ contacts: [{ primary: 'true' }, null, 3, { primary: true }] })).toEqual([]);
});

test('leaves type problems to the schema', () => {
  expect(primaryContactCount(null)).toEqual([]);
  expect(primaryContactCount({ contacts: 'nobody' })).toEqual([]);
});
