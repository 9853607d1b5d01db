import { describe, expect, it } from 'vitest';
import { toJsonPointer } from '../../src';

describe('toJsonPointer', () => {
  it.each([
    [[], ''],
    [['job', 'title'], '/job/title'],
    [['contacts', 0, 'contact_methods', 1, 'value'], '/contacts/0/contact_methods/1/value'],
    [['a/b', 'c~d', ''], '/a~1b/c~0d/'],
    [['~1'], '/~01'],
  ] as const)('%j → %j', (path, pointer) => {
    expect(toJsonPointer(path)).toBe(pointer);
  });
});
