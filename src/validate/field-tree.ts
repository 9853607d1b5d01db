import * as z from 'zod';
import { formatPath, issue, type Issue, type PathSegment } from '../issues/issue';
import { isRecord } from './rules/rule';

/**
 * @internal A warning a leaf schema wants raised about a value it accepts (zod can only fail a
 * parse, so such warnings are found by walking the input beside the schema).
 */
export type Lint = (value: unknown, path: readonly PathSegment[], out: Issue[]) => void;

/** @internal Leaf schemas that raise warnings, and fields that are known but not carried over. */
export const lints = z.registry<{ lint: Lint }>();
export const dropped = z.registry<{ reason: string }>();

/** @internal What the walker knows of one place in a payload, precomputed from a zod schema. */
interface FieldNode {
  readonly fields?: ReadonlyMap<string, FieldNode>;
  readonly element?: FieldNode;
  readonly union?: { readonly discriminator: string; readonly options: ReadonlyMap<unknown, FieldNode> };
  readonly lint?: Lint;
  readonly dropReason?: string;
}

/** @internal Reads the shape of a zod schema once, so that walking a payload beside it is cheap. */
export function fieldTree(schema: z.ZodType): FieldNode {
  const lint = lints.get(schema)?.lint;
  const dropReason = dropped.get(schema)?.reason;
  const extra = { ...(lint === undefined ? {} : { lint }), ...(dropReason === undefined ? {} : { dropReason }) };
  if (schema instanceof z.ZodOptional) return { ...fieldTree(schema.unwrap() as z.ZodType), ...extra };
  if (schema instanceof z.ZodPipe) return { ...fieldTree(schema.in as z.ZodType), ...extra };
  if (schema instanceof z.ZodObject) {
    const fields = new Map<string, FieldNode>();
    for (const [key, value] of Object.entries(schema.shape)) fields.set(key, fieldTree(value as z.ZodType));
    return { fields, ...extra };
  }
  if (schema instanceof z.ZodArray) return { element: fieldTree(schema.element as z.ZodType), ...extra };
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const discriminator = schema.def.discriminator;
    const options = new Map<unknown, FieldNode>();
    for (const option of schema.options) {
      const tag = (option as z.ZodObject).shape[discriminator];
      if (tag instanceof z.ZodLiteral) for (const value of tag.values) options.set(value, fieldTree(option as z.ZodType));
    }
    return { union: { discriminator, options }, ...extra };
  }
  return extra;
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
 * but drops, and leaf warnings. Type mismatches are skipped here; the schema reports them.
 */
export function walkFields(node: FieldNode, value: unknown, path: PathSegment[], report: UnknownKeyReport, out: Issue[]): void {
  if (value === undefined) return;
  if (node.dropReason !== undefined) {
    out.push(issue('dropped_field', [...path], `"${formatPath(path)}" was dropped: ${node.dropReason}`));
    return;
  }
  node.lint?.(value, path, out);
  if (node.fields !== undefined && isRecord(value)) {
    for (const key of Object.keys(value)) {
      const child = node.fields.get(key);
      path.push(key);
      if (child === undefined) out.push(unknownKey(node.fields, path, report));
      else walkFields(child, value[key], path, report, out);
      path.pop();
    }
  } else if (node.element !== undefined && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walkFields(node.element, value[i], path, report, out);
      path.pop();
    }
  } else if (node.union !== undefined && isRecord(value)) {
    const option = node.union.options.get(value[node.union.discriminator]);
    if (option !== undefined) walkFields(option, value, path, report, out);
  }
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
