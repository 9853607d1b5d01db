import { issue, type Issue } from '../issues/issue';
import { describe } from '../_lib/describe';

/**
 * @internal Checks a Dispatch record id given to a builder: a whole number above 0. Reports at
 * `[name]`, the builder's parameter name.
 */
export function checkId(value: unknown, name: string): Issue[] {
  if (value === undefined) return [issue('required', [name], `"${name}" is required: give the Dispatch id of the record, e.g. 789.`)];
  if (typeof value !== 'number') {
    return [issue('invalid_type', [name], `"${name}" must be a number, not ${describe(value)}: pass the Dispatch id as a number, e.g. 789.`)];
  }
  if (!Number.isSafeInteger(value) || value <= 0) {
    return [issue('invalid_value', [name], `"${name}" must be a whole number above 0, not ${value}: pass the id the API returned, e.g. 789.`)];
  }
  return [];
}

