import { describe, expect, it } from 'vitest';
import { formatIssue, migrateJobOffer, toJsonPointer, type Issue, type Note } from '../../src';
import { guideOffer } from '../cli/support/records';

const required: Issue = { code: 'required', severity: 'error', path: ['job', 'title'], message: '"job.title" is required.' };

describe('formatIssue', () => {
  it('writes severity, JSON Pointer, code and message on one line', () => {
    expect(formatIssue(required)).toBe('error /job/title required: "job.title" is required.');
    expect(formatIssue({ code: 'dropped_field', severity: 'warning', path: ['duration'], message: 'dropped.' })).toBe('warning /duration dropped_field: dropped.');
  });

  it('writes a note with "note" in place of the severity', () => {
    const note: Note = { code: 'timezone_inferred', path: ['job', 'address', 'timezone'], message: 'filled in.' };
    expect(formatIssue(note)).toBe('note /job/address/timezone timezone_inferred: filled in.');
  });

  it('writes an object whose severity is undefined as a note', () => {
    expect(formatIssue({ code: 'timezone_inferred', severity: undefined, path: ['a'], message: 'm' })).toBe('note /a timezone_inferred: m');
  });

  it('writes the root as (root), with either path style', () => {
    const root: Issue = { code: 'invalid_type', severity: 'error', path: [], message: 'not an object.' };
    expect(formatIssue(root)).toBe('error (root) invalid_type: not an object.');
    expect(formatIssue(root, { path: 'dotted' })).toBe('error (root) invalid_type: not an object.');
  });

  it('writes the path as the messages do with path: "dotted"', () => {
    const phone: Issue = { code: 'invalid_phone', severity: 'error', path: ['contacts', 0, 'contact_methods', 1, 'value'], message: 'bad.' };
    expect(formatIssue(phone, { path: 'dotted' })).toBe('error contacts[0].contact_methods[1].value invalid_phone: bad.');
    expect(formatIssue(phone, { path: 'pointer' })).toBe('error /contacts/0/contact_methods/1/value invalid_phone: bad.');
  });

  it('escapes ~ and / in keys as the JSON Pointer does (toJsonPointer)', () => {
    const issue: Issue = { code: 'dropped_field', severity: 'warning', path: ['a/b', 'c~d'], message: 'm' };
    expect(formatIssue(issue)).toBe(`warning ${toJsonPointer(issue.path)} dropped_field: m`);
    expect(toJsonPointer(issue.path)).toBe('/a~1b/c~0d');
  });

  it('escapes every control character in the path and the message, so the text is one line that cannot drive a terminal', () => {
    const issue: Issue = {
      code: 'dropped_field',
      severity: 'warning',
      path: ['\u001b[31mred\u0007', 'a\rb'],
      message: 'line 1\nline 2\ttab \u0000 \u007f \u009b \u2028 \u202e end',
    };
    expect(formatIssue(issue)).toBe(
      'warning /\\u001b[31mred\\u0007/a\\rb dropped_field: line 1\\nline 2\\ttab \\u0000 \\u007f \\u009b \\u2028 \\u202e end',
    );
    expect(formatIssue(issue)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('writes the controls JSON names by their short escapes, the others as \\u escapes', () => {
    const issue: Issue = { code: 'invalid_value', severity: 'error', path: [], message: '\n\r\t\b\f\u000b\u001f\u0085\u2029\u061c\u200e\u200f\u202a\u2066\u2069' };
    expect(formatIssue(issue)).toBe('error (root) invalid_value: \\n\\r\\t\\b\\f\\u000b\\u001f\\u0085\\u2029\\u061c\\u200e\\u200f\\u202a\\u2066\\u2069');
  });

  it('leaves printable text as it is, non-ASCII included', () => {
    const issue: Issue = { code: 'invalid_value', severity: 'error', path: ['job', 'title'], message: 'Café "x" \\ 東京 🙂' };
    expect(formatIssue(issue)).toBe('error /job/title invalid_value: Café "x" \\ 東京 🙂');
  });

  it('renders what migrateJobOffer returns, the CLI line without its record number', () => {
    const result = migrateJobOffer(guideOffer);
    expect(result.issues.map((issue) => formatIssue(issue))).toEqual([
      'warning /duration dropped_field: "duration" was dropped: Work Orders do not expire, so offer expiry is no longer supported.',
    ]);
  });

  it('does not mutate the issue', () => {
    const issue = { ...required, path: [...required.path] };
    formatIssue(issue, { path: 'dotted' });
    expect(issue).toEqual(required);
  });
});
