import * as z from 'zod';
import { entities, type EntityName } from './entities';

/**
 * @internal What the walkers know of one place in a payload, read once from a zod schema: its kind,
 * its fields or elements, whether it may be left out, its size limit, and which entity of the guide
 * it is. Every node has every key (undefined when it does not apply), so that all nodes share one
 * shape and the walkers' reads of them stay fast.
 */
export interface FieldNode {
  readonly kind: 'object' | 'array' | 'union' | 'leaf';
  /** The fields of an object, in the schema's order. */
  readonly fields: ReadonlyMap<string, FieldNode> | undefined;
  /** The element of an array. */
  readonly element: FieldNode | undefined;
  /** A discriminated union: the discriminator key and the node of each of its values. */
  readonly union: { readonly discriminator: string; readonly options: ReadonlyMap<unknown, FieldNode> } | undefined;
  /** True when the field may be left out. */
  readonly optional: boolean;
  /** Most items, for arrays (from the schema's `.max()`). */
  readonly maxItems: number | undefined;
  /** The guide's entity this node is, when it is one. */
  readonly entity: EntityName | undefined;
  /** For leaves of a plain type: zod's name of it (`string`, `int`, `number`, `boolean`). */
  readonly type: string | undefined;
}

const PLAIN_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'boolean']);

/** @internal Reads the shape of a zod schema once, so that walking a payload beside it is cheap. */
export function fieldTree(schema: z.ZodType, optional = false): FieldNode {
  if (schema instanceof z.ZodOptional) return fieldTree(schema.unwrap() as z.ZodType, true);
  if (schema instanceof z.ZodPipe) return { ...fieldTree(schema.in as z.ZodType, optional), entity: entities.get(schema)?.entity };
  const entity = entities.get(schema)?.entity;
  const def = schema._zod.def as { type: string; format?: string };
  const type = PLAIN_TYPES.has(def.type) ? (def.format === 'safeint' ? 'int' : def.type) : undefined;
  const node = { kind: 'leaf', fields: undefined, element: undefined, union: undefined, optional, maxItems: undefined, entity, type } as const;
  if (schema instanceof z.ZodObject) {
    const fields = new Map<string, FieldNode>();
    for (const [key, value] of Object.entries(schema.shape)) fields.set(key, fieldTree(value as z.ZodType));
    return { ...node, kind: 'object', fields };
  }
  if (schema instanceof z.ZodArray) return { ...node, kind: 'array', element: fieldTree(schema.element as z.ZodType), maxItems: maxLength(schema) };
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const discriminator = schema.def.discriminator;
    const options = new Map<unknown, FieldNode>();
    // The unions of the payloads tell their options apart by a literal (`method: "phone"`).
    for (const option of schema.options) {
      const tag = (option as z.ZodObject).shape[discriminator] as z.ZodLiteral;
      for (const value of tag.values) options.set(value, fieldTree(option as z.ZodType));
    }
    return { ...node, kind: 'union', union: { discriminator, options } };
  }
  return node;
}

/**
 * @internal Whether `value` is of a leaf's plain type (`int` a safe integer, `number` a finite one); true for a node
 * without one (an object, an array, or a leaf of another kind).
 */
export function hasLeafType(node: FieldNode, value: unknown): boolean {
  const type = node.type;
  if (type === undefined) return true;
  // As zod has them: an int is a safe integer, a number a finite one.
  if (type === 'int') return Number.isSafeInteger(value);
  return type === 'number' ? Number.isFinite(value) : typeof value === type;
}

/** The `.max(n)` of an array schema, read from its checks. */
function maxLength(schema: z.ZodArray): number | undefined {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check?: string; maximum?: number };
    if (def.check === 'max_length') return def.maximum;
  }
  return undefined;
}
