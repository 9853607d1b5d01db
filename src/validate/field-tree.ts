import * as z from 'zod';
import { formatPath, issue, type Issue, type PathSegment } from '../issues/issue';
import { LIMITS } from './limits';
import { isRecord } from './rules/rule';

/**
 * @internal A warning a leaf schema wants raised about a value it accepts (zod can only fail a
 * parse, so such warnings are found by walking the input beside the schema).
 */
export type Lint = (value: unknown, path: readonly PathSegment[], out: Issue[]) => void;

/** @internal Leaf schemas that raise warnings, and fields that are known but not carried over. */
export const lints = z.registry<{ lint: Lint }>();
export const dropped = z.registry<{ reason: string }>();

/**
 * @internal What the walker knows of one place in a payload, precomputed from a zod schema. Every
 * node has every key (undefined when it does not apply), so that all nodes share one shape and the
 * walker's reads of them stay fast.
 */
interface FieldNode {
  readonly fields: ReadonlyMap<string, FieldNode> | undefined;
  readonly element: FieldNode | undefined;
  readonly union: { readonly discriminator: string; readonly options: ReadonlyMap<unknown, FieldNode> } | undefined;
  readonly lint: Lint | undefined;
  readonly dropReason: string | undefined;
  /** Most items, for arrays (from the schema's `.max()`). */
  readonly maxItems: number | undefined;
  /** A leaf with nothing to report but an over-long string: the walk checks its length in place. */
  readonly plain: boolean;
}

type Structure = Pick<FieldNode, 'fields' | 'element' | 'union' | 'maxItems'>;
const LEAF: Structure = { fields: undefined, element: undefined, union: undefined, maxItems: undefined };

/** @internal Reads the shape of a zod schema once, so that walking a payload beside it is cheap. */
export function fieldTree(schema: z.ZodType): FieldNode {
  const structure = structureOf(schema);
  const lint = lints.get(schema)?.lint ?? structure.lint;
  const dropReason = dropped.get(schema)?.reason ?? structure.dropReason;
  const { fields, element, union, maxItems } = structure;
  const plain = fields === undefined && element === undefined && union === undefined && lint === undefined && dropReason === undefined;
  return { fields, element, union, lint, dropReason, maxItems, plain };
}

function structureOf(schema: z.ZodType): Structure & Partial<Pick<FieldNode, 'lint' | 'dropReason'>> {
  if (schema instanceof z.ZodOptional) return fieldTree(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return fieldTree(schema.in as z.ZodType);
  if (schema instanceof z.ZodObject) {
    const fields = new Map<string, FieldNode>();
    for (const [key, value] of Object.entries(schema.shape)) fields.set(key, fieldTree(value as z.ZodType));
    return { ...LEAF, fields };
  }
  if (schema instanceof z.ZodArray) return { ...LEAF, element: fieldTree(schema.element as z.ZodType), maxItems: maxLength(schema) };
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const discriminator = schema.def.discriminator;
    const options = new Map<unknown, FieldNode>();
    for (const option of schema.options) {
      const tag = (option as z.ZodObject).shape[discriminator];
      if (tag instanceof z.ZodLiteral) for (const value of tag.values) options.set(value, fieldTree(option as z.ZodType));
    }
    return { ...LEAF, union: { discriminator, options } };
  }
  return LEAF;
}

/** The `.max(n)` of an array schema, read from its checks. */
function maxLength(schema: z.ZodArray): number | undefined {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check?: string; maximum?: number };
    if (def.check === 'max_length') return def.maximum;
  }
  return undefined;
}

/** @internal How a walk reports a key that the schema does not know. */
export interface UnknownKeyReport {
  readonly code: 'unknown_field' | 'dropped_field';
  /** What the payload is called in messages, e.g. "Work Order". */
  readonly payload: string;
  /** What happens to the key, e.g. "left out of the result". */
  readonly outcome: string;
}

/**
 * @internal Walks `value` beside the tree: reports keys the schema does not know, fields it knows
 * but drops, leaf warnings, and values over the {@link LIMITS} (`too_large`, not descended into).
 * Type mismatches are skipped here; the schema reports them. Returns true when something was too
 * large: the caller then checks nothing else, so that no work grows with the oversized value.
 */
export function walkFields(node: FieldNode, value: unknown, path: PathSegment[], report: UnknownKeyReport, out: Issue[]): boolean {
  if (value === undefined) return false;
  if (node.dropReason !== undefined) {
    out.push(issue('dropped_field', [...path], `"${formatPath(path)}" was dropped: ${node.dropReason}`));
    return false;
  }
  if (typeof value === 'string') {
    if (value.length <= LIMITS.maxStringLength) {
      node.lint?.(value, path, out);
      return false;
    }
    return tooLarge(path, `is ${value.length} characters long; at most ${LIMITS.maxStringLength} are accepted`, out);
  }
  node.lint?.(value, path, out);
  let large = false;
  if (node.fields !== undefined && isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length > LIMITS.maxObjectKeys) return tooLarge(path, `has ${keys.length} keys; at most ${LIMITS.maxObjectKeys} are accepted`, out);
    for (const key of keys) {
      const child = node.fields.get(key);
      if (child?.plain === true && !isTooLong(value[key])) continue; // what the call would find
      path.push(key);
      if (child === undefined) out.push(unknownKey(node.fields, path, report));
      else if (walkFields(child, value[key], path, report, out)) large = true;
      path.pop();
    }
  } else if (node.element !== undefined && Array.isArray(value)) {
    if (node.maxItems !== undefined && value.length > node.maxItems) return tooLarge(path, `has ${value.length} entries; at most ${node.maxItems} are accepted`, out);
    const element = node.element;
    for (let i = 0; i < value.length; i++) {
      if (element.plain && !isTooLong(value[i])) continue; // what the call would find
      path.push(i);
      if (walkFields(element, value[i], path, report, out)) large = true;
      path.pop();
    }
  } else if (node.union !== undefined && isRecord(value)) {
    const option = node.union.options.get(value[node.union.discriminator]);
    if (option !== undefined) large = walkFields(option, value, path, report, out);
  }
  return large;
}

/** A string over {@link LIMITS}.maxStringLength: all a plain leaf can be reported for. */
function isTooLong(value: unknown): boolean {
  return typeof value === 'string' && value.length > LIMITS.maxStringLength;
}

function tooLarge(path: readonly PathSegment[], what: string, out: Issue[]): true {
  out.push(issue('too_large', [...path], `"${formatPath(path)}" ${what}: split the payload or shorten the value.`));
  return true;
}

function unknownKey(fields: ReadonlyMap<string, FieldNode>, path: readonly PathSegment[], report: UnknownKeyReport): Issue {
  const key = String(path[path.length - 1]);
  const guess = closest(key, fields.keys());
  const hint = guess === undefined ? 'remove it, or move its data to a field the payload has.' : `did you mean "${guess}"?`;
  return issue(report.code, [...path], `"${key}" is not a ${report.payload} field and was ${report.outcome}: ${hint}`);
}

/** The known key nearest to `key` by edit distance, when it is close enough to be a typo. */
function closest(key: string, known: Iterable<string>): string | undefined {
  if (key.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
