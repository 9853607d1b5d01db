import { describe, expect, expectTypeOf, it } from 'vitest';
import { flattenIssues, validateWorkOrder, type FlattenedIssues, type Issue } from '../../src';

const issue = (path: Issue['path'], message: string, code: Issue['code'] = 'required', severity: Issue['severity'] = 'error'): Issue => ({ code, severity, path, message });

describe('flattenIssues', () => {
  it('puts root issues in formErrors and the others under their dotted path, in order', () => {
    const issues = [
      issue([], 'root 1', 'invalid_type'),
      issue(['job', 'title'], 'title 1'),
      issue(['contacts', 0, 'contact_methods', 1, 'value'], 'phone', 'invalid_phone'),
      issue(['job', 'title'], 'title 2', 'too_large'),
      issue([], 'root 2', 'primary_contact_count'),
    ];
    const flat = flattenIssues(issues);
    expect(flat.formErrors).toEqual(['root 1', 'root 2']);
    expect({ ...flat.fieldErrors }).toEqual({ 'job.title': ['title 1', 'title 2'], 'contacts[0].contact_methods[1].value': ['phone'] });
  });

  it('keeps what mapIssue returns instead of the message', () => {
    const flat = flattenIssues([issue(['job', 'title'], 'm'), issue([], 'r', 'invalid_type')], (i) => ({ code: i.code, severity: i.severity }));
    expect(flat).toEqual({ formErrors: [{ code: 'invalid_type', severity: 'error' }], fieldErrors: { 'job.title': [{ code: 'required', severity: 'error' }] } });
    expectTypeOf(flat).toEqualTypeOf<FlattenedIssues<{ code: Issue['code']; severity: Issue['severity'] }>>();
  });

  it('keeps warnings: filter first to show errors only', () => {
    const issues = [issue(['duration'], 'dropped', 'dropped_field', 'warning'), issue(['job', 'title'], 'required')];
    expect({ ...flattenIssues(issues).fieldErrors }).toEqual({ duration: ['dropped'], 'job.title': ['required'] });
    expect({ ...flattenIssues(issues.filter((i) => i.severity === 'error')).fieldErrors }).toEqual({ 'job.title': ['required'] });
  });

  it('returns empty lists for no issues', () => {
    const flat = flattenIssues([]);
    expect(flat.formErrors).toEqual([]);
    expect(Object.keys(flat.fieldErrors)).toEqual([]);
  });

  it('takes a key such as __proto__ from the payload as a plain key, never as the prototype', () => {
    const flat = flattenIssues([issue(['__proto__'], 'unknown', 'unknown_field', 'warning'), issue(['constructor'], 'also unknown', 'unknown_field', 'warning')]);
    expect(Object.keys(flat.fieldErrors)).toEqual(['__proto__', 'constructor']);
    expect(flat.fieldErrors['__proto__']).toEqual(['unknown']);
    expect(flat.fieldErrors['constructor']).toEqual(['also unknown']);
    expect(Object.getPrototypeOf(flat.fieldErrors)).toBeNull();
  });

  it('groups the issues of a real validation by field', () => {
    const result = validateWorkOrder({ title: 'Fix the sink', contacts: [{ name: 'Ann', contact_methods: [{ kind: 'phone', value: '12' }] }] });
    const flat = flattenIssues(result.issues, (i) => i.code);
    expect(flat.formErrors).toEqual([]);
    expect({ ...flat.fieldErrors }).toEqual({
      location: ['required'],
      'contacts[0].contact_methods[0].method': ['required'],
      contacts: ['primary_contact_count'],
      'contacts[0].name': ['unknown_field'],
      'contacts[0].contact_methods[0].kind': ['unknown_field'],
    });
  });

  it('does not mutate the issues', () => {
    const issues = [issue(['job', 'title'], 'm')];
    const copy = structuredClone(issues);
    flattenIssues(issues);
    expect(issues).toEqual(copy);
  });
});
