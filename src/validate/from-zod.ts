import type { z } from 'zod';
import { formatPath, issue, type Issue, type IssueCode, type PathSegment } from '../issues/issue';
import { truncate } from '../normalize/phone';

type ZodIssue = z.core.$ZodIssue;

/** @internal Turns a path of the checked payload into the path reported to the caller. */
export type PathTranslator = (path: readonly PathSegment[]) => PathSegment[];

const identity: PathTranslator = (path) => [...path];

// What to add when a required field is missing, by field name.
const REQUIRED_HINTS: Readonly<Record<string, string>> = {
  title: 'give the job a short title, e.g. "Fix the sink"',
  location: 'give the address where the work is done',
  address: 'give the address where the work is done',
  street_1: 'give the first line of the street address',
  city: 'give the city',
  start_time: 'give the window start as ISO 8601 with an offset, e.g. "2017-01-01T05:00:00Z"',
  end_time: 'give the window end as ISO 8601 with an offset, e.g. "2017-01-01T07:00:00Z"',
  method: 'say whether this is a "phone" or an "email"',
  value: 'give the phone number or email address',
  number: 'give the phone number',
  job: 'give the job: its title and address',
  customer: 'give the customer, who becomes the primary contact',
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

/**
 * @internal Converts zod issues into this library's issues: stable codes, the caller's paths, and
 * messages that say how to fix the payload.
 */
export function fromZodIssues(issues: readonly ZodIssue[], translate: PathTranslator = identity): Issue[] {
  return issues.map((zodIssue) => fromZodIssue(zodIssue, translate));
}

function fromZodIssue(zodIssue: ZodIssue, translate: PathTranslator): Issue {
  const sourcePath = zodIssue.path as PathSegment[];
  switch (zodIssue.code) {
    case 'custom': {
      const code = (zodIssue.params as { code?: IssueCode } | undefined)?.code ?? 'invalid_value';
      return issue(code, translate(sourcePath), zodIssue.message);
    }
    case 'invalid_type': {
      const path = translate(sourcePath);
      if (zodIssue.input === undefined) return required(path);
      const expected = TYPE_NAMES[zodIssue.expected] ?? zodIssue.expected;
      const subject = path.length === 0 ? 'The payload' : `"${formatPath(path)}"`;
      return issue('invalid_type', path, `${subject} must be ${expected}, not ${describe(zodIssue.input)}: change its type.`);
    }
    case 'invalid_value': {
      const path = translate(sourcePath);
      return issue('invalid_value', path, `${describe(zodIssue.input)} is not allowed for "${formatPath(path)}": use one of ${list(zodIssue.values)}.`);
    }
    case 'invalid_union': {
      const discriminator = (zodIssue as { discriminator?: string }).discriminator;
      const options = (zodIssue as { options?: readonly unknown[] }).options ?? [];
      const input = zodIssue.input as Record<string, unknown> | undefined;
      const path = translate(sourcePath);
      if (discriminator !== undefined && typeof input === 'object' && input !== null && input[discriminator] === undefined) return required(path);
      const value = discriminator !== undefined && typeof input === 'object' && input !== null ? input[discriminator] : input;
      return issue('invalid_value', path, `${describe(value)} is not allowed for "${formatPath(path)}": use one of ${list(options)}.`);
    }
    case 'invalid_format': {
      const path = translate(sourcePath);
      const value = typeof zodIssue.input === 'string' ? zodIssue.input : '';
      if (zodIssue.format === 'email') {
        return issue('invalid_email', path, `"${truncate(value)}" is not an email address: write it as name@example.com.`);
      }
      if (zodIssue.format === 'datetime') return issue('invalid_timestamp', path, timestampMessage(value));
      return issue('invalid_value', path, `"${truncate(value)}" is not a valid ${zodIssue.format} for "${formatPath(path)}".`);
    }
    case 'too_small': {
      const path = translate(sourcePath);
      return issue('invalid_value', path, `"${formatPath(path)}" must not be empty: fill it in or leave the field out.`);
    }
    case 'too_big': {
      // Size limits are enforced before parsing (field-tree.ts); this keeps the code the same for a
      // schema used on its own.
      const path = translate(sourcePath);
      return issue('too_large', path, `"${formatPath(path)}" is too large: ${zodIssue.message}.`);
    }
    default: {
      const path = translate(sourcePath);
      return issue('invalid_value', path, `"${formatPath(path)}" is not valid: ${zodIssue.message}.`);
    }
  }
}

function required(path: PathSegment[]): Issue {
  const field = [...path].reverse().find((s): s is string => typeof s === 'string');
  const hint = (field !== undefined ? REQUIRED_HINTS[field] : undefined) ?? 'add it';
  return issue('required', path, `"${formatPath(path)}" is required: ${hint}.`);
}

const NAIVE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;

function timestampMessage(value: string): string {
  if (NAIVE.test(value)) {
    return `"${value}" has no offset, so the instant it means is unknown: add "Z" for UTC or the local offset, e.g. "${value}-05:00".`;
  }
  return `"${truncate(value)}" is not an ISO 8601 timestamp with an offset: write e.g. "2017-01-01T05:00:00Z" or "2017-01-01T00:00:00-05:00".`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${truncate(value)}"`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isInteger(value)) return `the number ${value}`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
