import { expect, test } from 'vitest';
import { contactIncomplete as rule } from '../../src/rules/contact-incomplete';
import { CONTEXT } from './support';

const check = (contact: unknown) => rule.check(contact, CONTEXT, ['contacts', 1]);
const WARNING = {
  code: 'contact_incomplete',
  path: [],
  message: '"contacts[1]" has no name and no phone or email, so no one can tell who it is or reach them: give a name and at least one phone number or email address.',
};

test.each([{}, { primary: false }, { first_name: '   ' }, { last_name: '' }, { first_name: 5 }, { contact_methods: [] }, { first_name: ' ', contact_methods: [] }])(
  '%j has no name and no way to reach it: a warning',
  (contact) => {
    expect(check(contact)).toEqual([WARNING]);
  },
);

test.each([{ first_name: 'Joe' }, { last_name: ' Shmo ' }, { contact_methods: [{ method: 'email', value: 'a@b.co' }] }, { contact_methods: [{}] }])('%j is named or reachable', (contact) => {
  expect(check(contact)).toEqual([]);
});

test('contact_methods of the wrong type: its type error is the issue, not this warning', () => {
  expect(check({ contact_methods: 'joe@example.com' })).toEqual([]);
  expect(check({ contact_methods: {} })).toEqual([]);
});

test('a contact that is not an object is left to the structural check', () => {
  expect(check('Joe')).toEqual([]);
  expect(check(null)).toEqual([]);
});
