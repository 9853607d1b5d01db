import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fromZodIssues } from '../../src/validate/from-zod';

// Zod issues the schemas rarely or never raise today, converted all the same: a stable code, the
// path, and a message that names the field.

type ZodIssue = z.core.$ZodIssue;
const convert = (zodIssue: Record<string, unknown>): unknown => fromZodIssues([zodIssue as unknown as ZodIssue])[0];

describe('fromZodIssues', () => {
  it('a custom issue without a code of its own is invalid_value', () => {
    expect(convert({ code: 'custom', path: ['title'], message: 'no good', input: 'x' })).toEqual({ code: 'invalid_value', severity: 'error', path: ['title'], message: 'In "title", no good' });
  });

  it('a type the library has no name for is named by zod\'s', () => {
    expect(convert({ code: 'invalid_type', path: ['n'], expected: 'bigint', input: 'x', message: '' })).toEqual({
      code: 'invalid_type',
      severity: 'error',
      path: ['n'],
      message: '"n" must be bigint, not the string "x": change its type.',
    });
  });

  it('a number with a fraction where a whole number belongs asks for a whole number (its type is right), a string for a change of type', () => {
    expect(convert({ code: 'invalid_type', path: ['brand_id'], expected: 'int', input: 1.5, message: '' })).toEqual({
      code: 'invalid_type',
      severity: 'error',
      path: ['brand_id'],
      message: '"brand_id" must be a whole number, not the number 1.5: give a whole number.',
    });
    expect((convert({ code: 'invalid_type', path: ['brand_id'], expected: 'int', input: '7', message: '' }) as { message: string }).message).toBe(
      '"brand_id" must be a whole number, not the string "7": change its type.',
    );
  });

  it('a union without a discriminator or options names the value', () => {
    expect(convert({ code: 'invalid_union', path: ['orchestration'], errors: [], input: 7, message: '' })).toEqual({
      code: 'invalid_value',
      severity: 'error',
      path: ['orchestration'],
      message: '7 is not allowed for "orchestration": use one of .',
    });
  });

  it('a discriminated union given something other than an object names the value', () => {
    expect(convert({ code: 'invalid_union', path: ['x'], errors: [], discriminator: 'method', options: ['phone', 'email'], input: 'fax', message: '' })).toMatchObject({
      code: 'invalid_value',
      path: ['x'],
      message: '"fax" is not allowed for "x": use one of "phone", "email".',
    });
  });

  it('a format other than email or datetime, and a value that is not a string', () => {
    expect(convert({ code: 'invalid_format', path: ['id'], format: 'uuid', input: 'abc', message: '' })).toMatchObject({ code: 'invalid_value', message: '"abc" is not a valid uuid for "id".' });
    expect(convert({ code: 'invalid_format', path: ['id'], format: 'uuid', input: 42, message: '' })).toMatchObject({ code: 'invalid_value', message: '"" is not a valid uuid for "id".' });
  });

  it('any other zod issue is invalid_value with zod\'s message', () => {
    expect(convert({ code: 'not_multiple_of', path: ['n'], divisor: 2, input: 3, message: 'Invalid number: must be a multiple of 2' })).toEqual({
      code: 'invalid_value',
      severity: 'error',
      path: ['n'],
      message: '"n" is not valid: Invalid number: must be a multiple of 2.',
    });
  });
  const fix = 'split the payload or shorten the value.';
  it('too_big: the size of an array or a string in its unit, anything else "too large" (a schema used on its own; the functions stop first)', () => {
    expect(convert({ code: 'too_big', origin: 'array', path: ['external_ids'], maximum: 20, input: Array(21).fill('a'), message: '' })).toEqual({
      code: 'too_large',
      severity: 'error',
      path: ['external_ids'],
      message: `"external_ids" has 21 entries; at most 20 are accepted: ${fix}`,
    });
    expect(convert({ code: 'too_big', origin: 'array', path: ['ids'], maximum: 0, input: ['a'], message: '' })).toMatchObject({ message: `"ids" has 1 entry; at most 0 are accepted: ${fix}` });
    expect(convert({ code: 'too_big', origin: 'string', path: ['title'], maximum: 3, input: 'abcd', message: '' })).toMatchObject({ code: 'too_large', message: `"title" is 4 characters long; at most 3 are accepted: ${fix}` });
    expect(convert({ code: 'too_big', origin: 'string', path: ['title'], maximum: 0, input: 'a', message: '' })).toMatchObject({ message: `"title" is 1 character long; at most 0 are accepted: ${fix}` });
    expect(convert({ code: 'too_big', origin: 'set', path: ['x'], maximum: 3, input: new Set([1, 2, 3, 4]), message: '' })).toMatchObject({ code: 'too_large', message: `"x" is too large; at most 3 are accepted: ${fix}` });
  });

  it.each(['number', 'int'])('a %s out of the safe range, either way, is a whole-number invalid_value', (origin) => {
    const range = 'must be a whole number from -9007199254740991 to 9007199254740991';
    expect(convert({ code: 'too_big', origin, path: ['id'], maximum: Number.MAX_SAFE_INTEGER, input: 1e20, message: '' })).toEqual({
      code: 'invalid_value',
      severity: 'error',
      path: ['id'],
      message: `"id" ${range}, not 100000000000000000000: give the id as the platform returned it.`,
    });
    expect(convert({ code: 'too_small', origin, path: ['id'], minimum: Number.MIN_SAFE_INTEGER, input: -1e20, message: '' })).toEqual({
      code: 'invalid_value',
      severity: 'error',
      path: ['id'],
      message: `"id" ${range}, not -100000000000000000000: give the id as the platform returned it.`,
    });
  });

  it('too_small: an empty array gets the hint of its field, an empty string the generic one', () => {
    expect(convert({ code: 'too_small', origin: 'array', path: ['contacts'], minimum: 1, input: [], message: '' })).toEqual({
      code: 'invalid_value',
      severity: 'error',
      path: ['contacts'],
      message: '"contacts" must not be empty: give at least one contact, the customer with "primary": true (who logs in to the portal).',
    });
    expect(convert({ code: 'too_small', origin: 'array', path: ['things'], minimum: 1, input: [], message: '' })).toMatchObject({ message: '"things" must not be empty: add at least one item.' });
    expect(convert({ code: 'too_small', origin: 'string', path: ['title'], minimum: 1, input: '', message: '' })).toEqual({
      code: 'invalid_value',
      severity: 'error',
      path: ['title'],
      message: '"title" must not be empty: give a value or leave it out.',
    });
  });

  it('an email of the payload itself has no "In …" lead; a value that is not a string is shown empty', () => {
    expect(convert({ code: 'invalid_format', format: 'email', path: [], input: 'x', message: '' })).toEqual({ code: 'invalid_email', severity: 'error', path: [], message: '"x" is not an email address: write it as name@example.com.' });
    expect(convert({ code: 'invalid_format', format: 'email', path: ['e'], input: 5, message: '' })).toMatchObject({ message: 'In "e", "" is not an email address: write it as name@example.com.' });
  });

  it('a discriminated union whose discriminator is missing is required; null is named', () => {
    const union = { code: 'invalid_union', path: ['m'], discriminator: 'method', options: ['phone', 'email'], errors: [], message: '' };
    expect(convert({ ...union, input: { value: 1 } })).toEqual({ code: 'required', severity: 'error', path: ['m'], message: '"m" is required: add it.' });
    expect(convert({ ...union, input: null })).toEqual({ code: 'invalid_value', severity: 'error', path: ['m'], message: 'null is not allowed for "m": use one of "phone", "email".' });
    const plain = { code: 'invalid_union', path: ['x'], errors: [], message: '' };
    expect(convert({ ...plain, input: { a: 1 } })).toEqual({ code: 'invalid_value', severity: 'error', path: ['x'], message: 'an object is not allowed for "x": use one of .' });
  });

  it('a custom issue keeps its own code, and at the root its message has no "In …" lead', () => {
    expect(convert({ code: 'custom', path: [], message: 'no good', input: 'x', params: { code: 'invalid_phone' } })).toEqual({ code: 'invalid_phone', severity: 'error', path: [], message: 'no good' });
  });

  it('paths are translated when a translator is given', () => {
    const issues = fromZodIssues([{ code: 'invalid_type', path: ['title'], expected: 'string', input: undefined, message: '' } as unknown as ZodIssue], (path) => ['job', ...path]);
    expect(issues).toEqual([{ code: 'required', severity: 'error', path: ['job', 'title'], message: '"job.title" is required: give the job a short title, e.g. "Fix the sink".' }]);
  });
});
