import { truncate } from './truncate';

/**
 * @internal Names a value for a message without echoing long input: `null`, `an array`, `the string "abc"`,
 * `an object`, `42`, `the number 1.5`, `true`, `a function`.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string "${truncate(value)}"`;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return isArray(value) ? 'an array' : 'an object';
  return value === undefined ? 'undefined' : `a ${typeof value}`;
}

/** Array.isArray, which throws on a revoked Proxy: such a value is named an object. */
function isArray(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    // a revoked Proxy
  }
  return false;
}

/**
 * @internal A value as the subject of a message: a string quoted (`"abc" is not allowed`), any
 * other value as {@link describe} names it.
 */
export function quote(value: unknown): string {
  return typeof value === 'string' ? `"${truncate(value)}"` : describe(value);
}
