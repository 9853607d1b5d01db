import { describe, expect, it } from 'vitest';
import { CliError, isCliError, unexpectedErrorMessage } from '../../src/cli/errors';

describe('unexpectedErrorMessage', () => {
  it.each([
    ['an Error', new Error('boom'), 'dispatch-workorder: unexpected error: boom'],
    ['an Error without a stack', Object.assign(new Error('no stack'), { stack: undefined }), 'dispatch-workorder: unexpected error: no stack'],
    ['a thrown string', 'disk gone', 'dispatch-workorder: unexpected error: disk gone'],
    ['a system error whose message names its code', Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }), 'dispatch-workorder: unexpected error: ENOSPC: no space left on device, write'],
    ['a system error whose message does not', Object.assign(new Error('no space'), { code: 'ENOSPC' }), 'dispatch-workorder: unexpected error: no space (ENOSPC)'],
    ['a message of several lines with control characters', new Error('line 1\nline 2 \u001b[2J'), 'dispatch-workorder: unexpected error: line 1\\nline 2 \\u001b[2J'],
  ])('is one line, never a stack trace: %s', (_name, error, line) => {
    expect(unexpectedErrorMessage(error)).toBe(line);
  });
});

describe('isCliError', () => {
  it('recognises a CliError, also by its name across realms', () => {
    expect(isCliError(new CliError('x'))).toBe(true);
    expect(isCliError(Object.assign(new Error('x'), { name: 'CliError' }))).toBe(true);
    expect(isCliError(new Error('x'))).toBe(false);
    expect(new CliError('x').exitCode).toBe(2);
  });
});
