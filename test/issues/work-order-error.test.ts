import { describe, expect, test } from 'vitest';
import { issue, type Issue } from '../../src/issues/issue';
import { isWorkOrderError, WorkOrderError } from '../../src/issues/work-order-error';

const warning = issue('unknown_field', ['titel'], 'w');
const errors: Issue[] = [
  issue('required', ['title'], 'e'),
  issue('invalid_type', ['location'], 'e'),
  issue('required', ['contacts', 0, 'name'], 'e'),
  issue('invalid_phone', ['contacts', 0, 'contact_methods', 1, 'value'], 'e'),
  issue('window_order', ['appointment_windows', 2], 'e'),
];

describe('WorkOrderError', () => {
  test('its message names the first three errors, skips warnings, and counts the rest', () => {
    const error = new WorkOrderError([warning, ...errors]);
    expect(error.message).toBe('Invalid payload: title: required; location: invalid_type; contacts[0].name: required (and 2 more)');
    expect(error.issues).toStrictEqual([warning, ...errors]);
    expect(error.name).toBe('WorkOrderError');
  });

  test('four errors: one more', () => {
    expect(new WorkOrderError(errors.slice(0, 4)).message).toBe('Invalid payload: title: required; location: invalid_type; contacts[0].name: required (and 1 more)');
  });

  test('three errors or fewer: all of them, nothing more', () => {
    expect(new WorkOrderError(errors.slice(0, 3)).message).toBe('Invalid payload: title: required; location: invalid_type; contacts[0].name: required');
    expect(new WorkOrderError([errors[0]!, warning]).message).toBe('Invalid payload: title: required');
  });
});

describe('isWorkOrderError', () => {
  test('an Error named WorkOrderError with issues, from another copy of the package', () => {
    expect(isWorkOrderError(Object.assign(new Error('x'), { name: 'WorkOrderError', issues: [] }))).toBe(true);
  });

  test.each([
    ['an Error with issues but another name', Object.assign(new Error('x'), { issues: [] })],
    ['an Error named WorkOrderError without issues', Object.assign(new Error('x'), { name: 'WorkOrderError' })],
    ['an Error named WorkOrderError whose issues are not a list', Object.assign(new Error('x'), { name: 'WorkOrderError', issues: {} })],
    ['a plain object of that shape', { name: 'WorkOrderError', issues: [] }],
  ])('not %s', (_, value) => {
    expect(isWorkOrderError(value)).toBe(false);
  });
});
