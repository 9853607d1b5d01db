import { describe, expect, it } from 'vitest';
import { formatIssueLine } from '../../../src/cli/records/format-issue-line';
import { toJsonPointer } from '../../../src/issues/json-pointer';

describe('toJsonPointer', () => {
  it.each([
    [[], ''],
    [['job', 'title'], '/job/title'],
    [['contacts', 0, 'contact_methods', 1, 'value'], '/contacts/0/contact_methods/1/value'],
    [['a/b', 'c~d', ''], '/a~1b/c~0d/'],
    [['~1'], '/~01'],
  ] as const)('%j → %j', (path, pointer) => {
    expect(toJsonPointer(path)).toBe(pointer);
  });
});

describe('formatIssueLine', () => {
  it('renders record, pointer, code and message on one line', () => {
    expect(formatIssueLine(2, { code: 'required', severity: 'error', path: ['job', 'title'], message: '"job.title" is required.' })).toBe(
      'record 2: /job/title required: "job.title" is required.',
    );
  });

  it('shows the root as (root) and keeps the line single', () => {
    expect(formatIssueLine(7, { code: 'invalid_json', severity: 'error', path: [], message: 'bad\nline\r\nhere' })).toBe('record 7: (root) invalid_json: bad line here');
  });
});
