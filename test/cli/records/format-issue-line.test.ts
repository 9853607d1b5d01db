import { describe, expect, it } from 'vitest';
import { formatIssueLine } from '../../../src/cli/records/format-issue-line';

describe('formatIssueLine', () => {
  it('renders record, severity, pointer, code and message on one line', () => {
    expect(formatIssueLine(2, { code: 'required', severity: 'error', path: ['job', 'title'], message: '"job.title" is required.' })).toBe(
      'record 2: error /job/title required: "job.title" is required.',
    );
    expect(formatIssueLine(5, { code: 'dropped_field', severity: 'warning', path: ['duration'], message: 'dropped.' })).toBe('record 5: warning /duration dropped_field: dropped.');
  });

  it('names a note "note"', () => {
    expect(formatIssueLine(4, { code: 'timezone_inferred', path: ['job', 'address', 'timezone'], message: 'filled in.' })).toBe(
      'record 4: note /job/address/timezone timezone_inferred: filled in.',
    );
  });

  it('shows the root as (root) and keeps the line single, its control characters escaped', () => {
    expect(formatIssueLine(7, { code: 'invalid_json', severity: 'error', path: [], message: 'bad\nline\r\nhere \u001b[2J\u0007' })).toBe(
      'record 7: error (root) invalid_json: bad\\nline\\r\\nhere \\u001b[2J\\u0007',
    );
  });
});
