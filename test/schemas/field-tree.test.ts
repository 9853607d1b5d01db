import { expect, test } from 'vitest';
import * as z from 'zod';
import { entity } from '../../src/schemas/entities';
import { fieldTree, hasLeafType, type FieldNode } from '../../src/schemas/field-tree';

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

test('a transform (a pipe) is read as its input, and keeps the entity it is registered as', () => {
  const phone = z.string().transform((s) => s.trim());
  const tree = fieldTree(z.object({ phone, place: entity(z.object({ city: z.string() }).transform((o) => o), 'Location') }));
  expect(tree.fields!.get('phone')).toMatchObject({ kind: 'leaf', type: 'string', entity: undefined });
  expect(tree.fields!.get('place')).toMatchObject({ kind: 'object', entity: 'Location' });
  expect([...tree.fields!.get('place')!.fields!.keys()]).toEqual(['city']);
});

test('hasLeafType: a plain leaf type, int a safe integer, number a finite one (as zod); a node without one takes anything', () => {
  const tree = fieldTree(z.object({ s: z.string(), i: z.int(), n: z.number(), b: z.boolean(), o: z.object({}), u: z.unknown() }));
  const node = (key: string): FieldNode => tree.fields!.get(key)!;
  const values = ['x', 7, -0, 7.5, 2 ** 53, Number.NaN, true, null, {}, [], undefined];
  expect(hasLeafType(tree.fields!.get('n')!, Number.POSITIVE_INFINITY)).toBe(false);
  expect(Object.fromEntries(['s', 'i', 'n', 'b', 'o', 'u'].map((key) => [key, values.map((value) => hasLeafType(node(key), value))]))).toEqual({
    s: [true, false, false, false, false, false, false, false, false, false, false],
    i: [false, true, true, false, false, false, false, false, false, false, false],
    n: [false, true, true, true, true, false, false, false, false, false, false],
    b: [false, false, false, false, false, false, true, false, false, false, false],
    o: values.map(() => true),
    u: values.map(() => true),
  });
});
