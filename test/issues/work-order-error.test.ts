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
  const line = (i: Issue) => `  error ${i.path.length === 0 ? '(root)' : '/' + i.path.join('/')} ${i.code}: ${i.message}`;

  test('its message counts the errors and warnings, shows the first three errors and the first warning as the CLI prints them, and counts the rest', () => {
    const error = new WorkOrderError([warning, ...errors]);
    expect(error.message).toBe(
      [
        'Invalid payload: 5 errors, 1 warning',
        '  error /title required: e',
        '  error /location invalid_type: e',
        '  error /contacts/0/name required: e',
        '  warning /titel unknown_field: w',
        '  … and 2 more errors (every issue is in error.issues)',
      ].join('\n'),
    );
    const second = issue('dropped_field', ['duration'], 'd');
    expect(new WorkOrderError([...errors.slice(0, 2), warning, second, second]).message.split('\n')).toEqual([
      'Invalid payload: 2 errors, 3 warnings',
      ...errors.slice(0, 2).map(line),
      '  warning /titel unknown_field: w',
      '  … and 2 more warnings (every issue is in error.issues)',
    ]);
    expect(new WorkOrderError([...errors, warning, second]).message.split('\n').at(-1)).toBe('  … and 2 more errors, 1 more warning (every issue is in error.issues)');
    expect(error.issues).toStrictEqual([warning, ...errors]);
    expect(error.name).toBe('WorkOrderError');
  });

  test('four errors: one more error', () => {
    expect(new WorkOrderError(errors.slice(0, 4)).message.split('\n')).toEqual(['Invalid payload: 4 errors', ...errors.slice(0, 3).map(line), '  … and 1 more error (every issue is in error.issues)']);
  });

  test('three errors or fewer: all of them, nothing more', () => {
    expect(new WorkOrderError(errors.slice(0, 3)).message.split('\n')).toEqual(['Invalid payload: 3 errors', ...errors.slice(0, 3).map(line)]);
    expect(new WorkOrderError([errors[0]!]).message).toBe('Invalid payload: 1 error\n  error /title required: e');
    expect(new WorkOrderError([errors[0]!, warning]).message).toBe('Invalid payload: 1 error, 1 warning\n  error /title required: e\n  warning /titel unknown_field: w');
  });

  test('a message is safe to log: a line break or escape in an issue cannot add a line', () => {
    const error = new WorkOrderError([issue('invalid_value', ['a\nb'], 'x\u001b[2Jy')]);
    expect(error.message).toBe('Invalid payload: 1 error\n  error /a\\nb invalid_value: x\\u001b[2Jy');
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
