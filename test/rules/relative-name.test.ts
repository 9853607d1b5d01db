import { expect, test } from 'vitest';
import { relativeName } from '../../src/rules/rule';

// How a rule's message names a field: relative to the entity being checked when the field is under it.
test('a path under `from` is named from there', () => {
  expect(relativeName(['contacts', 0, 'contact_methods', 1], ['contacts', 0])).toBe('contact_methods[1]');
  expect(relativeName(['service_providers', 0, 'id'], ['service_providers', 0])).toBe('id');
});

test('`from` itself is the root of its entity', () => {
  expect(relativeName(['contacts', 0], ['contacts', 0])).toBe('(root)');
});

test('a path that shares only part of `from` is named whole', () => {
  expect(relativeName(['contacts', 1, 'first_name'], ['contacts', 0])).toBe('contacts[1].first_name');
  expect(relativeName(['location', 0, 'x'], ['contacts', 0])).toBe('location[0].x');
});

test('without `from`, or with one longer than the path, the path is named whole', () => {
  expect(relativeName(['contacts', 0, 'first_name'])).toBe('contacts[0].first_name');
  expect(relativeName(['contacts'], ['contacts', 0])).toBe('contacts');
});
