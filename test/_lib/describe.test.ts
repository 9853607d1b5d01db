import { expect, test } from 'vitest';
import { describe as name, quote } from '../../src/_lib/describe';

test.each([
  [null, 'null', 'null'],
  [undefined, 'undefined', 'undefined'],
  ['abc', 'the string "abc"', '"abc"'],
  ['x'.repeat(50), `the string "${'x'.repeat(40)}…"`, `"${'x'.repeat(40)}…"`],
  [42, '42', '42'],
  [1.5, 'the number 1.5', 'the number 1.5'],
  [true, 'true', 'true'],
  [[1], 'an array', 'an array'],
  [{}, 'an object', 'an object'],
  [() => 1, 'a function', 'a function'],
  [Symbol('s'), 'a symbol', 'a symbol'],
  [10n, 'a bigint', 'a bigint'],
])('%s is named %j after "not", %j as a subject', (value, after, subject) => {
  expect(name(value)).toBe(after);
  expect(quote(value)).toBe(subject);
});

test('a revoked Proxy is named an object, without throwing', () => {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  expect(name(proxy)).toBe('an object');
});
