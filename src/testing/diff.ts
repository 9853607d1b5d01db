import { AssertionError, deepStrictEqual } from 'node:assert';

/**
 * @internal A readable line diff of two JSON values (Node's own assertion diff), or `undefined`
 * when they are deeply equal.
 */
export function jsonDiff(actual: unknown, expected: unknown): string | undefined {
  try {
    deepStrictEqual(actual, expected);
    return undefined;
  } catch (error) {
    if (error instanceof AssertionError) return error.message.replace(/^Expected values to be strictly deep-equal:\n/, '');
    throw error;
  }
}
