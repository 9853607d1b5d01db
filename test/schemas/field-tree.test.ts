import { expect, test } from 'vitest';
import * as z from 'zod';
import { entity } from '../../src/schemas/entities';
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

test('a transform (a pipe) is read as its input, and keeps the entity it is registered as', () => {
  const phone = z.string().transform((s) => s.trim());
  const tree = fieldTree(z.object({ phone, place: entity(z.object({ city: z.string() }).transform((o) => o), 'Location') }));
  expect(tree.fields!.get('phone')).toMatchObject({ kind: 'leaf', type: 'string', entity: undefined });
  expect(tree.fields!.get('place')).toMatchObject({ kind: 'object', entity: 'Location' });
  expect([...tree.fields!.get('place')!.fields!.keys()]).toEqual(['city']);
});
