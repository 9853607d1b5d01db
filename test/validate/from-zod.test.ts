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
});
