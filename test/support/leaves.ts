import type { PathSegment } from '../../src';

/** A leaf of a JSON value: a primitive, or an empty array or object, with its path. */
export interface Leaf {
  readonly path: readonly PathSegment[];
  readonly value: unknown;
}

/** Every leaf of a JSON value, in document order. */
export function leaves(value: unknown, path: PathSegment[] = []): Leaf[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ path, value }];
    return value.flatMap((v, i) => leaves(v, [...path, i]));
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 0) return [{ path, value }];
    return keys.flatMap((k) => leaves((value as Record<string, unknown>)[k], [...path, k]));
  }
  return [{ path, value }];
}

/** The value at `path`, or undefined. */
export function at(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/** True when `prefix` is a prefix of `path` (or equal to it). */
export function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}

/**
 * Where a Job Offer leaf should land in the Work Order: the attribute table read forwards.
 * `undefined` for leaves that have no place (they must be named by an issue) and `null` for the
 * one leaf consumed on purpose (`entities[i].type` of an organization).
 */
export function forwardPath(path: readonly PathSegment[], jobOffer: unknown): readonly PathSegment[] | null | undefined {
  const [head, ...rest] = path;
  switch (head) {
    case 'offer_strategy':
      return ['orchestration'];
    case 'job': {
      const [field, ...deeper] = rest;
      if (field === 'title' || field === 'description' || field === 'service_type') return [field];
      if (field === 'external_id') return ['external_ids', 0];
      if (field === 'address') return ['location', ...deeper];
      return undefined;
    }
    case 'appointment': {
      const [field, i] = rest;
      if (field === 'window_start_time' && typeof i === 'number') return ['appointment_windows', i, 'start_time'];
      if (field === 'window_end_time' && typeof i === 'number') return ['appointment_windows', i, 'end_time'];
      if ((field === 'window_start_time' || field === 'window_end_time') && i === undefined) return null; // an empty array: no window
      return rest.length === 0 ? null : undefined; // an empty appointment object
    }
    case 'customer': {
      const [field, ...deeper] = rest;
      const hasEmail = at(jobOffer, ['customer', 'email']) !== undefined;
      if (field === 'first_name' || field === 'last_name') return ['contacts', 0, field];
      if (field === 'external_id') return ['contacts', 0, 'external_ids', 0];
      if (field === 'billing_address') return ['contacts', 0, 'billing_address', ...deeper];
      if (field === 'email') return ['contacts', 0, 'contact_methods', 0, 'value'];
      if (field === 'phone_numbers') {
        const [i, phoneField] = deeper;
        if (typeof i !== 'number') return null; // an empty list
        const k = hasEmail ? i + 1 : i;
        const target = phoneField === 'number' ? 'value' : phoneField === 'primary' ? 'preferred' : phoneField;
        return target === undefined ? undefined : ['contacts', 0, 'contact_methods', k, target];
      }
      return rest.length === 0 ? null : undefined;
    }
    case 'entities': {
      const [i, field, ...deeper] = rest;
      if (typeof i !== 'number') return null;
      if (field === 'type') return null;
      if (field === 'id') return ['service_providers', i, 'id'];
      if (field === 'external_id') return ['service_providers', i, 'external_ids', 0];
      if (field === 'data') {
        const [dataField, ...inner] = deeper;
        if (dataField === undefined) return null;
        return ['name', 'email', 'phone_number', 'address'].includes(String(dataField)) ? ['service_providers', i, dataField, ...inner] : undefined;
      }
      return field === undefined ? null : undefined;
    }
    default:
      return undefined;
  }
}
