import type { PathSegment } from '../issues/issue';
import type { FieldNode } from '../schemas/field-tree';
import type { PayloadReader } from './read';

// The stand-in for an array where the schema wants something else: the parse reports its kind and
// never reads into it, nor returns it.
const AN_ARRAY: readonly unknown[] = Object.freeze([]);

/**
 * @internal Walks an untrusted value beside a schema's field tree and returns a plain copy of what
 * the schema knows: each own property read once, unknown keys reported and left out, fields that
 * are `null` left out (absent, as JSON serializers mean them), a value of the
 * wrong kind replaced by an empty stand-in of its kind (the parse reports its type without reading
 * into it). What cannot be read, or is over a limit, is reported through `reader`, which stops.
 */
export function snapshot(node: FieldNode, value: unknown, path: PathSegment[], reader: PayloadReader): unknown {
  if (typeof value === 'string') {
    reader.checkString(value, path);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const isArray = reader.isArray(value, path);
  if (isArray === undefined) return undefined;
  switch (node.kind) {
    case 'object':
      return isArray ? AN_ARRAY : copyFields(node.fields!, value as Record<string, unknown>, path, reader);
    case 'union': {
      if (isArray) return AN_ARRAY;
      const { discriminator, options } = node.union!;
      const keys = reader.keys(value, path);
      if (keys === undefined) return undefined;
      // Without its discriminator, the fields any option knows are kept (the parse reports the
      // missing discriminator and each field every option requires).
      if (!keys.includes(discriminator)) return copyFields(anyOptionFields(node), value as Record<string, unknown>, path, reader, keys);
      path.push(discriminator);
      const tag = reader.get(value as Record<string, unknown>, discriminator, path);
      path.pop();
      const option = options.get(tag);
      // A null discriminator is absent, as a null field is: the method is then required.
      if (option === undefined) return tag === null ? copyFields(anyOptionFields(node), value as Record<string, unknown>, path, reader, keys, discriminator, tag) : { [discriminator]: tag };
      return copyFields(option.fields!, value as Record<string, unknown>, path, reader, keys, discriminator, tag);
    }
    case 'array': {
      if (!isArray) return {};
      const elements = reader.elements(value as unknown[], path, node.maxItems);
      if (elements === undefined) return undefined;
      const element = node.element!;
      for (let i = 0; i < elements.length; i++) {
        path.push(i);
        elements[i] = snapshot(element, elements[i], path, reader);
        path.pop();
      }
      return elements;
    }
    default:
      return isArray ? AN_ARRAY : {};
  }
}

/**
 * The fields of every option of a union together (first option first); only an invalid value needs
 * them. A key several options share is one field to the walk (the options agree on its kind).
 */
function anyOptionFields(node: FieldNode): ReadonlyMap<string, FieldNode> {
  const all = new Map<string, FieldNode>();
  for (const option of node.union!.options.values()) for (const [key, field] of option.fields!) all.set(key, field);
  return all;
}

function copyFields(
  fields: ReadonlyMap<string, FieldNode>,
  value: Record<string, unknown>,
  path: PathSegment[],
  reader: PayloadReader,
  known?: readonly string[],
  readKey?: string,
  readValue?: unknown,
): Record<string, unknown> | undefined {
  const keys = known ?? reader.keys(value, path);
  if (keys === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    path.push(key);
    const child = fields.get(key);
    if (child === undefined) reader.unknownKey(fields.keys(), path);
    else {
      const item = key === readKey ? readValue : reader.get(value, key, path); // each value is read once
      // JSON serializers write null for an absent value: a field that is null is absent (and a
      // required one is then reported as missing).
      if (item !== null && item !== undefined) out[key] = snapshot(child, item, path, reader);
    }
    path.pop();
  }
  return out;
}
