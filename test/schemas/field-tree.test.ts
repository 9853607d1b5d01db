import { expect, test } from 'vitest';
import * as z from 'zod';
import { fieldTree } from '../../src/schemas/field-tree';

test('reads kinds, optional fields, limits and leaf types from a schema', () => {
  const tree = fieldTree(z.object({ a: z.string(), b: z.array(z.int()).max(3).optional(), c: z.array(z.boolean()), d: z.unknown() }));
  expect(tree.kind).toBe('object');
  expect([...tree.fields!].map(([k, n]) => [k, n.kind, n.optional, n.maxItems, n.type ?? n.element?.type])).toEqual([
    ['a', 'leaf', false, undefined, 'string'],
    ['b', 'array', true, 3, 'int'],
    ['c', 'array', false, undefined, 'boolean'],
    ['d', 'leaf', false, undefined, undefined],
  ]);
});
