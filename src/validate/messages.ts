import { describe } from '../_lib/describe';
import { formatPath, issue, type Issue, type PathSegment } from '../issues/issue';

// The messages of the structural issues, shared by the issues converted from zod and those the
// migration finds while it reads a Job Offer, so that one problem reads the same wherever it is found.

// What to add when a required field is missing, by field name (the last name in its path).
const REQUIRED_HINTS: ReadonlyMap<PathSegment | undefined, string> = new Map(Object.entries({
  title: 'give the job a short title, e.g. "Fix the sink"',
  location: 'give the address where the work is done',
  contacts: 'give at least one contact, the customer with "primary": true (who logs in to the portal)',
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
}));

/** @internal What a type is called in messages, by zod's name for it. */
export const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

/** What to add where a required field is missing or an array that must not be empty is. */
function hintFor(path: readonly PathSegment[], fallback: string): string {
  return REQUIRED_HINTS.get(path.findLast((segment) => typeof segment === 'string')) ?? fallback;
}

/** @internal A `required` issue: the field is missing; the message says what to add. */
export function requiredIssue(path: readonly PathSegment[]): Issue {
  if (path.length === 0) return issue('required', [], 'The payload is missing (undefined): pass an object, such as the result of JSON.parse.');
  return issue('required', [...path], `"${formatPath(path)}" is required: ${hintFor(path, 'add it')}.`);
}

/** @internal An `invalid_value` issue for an array that must not be empty (a Work Order's `contacts`). */
export function emptyListIssue(path: readonly PathSegment[]): Issue {
  return issue('invalid_value', [...path], `"${formatPath(path)}" must not be empty: ${hintFor(path, 'add at least one item')}.`);
}

/** @internal An `invalid_value` issue for required text that is empty or only white space (`title`, `street_1`, `city`). */
export function blankTextIssue(path: readonly PathSegment[]): Issue {
  return issue('invalid_value', [...path], `"${formatPath(path)}" must not be empty or blank: ${hintFor(path, 'fill it in')}.`);
}

/** @internal An `invalid_type` issue: `expected` is zod's name of the type (`string`, `object`…). */
export function invalidTypeIssue(path: readonly PathSegment[], expected: string, input: unknown): Issue {
  const subject = path.length === 0 ? 'The payload' : `"${formatPath(path)}"`;
  // A number with a fraction where a whole number belongs has the right type and the wrong value.
  const fix = expected === 'int' && typeof input === 'number' ? 'give a whole number' : 'change its type';
  return issue('invalid_type', [...path], `${subject} must be ${TYPE_NAMES[expected] ?? expected}, not ${describe(input)}: ${fix}.`);
}

/** @internal A `too_large` issue: `what` says how large, e.g. "has 300 keys; at most 200 are accepted". */
export function tooLargeIssue(path: readonly PathSegment[], what: string): Issue {
  return issue('too_large', [...path], `"${formatPath(path)}" ${what}: split the payload or shorten the value.`);
}
